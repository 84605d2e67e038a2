import Foundation
import LotseProtocol
import LotseVarlink

/// `lotse specialist add|list` over `org.lotse.Specialists`.
public enum SpecialistCommand: DaemonCommandGroup {
    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        let operands = Array(rest.dropFirst())
        switch verb {
        case "list":
            guard operands.isEmpty else { return usage(context) }
            return DaemonCall.run(context, options, SpecialistsProtocol.ListRequest()) { answer in
                context.terminal.out(CoordinatorCall.table(context.language == .german ? ["NR", "NAME", "SPRACHEN", "KONTO", "E-MAIL"]
                                                                                : ["ID", "NAME", "LANGUAGES", "USER", "EMAIL"],
                                                           answer.reply.specialists.map {
                    [String($0.id), $0.name, $0.languages.joined(separator: ","), $0.user, $0.email]
                }))
            }
        case "add":
            var values: [String: String] = [:]
            for key in ["name", "qualification", "languages", "email", "user"] {
                guard let value = context.parsed.value(key) else {
                    return ClientFailure(exitCode: .usage, de: "--\(key) fehlt.", en: "--\(key) is missing.").report(context)
                }
                values["--" + key] = value
            }
            guard operands.isEmpty else { return usage(context) }
            let request = SpecialistsProtocol.AddRequest(
                name: values["--name"] ?? "", qualification: values["--qualification"] ?? "",
                languages: (values["--languages"] ?? "").split(separator: ",").map(String.init),
                email: values["--email"] ?? "", user: values["--user"] ?? "")
            return DaemonCall.run(context, options, request) { answer in
                let s = answer.reply.specialist
                context.terminal.out(context.language.pick(de: "Fachkraft \(s.id) angelegt: \(s.name)\n",
                                                            en: "Specialist \(s.id) added: \(s.name)\n"))
            }
        default:
            return usage(context)
        }
    }
}
