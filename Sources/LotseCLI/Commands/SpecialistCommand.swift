import Foundation
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
            switch CoordinatorCall.once(context, options, "org.lotse.Specialists.List", [:]) {
            case .failure(let failure): return failure.report(context)
            case .success(let reply):
                if options.json { CoordinatorCall.printJSON(reply, context); return .ok }
                let t = CoordinatorCall.text
                context.terminal.out(CoordinatorCall.table(context.language == .german ? ["NR", "NAME", "SPRACHEN", "BENUTZER", "E-MAIL"]
                                                                                : ["ID", "NAME", "LANGUAGES", "USER", "EMAIL"],
                                                           (reply["specialists"]?.arrayValue ?? []).map {
                    [t($0["id"]), t($0["name"]), t($0["languages"]), t($0["user"]), t($0["email"])]
                }))
                return .ok
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
            let parameters: [String: JSONValue] = [
                "name": .string(values["--name"] ?? ""), "qualification": .string(values["--qualification"] ?? ""),
                "languages": .array((values["--languages"] ?? "").split(separator: ",").map { .string(String($0)) }),
                "email": .string(values["--email"] ?? ""), "user": .string(values["--user"] ?? ""),
            ]
            switch CoordinatorCall.once(context, options, "org.lotse.Specialists.Add", parameters) {
            case .failure(let failure): return failure.report(context)
            case .success(let reply):
                if options.json { CoordinatorCall.printJSON(reply, context); return .ok }
                let s = reply["specialist"]
                context.terminal.out(context.language.pick(
                    de: "Fachkraft \(CoordinatorCall.text(s?["id"])) angelegt: \(CoordinatorCall.text(s?["name"]))\n",
                    en: "Specialist \(CoordinatorCall.text(s?["id"])) added: \(CoordinatorCall.text(s?["name"]))\n"))
                return .ok
            }
        default:
            return usage(context)
        }
    }
}
