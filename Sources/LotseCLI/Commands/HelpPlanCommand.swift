import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse helpplan show|goal add|goal update|history|review`: the client's help plan
/// (*Integrationsplan*), where every change is a new version with author and time.
public enum HelpPlanCommand: DaemonCommandGroup {
    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        let words = context.verb
        guard !words.isEmpty else { return usage(context) }
        let session = CaseworkSession(context: context, options: options, command: "lotse helpplan " + words.joined(separator: " "))
        let parsed = session.context.parsed
        let expectedOperands = words == ["goal", "update"] ? 2 : 1
        guard parsed.operands.count <= expectedOperands else { return usage(context) }
        let client: String
        switch session.pseudonym(parsed.operands.first) {
        case .success(let value): client = value
        case .failure(let failure): return session.fail(failure)
        }
        var targetDate: String?
        if let text = parsed.value("target") {
            switch session.date(text, option: "target") {
            case .success(let iso): targetDate = iso
            case .failure(let failure): return session.fail(failure)
            }
        }
        let notes = parsed.value("notes")
        let l = session.language
        switch words {
        case ["show"]:
            return session.run(HelpPlansProtocol.GetRequest(client: client), subject: client) { answer in
                session.out(HelpPlanText.show(answer.reply.plan, client: client, language: l))
            }
        case ["history"]:
            return session.run(HelpPlansProtocol.HistoryRequest(client: client), subject: client) { answer in
                session.out(HelpPlanText.history(answer.reply.versions, client: client, language: l))
            }
        case ["review"]:
            return session.run(HelpPlansProtocol.ReviewRequest(client: client), subject: client) { answer in
                let next = DateText.show(answer.reply.plan.version.reviewOn)
                session.out(l.pick(de: "Überprüfung erfasst; die nächste ist am \(next) fällig.\n", en: "Review recorded; the next one is due on \(next).\n"))
            }
        case ["goal", "add"]:
            let domain: String, title: String
            switch session.required(parsed.value("domain"), option: "domain", de: "Bereich", en: "Domain") {
            case .success(let value): domain = value
            case .failure(let failure): return session.fail(failure)
            }
            switch session.required(parsed.value("title"), option: "title", de: "Ziel (Titel)", en: "Goal (title)") {
            case .success(let value): title = value
            case .failure(let failure): return session.fail(failure)
            }
            let request = HelpPlansProtocol.AddGoalRequest(client: client, domain: domain, title: title, targetDate: targetDate, notes: notes)
            return session.run(request, subject: client) { answer in
                let goal = answer.reply.goal, version = answer.reply.plan.version.number
                session.out(l.pick(de: "Ziel \(goal) angelegt (Version \(version)).\n", en: "Goal \(goal) added (version \(version)).\n"))
            }
        default:
            guard parsed.operands.count == 2, let goal = Int64(parsed.operands[1]), goal > 0 else {
                return session.usage(de: "Geben Sie Pseudonym und Zielnummer an; siehe „\(session.command) --help“.", en: "Give the pseudonym and the goal number; see '\(session.command) --help'.")
            }
            let request = HelpPlansProtocol.UpdateGoalRequest(client: client, goal: goal, status: parsed.value("status"),
                                                             targetDate: targetDate, notes: notes)
            return session.run(request, subject: client) { answer in
                let version = answer.reply.plan.version.number
                session.out(l.pick(de: "Ziel \(goal) geändert (Version \(version)).\n", en: "Goal \(goal) updated (version \(version)).\n"))
            }
        }
    }
}
