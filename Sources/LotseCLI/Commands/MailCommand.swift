import Foundation
import LotseVarlink

/// `lotse mail outbox|retry`: the reminder outbox for coordinators — what waits, what
/// went, what failed and why — and sending a failed mail again.
public enum MailCommand: DaemonCommandGroup {
    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        let operands = Array(rest.dropFirst())
        switch verb {
        case "outbox":
            guard operands.isEmpty else { return usage(context) }
            var parameters: [String: JSONValue] = [:]
            if let state = context.parsed.value("state") {
                guard ["pending", "sending", "sent", "failed"].contains(state) else {
                    return ClientFailure(exitCode: .usage, de: "--state braucht pending, sending, sent oder failed.",
                                         en: "--state needs pending, sending, sent or failed.").report(context)
                }
                parameters["state"] = .string(state)
            }
            if let limit = context.parsed.value("limit") {
                guard let number = Int64(limit), number > 0 else {
                    return ClientFailure(exitCode: .usage, de: "--limit braucht eine positive Zahl.",
                                         en: "--limit needs a positive number.").report(context)
                }
                parameters["limit"] = .integer(number)
            }
            return call(context, options, "org.lotse.Mail.Outbox", parameters) { printOutbox($0, context) }
        case "retry":
            guard operands.count == 1, let text = operands.first else { return usage(context) }
            guard let id = Int64(text), id > 0 else {
                return ClientFailure(exitCode: .usage, de: "„\(text)“ ist keine Nachrichtennummer (siehe lotse mail outbox).",
                                     en: "'\(text)' is not a mail number (see lotse mail outbox).").report(context)
            }
            return call(context, options, "org.lotse.Mail.Retry", ["id": .integer(id)]) { _ in
                context.terminal.out(context.language.pick(de: "Nachricht \(id) wird jetzt erneut gesendet.\n",
                                                            en: "Mail \(id) is being sent again now.\n"))
            }
        default:
            return usage(context)
        }
    }

    static func call(_ context: CommandContext, _ options: ClientOptions, _ method: String,
                     _ parameters: [String: JSONValue], render: ([String: JSONValue]) -> Void) -> ExitCode {
        DaemonCall.run(context, options, method, parameters, wording: remoteFailure, render: render)
    }

    static func remoteFailure(_ error: VarlinkError) -> ClientFailure {
        let id = error.parameters["id"]?.integerValue.map(String.init) ?? "?"
        switch error.name {
        case "org.lotse.Mail.NotFound":
            return ClientFailure(exitCode: .noSuchRecord, de: "Im Postausgang gibt es keine Nachricht Nummer \(id).",
                                 en: "There is no mail number \(id) in the outbox.")
        case "org.lotse.Mail.NotRetryable":
            let state = error.parameters["state"]?.stringValue ?? "?"
            let german = ["sending": "wird gerade gesendet", "sent": "ist bereits versendet"][state] ?? "ist \(state)"
            let english = ["sending": "is being sent right now", "sent": "has already been sent"][state] ?? "is \(state)"
            return ClientFailure(exitCode: .dataError, de: "Nachricht \(id) \(german) und kann nicht erneut gesendet werden.",
                                 en: "Mail \(id) \(english) and cannot be sent again.")
        case "org.lotse.Mail.Moot":
            return ClientFailure(exitCode: .dataError,
                                 de: "Nachricht \(id) wird nicht mehr gebraucht (Termin vorbei oder abgesagt).",
                                 en: "Mail \(id) is no longer needed (its appointment has passed or was cancelled).")
        default:
            let message = error.parameters["message"]?.stringValue ?? error.name
            return ClientFailure(exitCode: .software, de: "Der Dienst meldet einen Fehler: \(message)",
                                 en: "The daemon reported an error: \(message)")
        }
    }

    static func printOutbox(_ reply: [String: JSONValue], _ context: CommandContext) {
        let language = context.language
        let entries = reply["entries"]?.arrayValue ?? []
        if entries.isEmpty {
            context.terminal.out(language.pick(de: "Der Postausgang ist leer.\n", en: "The outbox is empty.\n"))
            return
        }
        let stateNames: [String: (String, String)] = [
            "pending": ("wartet", "pending"), "sending": ("im Versand", "sending"),
            "sent": ("versendet", "sent"), "failed": ("gescheitert", "failed"),
        ]
        var rows: [[String]] = [[
            "Nr", language.pick(de: "Status", en: "State"), language.pick(de: "Versuche", en: "Tries"),
            language.pick(de: "Empfänger", en: "Recipient"), language.pick(de: "Art", en: "Kind"),
            language.pick(de: "Wann", en: "When"), language.pick(de: "Zuletzt", en: "Last problem"),
        ]]
        for entry in entries {
            let state = entry["state"]?.stringValue ?? "?"
            var stateText = stateNames[state].map { language.pick(de: $0.0, en: $0.1) } ?? state
            if entry["moot"]?.boolValue == true { stateText = language.pick(de: "entfällt", en: "moot") }
            let when = DateText.instant(state == "sent" ? entry["sentAt"]?.stringValue : entry["nextAttemptAt"]?.stringValue)
            var problem = entry["lastError"]?.stringValue ?? ""
            if problem.count > 60 { problem = String(problem.prefix(59)) + "…" }
            rows.append([
                entry["id"]?.integerValue.map(String.init) ?? "?", stateText,
                entry["attempts"]?.integerValue.map(String.init) ?? "0",
                entry["recipient"]?.stringValue ?? "", CaseworkLabels.mailKind(entry["kind"]?.stringValue, language), when, problem,
            ])
        }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let line = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
            context.terminal.out(line.trimmingCharacters(in: .whitespaces) + "\n")
        }
    }
}
