import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse client new|list|show|consent|handover`: clients as pseudonyms — no names or
/// contact data are ever stored; the caseworker keeps the link to the person.
public enum ClientCommand: DaemonCommandGroup {
    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        let session = CaseworkSession(context: context, options: options, command: "lotse client \(verb)")
        let parsed = context.parsed
        switch verb {
        case "new":
            guard parsed.operands.isEmpty else { return usage(context) }
            var request: ReferralsProtocol.CreateClientRequest
            switch session.required(parsed.value("municipality"), option: "municipality", de: "Gemeinde", en: "Municipality") {
            case .success(let value): request = ReferralsProtocol.CreateClientRequest(municipality: value, caseworker: parsed.value("caseworker"))
            case .failure(let failure): return session.fail(failure)
            }
            if let pseudonym = parsed.value("pseudonym") {
                switch session.pseudonym(pseudonym, option: "pseudonym") {
                case .success(let value): request.pseudonym = value
                case .failure(let failure): return session.fail(failure)
                }
            }
            return session.run(request) { answer in
                let client = answer.reply.client
                session.out(session.language.pick(de: "Klient:in \(client.pseudonym) angelegt (\(client.municipality)).\n",
                                                  en: "Client \(client.pseudonym) opened (\(client.municipality)).\n"))
            }
        case "list":
            guard parsed.operands.isEmpty else { return usage(context) }
            return session.run(ReferralsProtocol.ListClientsRequest(caseworker: parsed.value("caseworker"))) { answer in
                session.out(ClientText.list(answer.reply.clients, language: session.language))
            }
        default:
            break
        }
        guard parsed.operands.count <= 1 else { return usage(context) }
        let pseudonym: String
        switch session.pseudonym(parsed.operands.first, option: "client") {
        case .success(let value): pseudonym = value
        case .failure(let failure): return session.fail(failure)
        }
        switch verb {
        case "show":
            return session.run(ReferralsProtocol.GetClientRequest(client: pseudonym), subject: pseudonym) { answer in
                session.out(ClientText.detail(answer.reply.client, language: session.language))
            }
        case "close", "reopen":
            if verb == "reopen" {
                return session.run(ReferralsProtocol.ReopenClientRequest(client: pseudonym), subject: pseudonym) { _ in
                    session.out(session.language.pick(de: "Fall \(pseudonym) wieder geöffnet.\n", en: "Case \(pseudonym) reopened.\n"))
                }
            }
            return session.run(ReferralsProtocol.CloseClientRequest(client: pseudonym), subject: pseudonym) { answer in
                let purge = DateText.show(answer.reply.client.purgeOn)
                session.out(session.language.pick(de: "Fall \(pseudonym) abgeschlossen; die Daten werden am \(purge) gelöscht.\n",
                                                  en: "Case \(pseudonym) closed; its data will be deleted on \(purge).\n"))
            }
        case "consent" where parsed.has("withdraw"):
            var request = ReferralsProtocol.WithdrawConsentRequest(client: pseudonym)
            if let text = parsed.value("date") {
                switch session.date(text, option: "date") {
                case .success(let iso): request.withdrawnOn = iso
                case .failure(let failure): return session.fail(failure)
                }
            }
            if let scope = parsed.value("scope") {
                request.scope = scope.split(separator: ",").map(String.init)
            }
            return session.run(request, subject: pseudonym) { answer in
                let count = answer.reply.withdrawn
                session.out(session.language.pick(de: "Widerruf für \(pseudonym) erfasst (\(CountText.count(Int64(count), one: "Einwilligung", many: "Einwilligungen"))).\n",
                                                  en: "Withdrawal for \(pseudonym) recorded (\(CountText.count(Int64(count), one: "consent", many: "consents"))).\n"))
            }
        case "consent":
            if parsed.value("given") != nil && parsed.value("date") != nil {
                return session.usage(de: "\(session.command): entweder --date (im Fall gegeben) oder --given (auf Papier gegeben) angeben, nicht beides.",
                                     en: "\(session.command): give either --date (given in the case) or --given (given on paper), not both.")
            }
            let onPaper = parsed.value("given") != nil
            let dateText: String
            switch onPaper ? .success(parsed.value("given") ?? "")
                : session.required(parsed.value("date"), option: "date", de: "Datum der Einwilligung (TT.MM.JJJJ)", en: "Date of consent (DD.MM.YYYY)") {
            case .success(let value): dateText = value
            case .failure(let failure): return session.fail(failure)
            }
            let iso: String
            switch session.date(dateText, option: onPaper ? "given" : "date") {
            case .success(let value): iso = value
            case .failure(let failure): return session.fail(failure)
            }
            let scope = parsed.list("scope") ?? ["referral"]
            let request = ReferralsProtocol.RecordConsentRequest(client: pseudonym, givenOn: iso, scope: scope, onPaper: onPaper ? true : nil)
            return session.run(request, subject: pseudonym) { _ in
                let paper = session.language.pick(de: " (auf Papier gegeben)", en: " (given on paper)")
                session.out(session.language.pick(de: "Einwilligung für \(pseudonym) vom \(DateText.show(iso))\(onPaper ? paper : "") erfasst (\(CaseworkLabels.scopes(scope, .german))).\n",
                                                  en: "Consent for \(pseudonym) of \(DateText.show(iso))\(onPaper ? paper : "") recorded (\(CaseworkLabels.scopes(scope, .english))).\n"))
            }
        default:
            let target: String
            switch session.required(parsed.value("to"), option: "to", de: "Neue Integrationsmanager:in (Benutzername)", en: "New caseworker (user name)") {
            case .success(let value): target = value
            case .failure(let failure): return session.fail(failure)
            }
            return session.run(ReferralsProtocol.HandOverRequest(client: pseudonym, caseworker: target), subject: pseudonym) { _ in
                session.out(session.language.pick(de: "\(pseudonym) an \(target) übergeben.\n", en: "\(pseudonym) handed over to \(target).\n"))
            }
        }
    }
}
