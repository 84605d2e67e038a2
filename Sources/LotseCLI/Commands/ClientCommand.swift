import LotseCore
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
            var parameters: [String: JSONValue] = [:]
            switch session.required(parsed.value("municipality"), option: "municipality", de: "Gemeinde", en: "Municipality") {
            case .success(let value): parameters["municipality"] = .string(value)
            case .failure(let failure): return session.fail(failure)
            }
            if let pseudonym = parsed.value("pseudonym") {
                switch session.pseudonym(pseudonym, option: "pseudonym") {
                case .success(let value): parameters["pseudonym"] = .string(value)
                case .failure(let failure): return session.fail(failure)
                }
            }
            if let caseworker = parsed.value("caseworker") { parameters["caseworker"] = .string(caseworker) }
            return session.run("org.lotse.Referrals.CreateClient", parameters) { reply in
                let client = reply["client"]
                session.out(session.language.pick(
                    de: "Klient:in \(client?["pseudonym"]?.stringValue ?? "?") angelegt (\(client?["municipality"]?.stringValue ?? "")).\n",
                    en: "Client \(client?["pseudonym"]?.stringValue ?? "?") opened (\(client?["municipality"]?.stringValue ?? "")).\n"))
            }
        case "list":
            guard parsed.operands.isEmpty else { return usage(context) }
            var parameters: [String: JSONValue] = [:]
            if let caseworker = parsed.value("caseworker") { parameters["caseworker"] = .string(caseworker) }
            return session.run("org.lotse.Referrals.ListClients", parameters) { reply in
                session.out(ClientText.list(reply["clients"]?.arrayValue ?? [], language: session.language))
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
            return session.run("org.lotse.Referrals.GetClient", ["client": .string(pseudonym)], subject: pseudonym) { reply in
                session.out(ClientText.detail(reply["client"] ?? .null, language: session.language))
            }
        case "close", "reopen":
            let method = verb == "close" ? "org.lotse.Referrals.CloseClient" : "org.lotse.Referrals.ReopenClient"
            return session.run(method, ["client": .string(pseudonym)], subject: pseudonym) { reply in
                if verb == "close" {
                    let purge = DateText.show(reply["client"]?["purgeOn"]?.stringValue)
                    session.out(session.language.pick(de: "Fall \(pseudonym) abgeschlossen; die Daten werden am \(purge) gelöscht.\n",
                                                      en: "Case \(pseudonym) closed; its data will be deleted on \(purge).\n"))
                } else {
                    session.out(session.language.pick(de: "Fall \(pseudonym) wieder geöffnet.\n", en: "Case \(pseudonym) reopened.\n"))
                }
            }
        case "consent" where parsed.has("withdraw"):
            var parameters: [String: JSONValue] = ["client": .string(pseudonym)]
            if let text = parsed.value("date") {
                switch session.date(text, option: "date") {
                case .success(let iso): parameters["withdrawnOn"] = .string(iso)
                case .failure(let failure): return session.fail(failure)
                }
            }
            if let scope = parsed.value("scope") {
                parameters["scope"] = .array(scope.split(separator: ",").map { .string(String($0)) })
            }
            return session.run("org.lotse.Referrals.WithdrawConsent", parameters, subject: pseudonym) { reply in
                let count = reply["withdrawn"]?.integerValue ?? 0
                session.out(session.language.pick(de: "Widerruf für \(pseudonym) erfasst (\(count) Einwilligung\(count == 1 ? "" : "en")).\n",
                                                  en: "Withdrawal for \(pseudonym) recorded (\(count) consent\(count == 1 ? "" : "s")).\n"))
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
            var parameters: [String: JSONValue] = ["client": .string(pseudonym), "givenOn": .string(iso), "scope": .array(scope.map { .string($0) })]
            if onPaper { parameters["onPaper"] = .bool(true) }
            return session.run("org.lotse.Referrals.RecordConsent", parameters, subject: pseudonym) { _ in
                let paper = session.language.pick(de: " (auf Papier gegeben)", en: " (given on paper)")
                session.out(session.language.pick(de: "Einwilligung für \(pseudonym) vom \(DateText.show(iso))\(onPaper ? paper : "") erfasst (\(scope.joined(separator: ", "))).\n",
                                                  en: "Consent for \(pseudonym) of \(DateText.show(iso))\(onPaper ? paper : "") recorded (\(scope.joined(separator: ", "))).\n"))
            }
        default:
            let target: String
            switch session.required(parsed.value("to"), option: "to", de: "Neue:r Integrationsmanager:in (Benutzername)", en: "New caseworker (user name)") {
            case .success(let value): target = value
            case .failure(let failure): return session.fail(failure)
            }
            return session.run("org.lotse.Referrals.HandOver", ["client": .string(pseudonym), "caseworker": .string(target)],
                               subject: pseudonym) { _ in
                session.out(session.language.pick(de: "\(pseudonym) an \(target) übergeben.\n", en: "\(pseudonym) handed over to \(target).\n"))
            }
        }
    }
}
