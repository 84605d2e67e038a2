import Foundation
import LotseProtocol
import LotseVarlink

/// `lotse caseworker set|remove|list` over `org.lotse.Caseworkers`: where caseworkers'
/// reminders go.
public enum CaseworkerCommand: CommandGroup {
    /// The verbs' actions.
    public static var actions: [String: (CommandContext) -> ExitCode] { ["list": list, "remove": remove, "set": set] }

    static func list(_ context: CommandContext) -> ExitCode {
        DaemonCall.run(context, CaseworkersProtocol.ListRequest()) { answer in
            context.terminal.out(CoordinatorCall.table(context.language == .german ? ["Konto", "E-Mail", "Sprache"] : ["User", "E-mail", "Language"],
                                                       answer.reply.caseworkers.map {
                [$0.user, $0.email.isEmpty ? "—" : $0.email, $0.language.rawValue]
            }))
            }
    }

    static func remove(_ context: CommandContext) -> ExitCode {
        let user = context.parsed.operand(0)
        return DaemonCall.run(context, CaseworkersProtocol.RemoveRequest(user: user)) { _ in
            context.terminal.out(context.language.pick(de: "Eintrag von \(user) gelöscht.\n", en: "Entry of \(user) removed.\n"))
        }
    }

    static func set(_ context: CommandContext) -> ExitCode {
        var request = CaseworkersProtocol.SetRequest(user: context.parsed.operand(0), email: context.parsed.value("email") ?? "")
        // --lang is one of the declared words, so the parser has checked it.
        request.language = context.parsed.value("lang").flatMap(CaseworkersProtocol.SetRequest.Language.init(rawValue:))
    return DaemonCall.run(context, request) { answer in
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
    }
}
