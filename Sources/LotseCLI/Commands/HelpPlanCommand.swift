import LotseCore
import LotseVarlink

/// `lotse helpplan show|goal add|goal update|history|review`: the client's help plan
/// (*Integrationsplan*), where every change is a new version with author and time.
public enum HelpPlanCommand: DaemonCommandGroup {
    /// The word.
    public static let name = "helpplan"
    /// For `lotse help`.
    public static let summary = "help plans: goals, versions, review / Hilfepläne: Ziele, Versionen, Überprüfung"
    /// Full help.
    public static let help = """
    lotse helpplan show K-YYYY-NNNN
    lotse helpplan goal add K-YYYY-NNNN --domain DOMAIN --title TEXT [--target DD.MM.YYYY] [--notes TEXT]
        DOMAIN: language, work, recognition-of-qualifications, housing, school-and-education,
        health-and-psychosocial-support. The first goal opens the plan.
    lotse helpplan goal update K-YYYY-NNNN GOAL [--status open|in-progress|reached|dropped]
                               [--target DD.MM.YYYY] [--notes TEXT]
    lotse helpplan history K-YYYY-NNNN   every version with author and time
    lotse helpplan review K-YYYY-NNNN    records a review; the next one is due [helpplan] review_months later

    Options: --json, --socket PATH, --config PATH.
    Exit status: 0 ok, 64 usage, 65 a value is wrong, 69 daemon not running, 77 not your client or role.
    """

    /// `--help` after a verb prints this group's help.
    public static let answersHelpAfterVerb = true

    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        var words = [verb]
        var arguments = Array(rest.dropFirst())
        if verb == "goal" {
            guard let sub = arguments.first, sub == "add" || sub == "update" else { return usage(context) }
            words.append(sub)
            arguments.removeFirst()
        }
        let session = CaseworkSession(context: context, options: options, command: "lotse helpplan " + words.joined(separator: " "))
        let values: Set<String> = words == ["goal", "add"] ? ["domain", "title", "target", "notes"]
            : words == ["goal", "update"] ? ["status", "target", "notes"] : []
        let parsed: ParsedOptions
        switch OptionParser.parse(arguments, values: values, command: session.command) {
        case .success(let p): parsed = p
        case .failure(let failure): return session.fail(failure)
        }
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
