import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse followup list|done|reassign`: tracking the follow-up steps assessments set.
public enum FollowUpCommand: CommandGroup {
    /// The roles a step can belong to (`followup reassign`, `assessment record --step`).
    static let roles = ["caseworker", "specialist", "coordinator"]

    /// The verbs' actions, each on the caseworker session of its verb.
    public static var actions: [String: (CommandContext) -> ExitCode] {
        CaseworkSession.actions("followup", ["list": list, "done": done, "reassign": reassign])
    }

    /// `list`: --client and --status as the parser read them (a pseudonym, a declared word).
    static func list(_ session: CaseworkSession) -> ExitCode {
        let parsed = session.context.parsed
        var request = FollowUpsProtocol.ListRequest(scope: parsed.has("overdue") ? .overdue : parsed.has("all") ? .all : .mine)
        request.client = parsed.value("client")
        request.status = parsed.value("status").flatMap(FollowUpsProtocol.ListRequest.Status.init(rawValue:))
        return session.run(request, subject: parsed.value("client")) { answer in
            session.out(SpecialistText.steps(answer.reply.steps, session.language))
        }
    }

    static func done(_ session: CaseworkSession) -> ExitCode {
        let l = session.language, id = session.context.parsed.number(0)
        return session.run(FollowUpsProtocol.DoneRequest(step: id), subject: l.pick(de: "Schritt \(id)", en: "step \(id)")) { _ in
            session.out(l.pick(de: "Schritt \(id) erledigt.\n", en: "Step \(id) done.\n"))
        }
    }

    /// `reassign STEP ROLE [USER]`: ROLE is one of `roles`, as the parser checked.
    static func reassign(_ session: CaseworkSession) -> ExitCode {
        let l = session.language, parsed = session.context.parsed
        let id = parsed.number(0)
        let role = FollowUpsProtocol.ReassignRequest.Role(rawValue: parsed.operand(1)) ?? .caseworker
        let request = FollowUpsProtocol.ReassignRequest(step: id, role: role, user: parsed.operands.count == 3 ? parsed.operand(2) : nil)
        return session.run(request, subject: l.pick(de: "Schritt \(id)", en: "step \(id)")) { answer in
            let user = answer.reply.step.ownerUser
            let role = SpecialistText.role(answer.reply.step.ownerRole.rawValue, l)
            session.out(l.pick(de: "Schritt \(id) gehört jetzt \(user) (\(role)).\n", en: "Step \(id) now belongs to \(user) (\(role)).\n"))
        }
    }
}
