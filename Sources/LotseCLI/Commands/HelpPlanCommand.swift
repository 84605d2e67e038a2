import LotseCore
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
        var parameters: [String: JSONValue] = ["client": .string(client)]
        if let text = parsed.value("target") {
            switch session.date(text, option: "target") {
            case .success(let iso): parameters["targetDate"] = .string(iso)
            case .failure(let failure): return session.fail(failure)
            }
        }
        if let notes = parsed.value("notes") { parameters["notes"] = .string(notes) }
        let l = session.language
        switch words {
        case ["show"]:
            return session.run("org.lotse.HelpPlans.Get", parameters, subject: client) { reply in
                session.out(HelpPlanText.show(reply["plan"], client: client, language: l))
            }
        case ["history"]:
            return session.run("org.lotse.HelpPlans.History", parameters, subject: client) { reply in
                session.out(HelpPlanText.history(reply["versions"]?.arrayValue ?? [], client: client, language: l))
            }
        case ["review"]:
            return session.run("org.lotse.HelpPlans.Review", parameters, subject: client) { reply in
                let next = DateText.show(reply["plan"]?["version"]?["reviewOn"]?.stringValue)
                session.out(l.pick(de: "Überprüfung erfasst; die nächste ist am \(next) fällig.\n", en: "Review recorded; the next one is due on \(next).\n"))
            }
        case ["goal", "add"]:
            switch session.required(parsed.value("domain"), option: "domain", de: "Bereich", en: "Domain") {
            case .success(let value): parameters["domain"] = .string(value)
            case .failure(let failure): return session.fail(failure)
            }
            switch session.required(parsed.value("title"), option: "title", de: "Ziel (Titel)", en: "Goal (title)") {
            case .success(let value): parameters["title"] = .string(value)
            case .failure(let failure): return session.fail(failure)
            }
            return session.run("org.lotse.HelpPlans.AddGoal", parameters, subject: client) { reply in
                let goal = reply["goal"]?.integerValue ?? 0
                let version = reply["plan"]?["version"]?["number"]?.integerValue ?? 0
                session.out(l.pick(de: "Ziel \(goal) angelegt (Version \(version)).\n", en: "Goal \(goal) added (version \(version)).\n"))
            }
        default:
            guard parsed.operands.count == 2, let goal = Int64(parsed.operands[1]), goal > 0 else {
                return session.usage(de: "Geben Sie Pseudonym und Zielnummer an; siehe „\(session.command) --help“.", en: "Give the pseudonym and the goal number; see '\(session.command) --help'.")
            }
            parameters["goal"] = .integer(goal)
            if let status = parsed.value("status") { parameters["status"] = .string(status) }
            return session.run("org.lotse.HelpPlans.UpdateGoal", parameters, subject: client) { reply in
                let version = reply["plan"]?["version"]?["number"]?.integerValue ?? 0
                session.out(l.pick(de: "Ziel \(goal) geändert (Version \(version)).\n", en: "Goal \(goal) updated (version \(version)).\n"))
            }
        }
    }
}
