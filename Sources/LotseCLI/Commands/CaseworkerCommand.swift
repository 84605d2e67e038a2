import Foundation
import LotseVarlink

/// `lotse caseworker set|remove|list` over `org.lotse.Caseworkers`: where caseworkers'
/// reminders go.
public enum CaseworkerCommand: DaemonCommandGroup {
    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        let operands = Array(rest.dropFirst())
        let t = CoordinatorCall.text
        switch verb {
        case "list":
            guard operands.isEmpty else { return usage(context) }
            switch CoordinatorCall.once(context, options, "org.lotse.Caseworkers.List", [:]) {
            case .failure(let failure): return failure.report(context)
            case .success(let reply):
                if options.json { CoordinatorCall.printJSON(reply, context); return .ok }
                context.terminal.out(CoordinatorCall.table(context.language == .german ? ["BENUTZER", "E-MAIL", "SPRACHE"] : ["USER", "EMAIL", "LANG"], (reply["caseworkers"]?.arrayValue ?? []).map {
                    [t($0["user"]), t($0["email"]).isEmpty ? "—" : t($0["email"]), t($0["language"])]
                }))
                return .ok
            }
        case "remove":
            guard operands.count == 1, let user = operands.first else { return usage(context) }
            switch CoordinatorCall.once(context, options, "org.lotse.Caseworkers.Remove", ["user": .string(user)]) {
            case .failure(let failure): return failure.report(context)
            case .success(let reply):
                if options.json { CoordinatorCall.printJSON(reply, context); return .ok }
                context.terminal.out(context.language.pick(de: "Eintrag von \(user) gelöscht.\n", en: "Entry of \(user) removed.\n"))
                return .ok
            }
        case "set":
            let email = context.parsed.value("email"), language = context.parsed.value("lang")
            guard operands.count == 1, let user = operands.first, let email else { return usage(context) }
            var parameters: [String: JSONValue] = ["user": .string(user), "email": .string(email)]
            if let language { parameters["language"] = .string(language) }
            switch CoordinatorCall.once(context, options, "org.lotse.Caseworkers.Set", parameters) {
            case .failure(let failure): return failure.report(context)
            case .success(let reply):
                if options.json { CoordinatorCall.printJSON(reply, context); return .ok }
                let c = reply["caseworker"]
                if t(c?["email"]).isEmpty {
                    context.terminal.out(context.language.pick(
                        de: "Mailadresse von \(t(c?["user"])) gelöscht; es geht keine Mail mehr an sie oder ihn (Sprache \(t(c?["language"]))).\n",
                        en: "Address of \(t(c?["user"])) cleared; no mail goes to them any more (language \(t(c?["language"]))).\n"))
                    return .ok
                }
                context.terminal.out(context.language.pick(de: "Mailadresse von \(t(c?["user"])): \(t(c?["email"])) (\(t(c?["language"])))\n",
                                                            en: "Address of \(t(c?["user"])): \(t(c?["email"])) (\(t(c?["language"])))\n"))
                return .ok
            }
        default:
            return usage(context)
        }
    }
}
