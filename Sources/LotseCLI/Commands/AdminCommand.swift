import Foundation
import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse admin status|reload|backup|purge`: operating the daemon (admin role).
public enum AdminCommand: DaemonCommandGroup {
    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        let operands = Array(rest.dropFirst())
        switch verb {
        case "status":
            guard operands.isEmpty else { return usage(context) }
            return DaemonCall.run(context, options, AdminProtocol.StatusRequest()) { printStatus($0.reply, context) }
        case "reload":
            guard operands.isEmpty else { return usage(context) }
            return DaemonCall.run(context, options, AdminProtocol.ReloadRequest()) { answer in
                let path = answer.reply.configuration.path
                context.terminal.out(context.language.pick(de: "Konfiguration neu geladen: \(path)\n",
                                                            en: "Configuration reloaded: \(path)\n"))
            }
        case "backup":
            guard operands.count == 1, let target = operands.first else { return usage(context) }
            let absolute = target.hasPrefix("/") ? target : FileManager.default.currentDirectoryPath + "/" + target
            return DaemonCall.run(context, options, AdminProtocol.BackupRequest(path: absolute)) { answer in
                let size = answer.reply.sizeBytes
                context.terminal.out(context.language.pick(de: "Sicherung geschrieben: \(absolute) (\(size) Bytes)\n",
                                                            en: "Backup written: \(absolute) (\(size) bytes)\n"))
            }
        case "purge":
            guard operands.isEmpty else { return usage(context) }
            return DaemonCall.run(context, options, AdminProtocol.PurgeRequest()) { answer in
                let reply = answer.reply
                let purged = reply.purged, months = reply.monthsAfterClose
                let expired = reply.auditEntriesExpired, auditMonths = reply.auditMonths
                context.terminal.out(context.language.pick(
                    de: "Aufbewahrungsfrist \(months) Monate: \(purged.count) abgeschlossene Fälle gelöscht\(purged.isEmpty ? "" : ": " + purged.joined(separator: ", ")).\n"
                        + "Protokoll \(auditMonths) Monate: \(expired) ältere Einträge gelöscht.\n",
                    en: "Retention \(months) months: \(purged.count) closed case(s) deleted\(purged.isEmpty ? "" : ": " + purged.joined(separator: ", ")).\n"
                        + "Audit log \(auditMonths) months: \(expired) older entries deleted.\n"))
            }
        default:
            return usage(context)
        }
    }

    static func printStatus(_ reply: AdminProtocol.StatusReply, _ context: CommandContext) {
        let language = context.language
        let uptime = reply.uptimeSeconds
        let uptimeText = "\(uptime / 86400)d \(uptime % 86400 / 3600)h \(uptime % 3600 / 60)m \(uptime % 60)s"
        let database = reply.database
        let configuration = reply.configuration
        var lines: [(String, String)] = [
            (language.pick(de: "Version", en: "Version"), "\(reply.version) (pid \(reply.pid))"),
            (language.pick(de: "Gestartet", en: "Started"), "\(DateText.instant(reply.startedAt)) (\(uptimeText))"),
            (language.pick(de: "Datenbank", en: "Database"),
             "\(database.path) (\(database.sizeBytes) \(language.pick(de: "Bytes", en: "bytes")), \(language.pick(de: "Schema", en: "schema")) \(database.schemaVersion))"),
            (language.pick(de: "Konfiguration", en: "Configuration"),
             "\(configuration.path) (\(language.pick(de: "geladen", en: "loaded")) \(DateText.instant(configuration.loadedAt)))"),
        ]
        let unknown = configuration.unknownRoleMembers
        if !unknown.isEmpty {
            lines.append((language.pick(de: "Unbekannt in [roles]", en: "Unknown in [roles]"),
                          unknown.joined(separator: ", ") + language.pick(de: " (kein solches Konto bzw. keine solche Gruppe)",
                                                                           en: " (no such account or group)")))
        }
        for key in reply.counts.keys.sorted() { lines.append(("  " + key, String(reply.counts[key] ?? 0))) }
        lines += mailHealthLines(reply.mail, language: language)
        let width = lines.map(\.0.count).max() ?? 0
        for (label, value) in lines {
            context.terminal.out(label + String(repeating: " ", count: width - label.count + 2) + value + "\n")
        }
    }

    /// The mail-health lines of `admin status`: waiting, overdue past `alert_after`,
    /// failed, the last error, the bounce Maildir.
    static func mailHealthLines(_ mail: AdminProtocol.MailHealth, language: OutputLanguage) -> [(String, String)] {
        let pending = mail.pending
        let overdue = mail.overdue
        let failed = mail.failed
        let limit = MailSettings.durationText(seconds: Int(mail.alertAfterSeconds))
        var waiting = language.pick(de: "\(pending) wartend", en: "\(pending) waiting")
        if let since = mail.oldestPendingSince {
            waiting += language.pick(de: " (älteste fällig seit \(since))", en: " (oldest due since \(since))")
        }
        var lines: [(String, String)] = [
            (language.pick(de: "Mail", en: "Mail"), waiting),
            (language.pick(de: "  länger als alert_after", en: "  past alert_after"),
             "\(overdue)" + (overdue > 0 ? language.pick(de: " – WARNUNG (alert_after \(limit))", en: " – WARNING (alert_after \(limit))") : "")),
            (language.pick(de: "  gescheitert", en: "  failed"), "\(failed)"),
        ]
        if let error = mail.lastError {
            let at = mail.lastErrorAt.map { " (\($0))" } ?? ""
            lines.append((language.pick(de: "  letzter Fehler", en: "  last error"),
                          MailProblemText.text(error, in: CaseworkLabels.message(language)) + at))
        }
        if let maildir = mail.bounceMaildir {
            lines.append((language.pick(de: "  Rückläufer", en: "  bounces"), maildir))
        }
        return lines
    }
}
