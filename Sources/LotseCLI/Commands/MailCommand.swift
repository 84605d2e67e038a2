import Foundation
import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse mail outbox|retry`: the reminder outbox for coordinators — what waits, what
/// went, what failed and why — and sending a failed mail again.
public enum MailCommand: CommandGroup {
    /// The verbs' actions.
    public static var actions: [String: (CommandContext) -> ExitCode] { ["outbox": outbox, "retry": retry] }

    static func outbox(_ context: CommandContext) -> ExitCode {
        var request = MailProtocol.OutboxRequest()
        // --state is one of the declared words, so the parser has checked it.
        request.state = context.parsed.value("state").flatMap(MailProtocol.OutboxRequest.State.init(rawValue:))
        // A whole number from 1, as the parser checked.
        if let limit = context.parsed.value("limit").flatMap({ Int64($0) }) { request.limit = limit }
        return DaemonCall.run(context, request) { printOutbox($0.reply, context) }
    }

    static func retry(_ context: CommandContext) -> ExitCode {
        let id = context.parsed.number(0)
        return DaemonCall.run(context, MailProtocol.RetryRequest(id: id)) { _ in
            context.terminal.out(context.language.pick(de: "Nachricht \(id) wird jetzt erneut gesendet.\n",
                                                        en: "Mail \(id) is being sent again now.\n"))
        }
    }

    static func printOutbox(_ reply: MailProtocol.OutboxReply, _ context: CommandContext) {
        let language = context.language
        let entries = reply.entries
        if entries.isEmpty {
            let filtered = context.parsed.values["state"] != nil
            context.terminal.out(filtered ? language.pick(de: "Keine Nachrichten in diesem Zustand.\n", en: "No mails in this state.\n")
                                          : language.pick(de: "Der Postausgang ist leer.\n", en: "The outbox is empty.\n"))
            return
        }
        let stateNames: [String: (String, String)] = [
            "pending": ("wartet", "pending"), "sending": ("im Versand", "sending"),
            "sent": ("versendet", "sent"), "failed": ("gescheitert", "failed"),
        ]
        var rows: [[String]] = [[
            language.pick(de: "Nr.", en: "No."), language.pick(de: "Status", en: "State"), language.pick(de: "Versuche", en: "Tries"),
            language.pick(de: "An", en: "To"), language.pick(de: "Art", en: "Kind"),
            language.pick(de: "Wann", en: "When"), language.pick(de: "Zuletzt", en: "Last problem"),
        ]]
        for entry in entries {
            let state = entry.state.rawValue
            var stateText = stateNames[state].map { language.pick(de: $0.0, en: $0.1) } ?? state
            if entry.moot { stateText = language.pick(de: "entfällt", en: "moot") }
            let when = DateText.instant(entry.state == .sent ? entry.sentAt : entry.nextAttemptAt)
            var problem = entry.lastError.map { MailProblemText.text($0, in: CaseworkLabels.message(language)) } ?? ""
            if problem.count > 60 { problem = String(problem.prefix(59)) + "…" }
            rows.append([
                String(entry.id), stateText, String(entry.attempts),
                entry.recipient, CaseworkLabels.mailKind(entry.kind, language), when, problem,
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
