import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse client new|list|show|consent|handover`: clients as pseudonyms — no names or
/// contact data are ever stored; the caseworker keeps the link to the person.
public enum ClientCommand: CommandGroup {
    /// The verbs' actions.
    public static var actions: [String: (CommandContext) -> ExitCode] {
        ["new": new, "list": list, "show": show, "consent": consent, "close": close, "reopen": reopen, "handover": handover]
    }

    /// The caseworker session of `context`'s verb.
    static func session(_ context: CommandContext) -> CaseworkSession {
        CaseworkSession(context: context, options: context.connection, command: "lotse client " + context.verb.joined(separator: " "))
    }

    static func new(_ context: CommandContext) -> ExitCode {
        let session = session(context), parsed = context.parsed
        var request: ReferralsProtocol.CreateClientRequest
        switch session.required(parsed.value("municipality"), option: "municipality", de: "Gemeinde", en: "Municipality") {
        case .success(let value): request = ReferralsProtocol.CreateClientRequest(municipality: value, caseworker: parsed.value("caseworker"))
        case .failure(let failure): return session.fail(failure)
        }
        request.pseudonym = parsed.value("pseudonym")
        return session.run(request) { answer in
            let client = answer.reply.client
            session.out(session.language.pick(de: "Klient:in \(client.pseudonym) angelegt (\(MunicipalityID.name(of: client.municipality))).\n",
                                              en: "Client \(client.pseudonym) opened (\(MunicipalityID.name(of: client.municipality))).\n"))
        }
    }

    static func list(_ context: CommandContext) -> ExitCode {
        let session = session(context)
        return session.run(ReferralsProtocol.ListClientsRequest(caseworker: context.parsed.value("caseworker"))) { answer in
            session.out(ClientText.list(answer.reply.clients, language: session.language))
        }
    }

    static func show(_ context: CommandContext) -> ExitCode {
        let session = session(context), pseudonym = context.parsed.operand(0)
        return session.run(ReferralsProtocol.GetClientRequest(client: pseudonym), subject: pseudonym) { answer in
            session.out(ClientText.detail(answer.reply.client, language: session.language))
        }
    }

    static func reopen(_ context: CommandContext) -> ExitCode {
        let session = session(context), pseudonym = context.parsed.operand(0)
        return session.run(ReferralsProtocol.ReopenClientRequest(client: pseudonym), subject: pseudonym) { _ in
            session.out(session.language.pick(de: "Fall \(pseudonym) wieder geöffnet.\n", en: "Case \(pseudonym) reopened.\n"))
        }
    }

    static func close(_ context: CommandContext) -> ExitCode {
        let session = session(context), pseudonym = context.parsed.operand(0)
        return session.run(ReferralsProtocol.CloseClientRequest(client: pseudonym), subject: pseudonym) { answer in
            let purge = DateText.show(answer.reply.client.purgeOn)
            session.out(session.language.pick(de: "Fall \(pseudonym) abgeschlossen; die Daten werden am \(purge) gelöscht.\n",
                                              en: "Case \(pseudonym) closed; its data will be deleted on \(purge).\n"))
        }
    }

    static func consent(_ context: CommandContext) -> ExitCode {
        let session = session(context), parsed = context.parsed, pseudonym = parsed.operand(0)
        if parsed.has("withdraw") {
            var request = ReferralsProtocol.WithdrawConsentRequest(client: pseudonym)
            request.withdrawnOn = parsed.value("date")
            request.scope = parsed.list("scope")
            return session.run(request, subject: pseudonym) { answer in
                let count = answer.reply.withdrawn
                session.out(session.language.pick(de: "Widerruf für \(pseudonym) erfasst (\(CountText.count(Int64(count), one: "Einwilligung", many: "Einwilligungen"))).\n",
                                                  en: "Withdrawal for \(pseudonym) recorded (\(CountText.count(Int64(count), one: "consent", many: "consents"))).\n"))
            }
        }
        if parsed.value("given") != nil && parsed.value("date") != nil {
            return session.usage(de: "\(session.command): entweder --date (im Fall gegeben) oder --given (auf Papier gegeben) angeben, nicht beides.",
                                 en: "\(session.command): give either --date (given in the case) or --given (given on paper), not both.")
        }
        let onPaper = parsed.value("given") != nil
        return session.attempt { () throws(ClientFailure) -> ExitCode in
            let dateText = try onPaper ? parsed.value("given") ?? ""
                : session.required(parsed.value("date"), option: "date", de: "Datum der Einwilligung (TT.MM.JJJJ)", en: "Date of consent (DD.MM.YYYY)").get()
            // Typed in on the terminal, the date has not met the parser yet.
            let iso = try session.date(dateText, option: onPaper ? "given" : "date").get()
            let scope = parsed.list("scope") ?? ["referral"]
            let request = ReferralsProtocol.RecordConsentRequest(client: pseudonym, givenOn: iso, scope: scope, onPaper: onPaper ? true : nil)
            return session.run(request, subject: pseudonym) { _ in
                let paper = session.language.pick(de: " (auf Papier gegeben)", en: " (given on paper)")
                session.out(session.language.pick(de: "Einwilligung für \(pseudonym) vom \(DateText.show(iso))\(onPaper ? paper : "") erfasst (\(CaseworkLabels.scopes(scope, .german))).\n",
                                                  en: "Consent for \(pseudonym) of \(DateText.show(iso))\(onPaper ? paper : "") recorded (\(CaseworkLabels.scopes(scope, .english))).\n"))
            }
        }
    }

    static func handover(_ context: CommandContext) -> ExitCode {
        let session = session(context), pseudonym = context.parsed.operand(0)
        return session.attempt { () throws(ClientFailure) -> ExitCode in
            let target = try session.required(context.parsed.value("to"), option: "to", de: "Neue Integrationsmanager:in (Benutzername)", en: "New caseworker (user name)").get()
            return session.run(ReferralsProtocol.HandOverRequest(client: pseudonym, caseworker: target), subject: pseudonym) { _ in
                session.out(session.language.pick(de: "\(pseudonym) an \(target) übergeben.\n", en: "\(pseudonym) handed over to \(target).\n"))
            }
        }
    }
}
