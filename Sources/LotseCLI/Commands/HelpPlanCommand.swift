import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse helpplan show|goal add|goal update|history|review`: the client's help plan
/// (*Integrationsplan*), where every change is a new version with author and time.
public enum HelpPlanCommand: CommandGroup {
    /// The verbs' actions; every verb's first operand is the client's pseudonym.
    public static var actions: [String: (CommandContext) -> ExitCode] {
        let verbs: [String: (CaseworkSession, String) -> ExitCode] = ["show": show, "history": history, "review": review, "goal add": addGoal, "goal update": updateGoal]
        return verbs.mapValues { action in
            { context in
                action(CaseworkSession(context: context, options: context.connection, command: "lotse helpplan " + context.verb.joined(separator: " ")),
                       context.parsed.operand(0))
            }
        }
    }

    static func show(_ session: CaseworkSession, _ client: String) -> ExitCode {
        session.run(HelpPlansProtocol.GetRequest(client: client), subject: client) { answer in
            session.out(HelpPlanText.show(answer.reply.plan, client: client, language: session.language))
        }
    }

    static func history(_ session: CaseworkSession, _ client: String) -> ExitCode {
        session.run(HelpPlansProtocol.HistoryRequest(client: client), subject: client) { answer in
            session.out(HelpPlanText.history(answer.reply.versions, client: client, language: session.language))
        }
    }

    static func review(_ session: CaseworkSession, _ client: String) -> ExitCode {
        session.run(HelpPlansProtocol.ReviewRequest(client: client), subject: client) { answer in
            let next = DateText.show(answer.reply.plan.version.reviewOn)
            session.out(session.language.pick(de: "Überprüfung erfasst; die nächste ist am \(next) fällig.\n",
                                              en: "Review recorded; the next one is due on \(next).\n"))
        }
    }

    static func addGoal(_ session: CaseworkSession, _ client: String) -> ExitCode {
        let parsed = session.context.parsed, l = session.language
        return session.attempt { () throws(ClientFailure) -> ExitCode in
            let domain = try session.required(parsed.value("domain"), option: "domain", de: "Bereich", en: "Domain").get()
            let title = try session.required(parsed.value("title"), option: "title", de: "Ziel (Titel)", en: "Goal (title)").get()
            let request = HelpPlansProtocol.AddGoalRequest(client: client, domain: domain, title: title, targetDate: parsed.value("target"),
                                                           notes: parsed.value("notes"))
            return session.run(request, subject: client) { answer in
                let goal = answer.reply.goal, version = answer.reply.plan.version.number
                session.out(l.pick(de: "Ziel \(goal) angelegt (Version \(version)).\n", en: "Goal \(goal) added (version \(version)).\n"))
            }
        }
    }

    static func updateGoal(_ session: CaseworkSession, _ client: String) -> ExitCode {
        let parsed = session.context.parsed, l = session.language
        let goal = parsed.number(1)
        let request = HelpPlansProtocol.UpdateGoalRequest(client: client, goal: goal, status: parsed.value("status"),
                                                         targetDate: parsed.value("target"), notes: parsed.value("notes"))
        return session.run(request, subject: client) { answer in
            let version = answer.reply.plan.version.number
            session.out(l.pick(de: "Ziel \(goal) geändert (Version \(version)).\n", en: "Goal \(goal) updated (version \(version)).\n"))
        }
    }
}
