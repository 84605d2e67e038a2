import Foundation
import LotseCore
import LotseProtocol
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
            var request = MailProtocol.OutboxRequest()
            if let state = context.parsed.value("state") {
                guard let known = MailProtocol.OutboxRequest.State(rawValue: state) else {
                    return ClientFailure(exitCode: .usage, de: "--state braucht pending, sending, sent oder failed.",
                                         en: "--state needs pending, sending, sent or failed.").report(context)
                }
                request.state = known
            }
            if let limit = context.parsed.value("limit") {
                guard let number = Int64(limit), number > 0 else {
                    return ClientFailure(exitCode: .usage, de: "--limit braucht eine positive Zahl.",
                                         en: "--limit needs a positive number.").report(context)
                }
                request.limit = number
            }
            return DaemonCall.run(context, options, request) { printOutbox($0.reply, context) }
        case "retry":
            guard operands.count == 1, let text = operands.first else { return usage(context) }
            guard let id = Int64(text), id > 0 else {
                return ClientFailure(exitCode: .usage, de: "„\(text)“ ist keine Nachrichtennummer (siehe lotse mail outbox).",
                                     en: "'\(text)' is not a mail number (see lotse mail outbox).").report(context)
            }
            return DaemonCall.run(context, options, MailProtocol.RetryRequest(id: id)) { _ in
                context.terminal.out(context.language.pick(de: "Nachricht \(id) wird jetzt erneut gesendet.\n",
                                                            en: "Mail \(id) is being sent again now.\n"))
            }
        default:
            return usage(context)
        }
    }

    static func printOutbox(_ reply: MailProtocol.OutboxReply, _ context: CommandContext) {
        let language = context.language
        let entries = reply.entries
        if entries.isEmpty {
            context.terminal.out(language.pick(de: "Der Postausgang ist leer.\n", en: "The outbox is empty.\n"))
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
