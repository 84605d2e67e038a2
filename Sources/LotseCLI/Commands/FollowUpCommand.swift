import LotseCore
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
            var parameters: [String: JSONValue] = ["scope": .string(parsed.has("overdue") ? "overdue" : parsed.has("all") ? "all" : "mine")]
            if let client = parsed.value("client") {
                switch session.pseudonym(client) {
                case .success(let value): parameters["client"] = .string(value)
                case .failure(let failure): return session.fail(failure)
                }
            }
            if let status = parsed.value("status") { parameters["status"] = .string(status) }
            return session.run("org.lotse.FollowUps.List", parameters, subject: parsed.value("client")) { reply in
                session.out(SpecialistText.steps(reply["steps"]?.arrayValue ?? [], l))
            }
        case "done":
            guard operands.count == 1, let id = Int64(operands[0]) else {
                return session.usage(de: "\(session.command): die Nummer des Schritts angeben.", en: "\(session.command): give the step number.")
            }
            return session.run("org.lotse.FollowUps.Done", ["step": .integer(id)], subject: l.pick(de: "Schritt \(id)", en: "step \(id)")) { _ in
                session.out(l.pick(de: "Schritt \(id) erledigt.\n", en: "Step \(id) done.\n"))
            }
        case "reassign":
            guard (2...3).contains(operands.count), let id = Int64(operands[0]) else {
                return session.usage(de: "\(session.command): Schritt, Rolle und optional Person angeben.",
                                     en: "\(session.command): give the step, the role and optionally the user.")
            }
            var parameters: [String: JSONValue] = ["step": .integer(id), "role": .string(operands[1])]
            if operands.count == 3 { parameters["user"] = .string(operands[2]) }
            return session.run("org.lotse.FollowUps.Reassign", parameters, subject: l.pick(de: "Schritt \(id)", en: "step \(id)")) { reply in
                let user = reply["step"]?["ownerUser"]?.stringValue ?? ""
                let role = SpecialistText.role(reply["step"]?["ownerRole"]?.stringValue, l)
                session.out(l.pick(de: "Schritt \(id) gehört jetzt \(user) (\(role)).\n", en: "Step \(id) now belongs to \(user) (\(role)).\n"))
            }
        default:
            return usage(context)
        }
    }
}
