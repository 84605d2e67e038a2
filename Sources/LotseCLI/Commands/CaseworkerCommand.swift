import Foundation
import LotseProtocol
import LotseVarlink

/// `lotse caseworker set|remove|list` over `org.lotse.Caseworkers`: where caseworkers'
/// reminders go.
public enum CaseworkerCommand: DaemonCommandGroup {
    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        let operands = Array(rest.dropFirst())
        switch verb {
        case "list":
            guard operands.isEmpty else { return usage(context) }
            return DaemonCall.run(context, options, CaseworkersProtocol.ListRequest()) { answer in
                context.terminal.out(CoordinatorCall.table(context.language == .german ? ["KONTO", "E-MAIL", "SPRACHE"] : ["USER", "EMAIL", "LANG"],
                                                           answer.reply.caseworkers.map {
                    [$0.user, $0.email.isEmpty ? "—" : $0.email, $0.language.rawValue]
                }))
            }
        case "remove":
            guard operands.count == 1, let user = operands.first else { return usage(context) }
            return DaemonCall.run(context, options, CaseworkersProtocol.RemoveRequest(user: user)) { _ in
                context.terminal.out(context.language.pick(de: "Eintrag von \(user) gelöscht.\n", en: "Entry of \(user) removed.\n"))
            }
        case "set":
            let email = context.parsed.value("email"), language = context.parsed.value("lang")
            guard operands.count == 1, let user = operands.first, let email else { return usage(context) }
            var request = CaseworkersProtocol.SetRequest(user: user, email: email)
            if let language {
                guard let known = CaseworkersProtocol.SetRequest.Language(rawValue: language) else {
                    return ClientFailure(exitCode: .usage, de: "--lang braucht de oder en.", en: "--lang needs de or en.").report(context)
                }
                request.language = known
            }
            return DaemonCall.run(context, options, request) { answer in
                let c = answer.reply.caseworker
                if c.email.isEmpty {
                    context.terminal.out(context.language.pick(
                        de: "Mailadresse von \(c.user) gelöscht; es geht keine Mail mehr an sie oder ihn (Sprache \(c.language.rawValue)).\n",
                        en: "Address of \(c.user) cleared; no mail goes to them any more (language \(c.language.rawValue)).\n"))
                    return
                }
                context.terminal.out(context.language.pick(de: "Mailadresse von \(c.user): \(c.email) (\(c.language.rawValue))\n",
                                                            en: "Address of \(c.user): \(c.email) (\(c.language.rawValue))\n"))
            }
        default:
            return usage(context)
        }
    }
}
