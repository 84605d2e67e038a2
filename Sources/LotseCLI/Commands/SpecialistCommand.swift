import Foundation
import LotseProtocol
import LotseVarlink

/// `lotse specialist add|list` over `org.lotse.Specialists`.
public enum SpecialistCommand: CommandGroup {
    /// The verbs' actions.
    public static var actions: [String: (CommandContext) -> ExitCode] { ["list": list, "add": add] }

    static func list(_ context: CommandContext) -> ExitCode {
        DaemonCall.run(context, SpecialistsProtocol.ListRequest()) { answer in
            context.terminal.out(CoordinatorCall.table(context.language == .german ? ["Nr.", "Name", "Sprachen", "Konto", "E-Mail"]
                                                                            : ["No.", "Name", "Languages", "User", "E-mail"],
                                                       answer.reply.specialists.map {
                [String($0.id), $0.name, $0.languages.joined(separator: ","), $0.user, $0.email]
            }))
        }
    }

    /// Every option is required, so the parser has seen to each.
    static func add(_ context: CommandContext) -> ExitCode {
        let parsed = context.parsed
        let request = SpecialistsProtocol.AddRequest(
            name: parsed.value("name") ?? "", qualification: parsed.value("qualification") ?? "",
            languages: parsed.list("languages") ?? [], email: parsed.value("email") ?? "", user: parsed.value("user") ?? "")
        return DaemonCall.run(context, request) { answer in
            let s = answer.reply.specialist
            context.terminal.out(context.language.pick(de: "Fachkraft \(s.id) angelegt: \(s.name)\n",
                                                        en: "Specialist \(s.id) added: \(s.name)\n"))
        }
    }
}
