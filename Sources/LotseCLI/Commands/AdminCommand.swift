import Foundation
import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse admin status|reload|backup|purge`: operating the daemon (admin role).
public enum AdminCommand: CommandGroup {
    /// The verbs' actions.
    public static var actions: [String: (CommandContext) -> ExitCode] {
        ["status": status, "reload": reload, "backup": backup, "purge": purge]
    }

    static func status(_ context: CommandContext) -> ExitCode {
        DaemonCall.run(context, AdminProtocol.StatusRequest()) { printStatus($0.reply, context) }
    }

    static func reload(_ context: CommandContext) -> ExitCode {
        DaemonCall.run(context, AdminProtocol.ReloadRequest()) { answer in
            let path = answer.reply.configuration.path
            context.terminal.out(context.language.pick(de: "Konfiguration neu geladen: \(path)\n",
                                                        en: "Configuration reloaded: \(path)\n"))
        }
    }

    static func backup(_ context: CommandContext) -> ExitCode {
        let target = context.parsed.operand(0)
        let absolute = target.hasPrefix("/") ? target : FileManager.default.currentDirectoryPath + "/" + target
        return DaemonCall.run(context, AdminProtocol.BackupRequest(path: absolute)) { answer in
            let size = Self.bytes(answer.reply.sizeBytes, context.language)
            context.terminal.out(context.language.pick(de: "Sicherung geschrieben: \(absolute) (\(size))\n",
                                                        en: "Backup written: \(absolute) (\(size))\n"))
        }
    }

    static func purge(_ context: CommandContext) -> ExitCode {
        DaemonCall.run(context, AdminProtocol.PurgeRequest()) { answer in
            let reply = answer.reply
            let purged = reply.purged, months = reply.monthsAfterClose
            let expired = reply.auditEntriesExpired, auditMonths = reply.auditMonths
            context.terminal.out(context.language.pick(
                de: "Aufbewahrungsfrist \(CountText.count(months, one: "Monat", many: "Monate")): "
                    + "\(CountText.count(Int64(purged.count), one: "abgeschlossener Fall", many: "abgeschlossene Fälle")) gelöscht"
                    + "\(purged.isEmpty ? "" : ": " + purged.joined(separator: ", ")).\n"
                    + "Protokoll \(CountText.count(auditMonths, one: "Monat", many: "Monate")): "
                    + "\(CountText.count(expired, one: "älterer Eintrag", many: "ältere Einträge")) gelöscht.\n",
                en: "Retention \(CountText.count(months, one: "month", many: "months")): "
                    + "\(CountText.count(Int64(purged.count), one: "closed case", many: "closed cases")) deleted"
                    + "\(purged.isEmpty ? "" : ": " + purged.joined(separator: ", ")).\n"
                    + "Audit log \(CountText.count(auditMonths, one: "month", many: "months")): "
                    + "\(CountText.count(expired, one: "older entry", many: "older entries")) deleted.\n"))
        }
    }

    static func printStatus(_ reply: AdminProtocol.StatusReply, _ context: CommandContext) {
        let language = context.language
        let uptimeText = Self.uptime(reply.uptimeSeconds, language)
        let database = reply.database
        let configuration = reply.configuration
        var lines: [(String, String)] = [
            (language.pick(de: "Version", en: "Version"), "\(reply.version) (pid \(reply.pid))"),
            (language.pick(de: "Gestartet", en: "Started"), "\(DateText.instant(reply.startedAt)) (\(uptimeText))"),
            (language.pick(de: "Datenbank", en: "Database"),
             "\(database.path) (\(Self.bytes(database.sizeBytes, language)), \(language.pick(de: "Schema", en: "schema")) \(database.schemaVersion))"),
            (language.pick(de: "Konfiguration", en: "Configuration"),
             "\(configuration.path) (\(language.pick(de: "geladen", en: "loaded")) \(DateText.instant(configuration.loadedAt)))"),
        ]
        let unknown = configuration.unknownRoleMembers
        if !unknown.isEmpty {
            lines.append((language.pick(de: "Unbekannt in [roles]", en: "Unknown in [roles]"),
                          unknown.joined(separator: ", ") + language.pick(de: " (kein solches Konto bzw. keine solche Gruppe)",
                                                                           en: " (no such account or group)")))
        }
        for key in reply.counts.keys.sorted(by: { tableLabel($0, language) < tableLabel($1, language) }) {
            lines.append(("  " + tableLabel(key, language), String(reply.counts[key] ?? 0)))
        }
        lines += mailHealthLines(reply.mail, language: language)
        let width = lines.map(\.0.count).max() ?? 0
        for (label, value) in lines {
            context.terminal.out(label + String(repeating: " ", count: width - label.count + 2) + value + "\n")
        }
    }

    /// How long the daemon has run, for people: `1 d 2 h 3 min 4 s`, `1 Tg. 2 Std. 3 Min. 4 Sek.`.
    static func uptime(_ seconds: Int64, _ language: OutputLanguage) -> String {
        let (d, h, m, s) = (seconds / 86400, seconds % 86400 / 3600, seconds % 3600 / 60, seconds % 60)
        return language.pick(de: "läuft seit \(d) Tg. \(h) Std. \(m) Min. \(s) Sek.", en: "up \(d) d \(h) h \(m) min \(s) s")
    }

    /// What the rows of a table counted by `admin status` are, in words (the JSON keeps
    /// the table names); a table this CLI does not know keeps its name.
    static func tableLabel(_ table: String, _ language: OutputLanguage) -> String {
        let labels: [String: (de: String, en: String)] = [
            "clients": ("Klient:innen", "clients"), "referrals": ("Anmeldungen", "referrals"),
            "specialists": ("Fachkräfte", "specialists"), "sessions": ("Sprechstunden", "sessions"),
            "slots": ("Plätze", "slots"), "appointments": ("Termine", "appointments"),
            "assessments": ("Einschätzungen", "assessments"), "help_plans": ("Integrationspläne", "help plans"),
            "outbox": ("Postausgang", "outbox"), "audit_log": ("Protokolleinträge", "audit log"),
        ]
        return labels[table].map { language.pick(de: $0.de, en: $0.en) } ?? table
    }

    /// The mail-health lines of `admin status`: waiting, overdue past `alert_after`,
    /// A size in bytes with the language's thousands separator (`434.176 Bytes`,
    /// `434,176 bytes`): exact, as an administrator compares it, and readable.
    static func bytes(_ count: Int64, _ language: OutputLanguage) -> String {
        var digits = String(count.magnitude)
        var grouped = ""
        while digits.count > 3 {
            grouped = language.pick(de: ".", en: ",") + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        return (count < 0 ? "-" : "") + digits + grouped + language.pick(de: " Bytes", en: " bytes")
    }

    /// failed, the last error, the bounce Maildir.
    static func mailHealthLines(_ mail: AdminProtocol.MailHealth, language: OutputLanguage) -> [(String, String)] {
        let pending = mail.pending
        let overdue = mail.overdue
        let failed = mail.failed
        let limit = MailSettings.durationText(seconds: Int(mail.alertAfterSeconds))
        var waiting = language.pick(de: "\(pending) wartend", en: "\(pending) waiting")
        if let since = mail.oldestPendingSince {
            let shown = DateText.instant(since)
            waiting += language.pick(de: " (älteste fällig seit \(shown))", en: " (oldest due since \(shown))")
        }
        var lines: [(String, String)] = [
            (language.pick(de: "Mail", en: "Mail"), waiting),
            (language.pick(de: "  überfällig (über \(limit))", en: "  overdue (over \(limit))"),
             "\(overdue)" + (overdue > 0 ? language.pick(de: " – WARNUNG ([mail] alert_after)", en: " – WARNING ([mail] alert_after)") : "")),
            (language.pick(de: "  gescheitert", en: "  failed"), "\(failed)"),
        ]
        if let error = mail.lastError {
            let at = mail.lastErrorAt.map { " (\(DateText.instant($0)))" } ?? ""
            lines.append((language.pick(de: "  letzter Fehler", en: "  last error"),
                          MailProblemText.text(error, in: CaseworkLabels.message(language)) + at))
        }
        if let maildir = mail.bounceMaildir {
            lines.append((language.pick(de: "  Rückläufer", en: "  bounces"), maildir))
        }
        return lines
    }
}
