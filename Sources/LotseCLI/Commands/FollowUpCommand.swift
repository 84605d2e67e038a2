import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse followup list|done|reassign`: tracking the follow-up steps assessments set.
public enum FollowUpCommand: DaemonCommandGroup {
    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        let session = CaseworkSession(context: context, options: options, command: "lotse followup \(verb)")
        let parsed = session.context.parsed
        let l = session.language
        let operands = parsed.operands
        switch verb {
        case "list":
            guard operands.isEmpty else { return usage(context) }
            var request = FollowUpsProtocol.ListRequest(scope: parsed.has("overdue") ? .overdue : parsed.has("all") ? .all : .mine)
            if let client = parsed.value("client") {
                switch session.pseudonym(client) {
                case .success(let value): request.client = value
                case .failure(let failure): return session.fail(failure)
                }
            }
            switch session.choice(parsed.value("status"), option: "status") as Result<FollowUpsProtocol.ListRequest.Status?, ClientFailure> {
            case .success(let status): request.status = status
            case .failure(let failure): return session.fail(failure)
            }
            return session.run(request, subject: parsed.value("client")) { answer in
                session.out(SpecialistText.steps(answer.reply.steps, l))
            }
        case "done":
            guard operands.count == 1, let id = Int64(operands[0]) else {
                return session.usage(de: "\(session.command): die Nummer des Schritts angeben.", en: "\(session.command): give the step number.")
            }
            return session.run(FollowUpsProtocol.DoneRequest(step: id), subject: l.pick(de: "Schritt \(id)", en: "step \(id)")) { _ in
                session.out(l.pick(de: "Schritt \(id) erledigt.\n", en: "Step \(id) done.\n"))
            }
        case "reassign":
            guard (2...3).contains(operands.count), let id = Int64(operands[0]) else {
                return session.usage(de: "\(session.command): Schritt, Rolle und optional Person angeben.",
                                     en: "\(session.command): give the step, the role and optionally the user.")
            }
            let role: FollowUpsProtocol.ReassignRequest.Role
            switch session.choice(operands[1], option: "role") as Result<FollowUpsProtocol.ReassignRequest.Role?, ClientFailure> {
            case .success(let value?): role = value
            case .success(nil): return usage(context)
            case .failure(let failure): return session.fail(failure)
            }
            let request = FollowUpsProtocol.ReassignRequest(step: id, role: role, user: operands.count == 3 ? operands[2] : nil)
            return session.run(request, subject: l.pick(de: "Schritt \(id)", en: "step \(id)")) { answer in
                let user = answer.reply.step.ownerUser
                let role = SpecialistText.role(answer.reply.step.ownerRole.rawValue, l)
                session.out(l.pick(de: "Schritt \(id) gehört jetzt \(user) (\(role)).\n", en: "Step \(id) now belongs to \(user) (\(role)).\n"))
            }
        default:
            return usage(context)
        }
    }
}
