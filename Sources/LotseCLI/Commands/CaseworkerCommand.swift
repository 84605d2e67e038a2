import Foundation
import LotseVarlink

/// `lotse caseworker set|remove|list` over `org.lotse.Caseworkers`: where caseworkers'
/// reminders go.
public enum CaseworkerCommand: DaemonCommandGroup {
    /// The word.
    public static let name = "caseworker"
    /// For `lotse help`.
    public static let summary = "caseworkers' mail addresses / Mailadressen des Integrationsmanagements"
    /// Full help.
    public static let help = """
    lotse caseworker set USER --email ADDRESS [--lang de|en]
                                  record where USER's reminders go (coordinators); without an address
                                  a caseworker gets no mail about published or cancelled appointments.
                                  USER must be an account with the caseworker role ([roles] caseworkers);
                                  --email "" clears the address and keeps the language
    lotse caseworker remove USER  delete USER's entry; refused while USER has active clients
                                  (hand them over first: lotse client handover)
    lotse caseworker list         every caseworker entry (an empty address: no mail)

    Options: --json, --socket PATH, --config PATH (as for every command)
    Exit status: 0 ok, 64 usage, 65 invalid value or not possible now, 67 no such entry,
    69 daemon not running, 77 permission denied.
    """

    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        var operands = Array(rest.dropFirst())
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
            let email: String?, language: String?
            switch (CoordinatorCall.option("--email", in: &operands), CoordinatorCall.option("--lang", in: &operands)) {
            case let (.success(e), .success(l)): (email, language) = (e, l)
            case let (.failure(f), _), let (_, .failure(f)): return f.report(context)
            }
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
