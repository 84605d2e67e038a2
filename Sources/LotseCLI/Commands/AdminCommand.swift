import Foundation
import LotseCore
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
            return call(context, options, "org.lotse.Admin.Status", [:]) { printStatus($0, context) }
        case "reload":
            guard operands.isEmpty else { return usage(context) }
            return call(context, options, "org.lotse.Admin.Reload", [:]) { reply in
                let path = reply["configuration"]?["path"]?.stringValue ?? "?"
                context.terminal.out(context.language.pick(de: "Konfiguration neu geladen: \(path)\n",
                                                            en: "Configuration reloaded: \(path)\n"))
            }
        case "backup":
            guard operands.count == 1, let target = operands.first else { return usage(context) }
            let absolute = target.hasPrefix("/") ? target : FileManager.default.currentDirectoryPath + "/" + target
            return call(context, options, "org.lotse.Admin.Backup", ["path": .string(absolute)]) { reply in
                let size = reply["sizeBytes"]?.integerValue ?? 0
                context.terminal.out(context.language.pick(de: "Sicherung geschrieben: \(absolute) (\(size) Bytes)\n",
                                                            en: "Backup written: \(absolute) (\(size) bytes)\n"))
            }
        case "purge":
            guard operands.isEmpty else { return usage(context) }
            return call(context, options, "org.lotse.Admin.Purge", [:]) { reply in
                let purged = reply["purged"]?.arrayValue?.compactMap(\.stringValue) ?? []
                let months = reply["monthsAfterClose"]?.integerValue ?? 0
                let expired = reply["auditEntriesExpired"]?.integerValue ?? 0
                let auditMonths = reply["auditMonths"]?.integerValue ?? 0
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

    /// Calls the daemon once and prints the JSON reply or the human rendering.
    static func call(_ context: CommandContext, _ options: ClientOptions, _ method: String,
                     _ parameters: [String: JSONValue], render: ([String: JSONValue]) -> Void) -> ExitCode {
        DaemonCall.run(context, options, method, parameters, wording: remoteFailure, render: render)
    }

    static func remoteFailure(_ error: VarlinkError) -> ClientFailure {
        let message = error.parameters["message"]?.stringValue ?? error.name
        switch error.name {
        case "org.lotse.Admin.ConfigurationInvalid":
            return ClientFailure(exitCode: .configuration,
                                 de: "Konfiguration abgelehnt, die bisherige bleibt in Kraft: \(message)",
                                 en: "Configuration rejected, the previous one stays in force: \(message)")
        case "org.lotse.Admin.BackupFailed":
            return ClientFailure(exitCode: .cannotCreate, de: "Sicherung fehlgeschlagen: \(message)",
                                 en: "Backup failed: \(message)")
        default:
            return ClientFailure(exitCode: .software, de: "Der Dienst meldet einen Fehler: \(error)",
                                 en: "The daemon reported an error: \(error)")
        }
    }

    static func printStatus(_ reply: [String: JSONValue], _ context: CommandContext) {
        let language = context.language
        func text(_ value: JSONValue?) -> String {
            if let string = value?.stringValue { return string }
            if let number = value?.integerValue { return String(number) }
            return "?"
        }
        let uptime = reply["uptimeSeconds"]?.integerValue ?? 0
        let uptimeText = "\(uptime / 86400)d \(uptime % 86400 / 3600)h \(uptime % 3600 / 60)m \(uptime % 60)s"
        let database = reply["database"]
        let configuration = reply["configuration"]
        var lines: [(String, String)] = [
            (language.pick(de: "Version", en: "Version"), "\(text(reply["version"])) (pid \(text(reply["pid"])))"),
            (language.pick(de: "Gestartet", en: "Started"), "\(DateText.instant(reply["startedAt"]?.stringValue)) (\(uptimeText))"),
            (language.pick(de: "Datenbank", en: "Database"),
             "\(text(database?["path"])) (\(text(database?["sizeBytes"])) \(language.pick(de: "Bytes", en: "bytes")), \(language.pick(de: "Schema", en: "schema")) \(text(database?["schemaVersion"])))"),
            (language.pick(de: "Konfiguration", en: "Configuration"),
             "\(text(configuration?["path"])) (\(language.pick(de: "geladen", en: "loaded")) \(DateText.instant(configuration?["loadedAt"]?.stringValue)))"),
        ]
        let unknown = configuration?["unknownRoleMembers"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if !unknown.isEmpty {
            lines.append((language.pick(de: "Unbekannt in [roles]", en: "Unknown in [roles]"),
                          unknown.joined(separator: ", ") + language.pick(de: " (kein solches Konto bzw. keine solche Gruppe)",
                                                                           en: " (no such account or group)")))
        }
        if let counts = reply["counts"]?.objectValue {
            for key in counts.keys.sorted() { lines.append(("  " + key, text(counts[key]))) }
        }
        if let mail = reply["mail"] { lines += mailHealthLines(mail, language: language) }
        let width = lines.map(\.0.count).max() ?? 0
        for (label, value) in lines {
            context.terminal.out(label + String(repeating: " ", count: width - label.count + 2) + value + "\n")
        }
    }

    /// The mail-health lines of `admin status`: waiting, overdue past `alert_after`,
    /// failed, the last error, the bounce Maildir.
    static func mailHealthLines(_ mail: JSONValue, language: OutputLanguage) -> [(String, String)] {
        let pending = mail["pending"]?.integerValue ?? 0
        let overdue = mail["overdue"]?.integerValue ?? 0
        let failed = mail["failed"]?.integerValue ?? 0
        let limit = MailSettings.durationText(seconds: Int(mail["alertAfterSeconds"]?.integerValue ?? 0))
        var waiting = language.pick(de: "\(pending) wartend", en: "\(pending) waiting")
        if let since = mail["oldestPendingSince"]?.stringValue {
            waiting += language.pick(de: " (älteste fällig seit \(since))", en: " (oldest due since \(since))")
        }
        var lines: [(String, String)] = [
            (language.pick(de: "Mail", en: "Mail"), waiting),
            (language.pick(de: "  länger als alert_after", en: "  past alert_after"),
             "\(overdue)" + (overdue > 0 ? language.pick(de: " – WARNUNG (alert_after \(limit))", en: " – WARNING (alert_after \(limit))") : "")),
            (language.pick(de: "  gescheitert", en: "  failed"), "\(failed)"),
        ]
        if let error = mail["lastError"]?.stringValue {
            let at = mail["lastErrorAt"]?.stringValue.map { " (\($0))" } ?? ""
            lines.append((language.pick(de: "  letzter Fehler", en: "  last error"), error + at))
        }
        if let maildir = mail["bounceMaildir"]?.stringValue {
            lines.append((language.pick(de: "  Rückläufer", en: "  bounces"), maildir))
        }
        return lines
    }
}
