import LotseCore
import LotseVarlink

/// `lotse client new|list|show|consent|handover`: clients as pseudonyms — no names or
/// contact data are ever stored; the caseworker keeps the link to the person.
public enum ClientCommand: CommandGroup {
    /// The word.
    public static let name = "client"
    /// For `lotse help`.
    public static let summary = "clients (pseudonyms), consent, hand-over / Klient:innen, Einwilligung, Übergabe"
    /// Full help.
    public static let help = """
    lotse client new --municipality ID [--pseudonym K-YYYY-NNNN]
        Opens a client for you. Without --pseudonym the daemon issues the next free one.
    lotse client list [--caseworker USER]       your clients (coordinators: all, or one caseworker's)
    lotse client show K-YYYY-NNNN
    lotse client consent K-YYYY-NNNN --date DD.MM.YYYY [--scope referral,screening,exchange-with-specialist]
        Records the client's consent (default scope: referral).
    lotse client handover K-YYYY-NNNN --to USER  coordinators: hand the client to another caseworker

    Options: --json, --socket PATH, --config PATH.
    Exit status: 0 ok, 64 usage, 65 a value is wrong, 69 daemon not running, 77 not your client or role.
    """

    /// Runs the group.
    public static func run(_ context: CommandContext) -> ExitCode {
        let (options, rest): (ClientOptions, [String])
        switch ClientOptions.extract(from: context.arguments) {
        case .success(let parsed): (options, rest) = parsed
        case .failure(let failure): return failure.report(context)
        }
        guard let verb = rest.first else { return usage(context) }
        let session = CaseworkSession(context: context, options: options, command: "lotse client \(verb)")
        let values: Set<String>
        switch verb {
        case "new": values = ["municipality", "pseudonym"]
        case "list": values = ["caseworker"]
        case "show": values = []
        case "consent": values = ["date", "scope"]
        case "handover": values = ["to"]
        default: return usage(context)
        }
        let parsed: ParsedOptions
        switch OptionParser.parse(Array(rest.dropFirst()), values: values, command: session.command) {
        case .success(let p): parsed = p
        case .failure(let failure): return session.fail(failure)
        }
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
        case "consent":
            let dateText: String
            switch session.required(parsed.value("date"), option: "date", de: "Datum der Einwilligung (TT.MM.JJJJ)", en: "Date of consent (DD.MM.YYYY)") {
            case .success(let value): dateText = value
            case .failure(let failure): return session.fail(failure)
            }
            let iso: String
            switch session.date(dateText, option: "date") {
            case .success(let value): iso = value
            case .failure(let failure): return session.fail(failure)
            }
            let scope = parsed.list("scope") ?? ["referral"]
            return session.run("org.lotse.Referrals.RecordConsent",
                               ["client": .string(pseudonym), "givenOn": .string(iso), "scope": .array(scope.map { .string($0) })],
                               subject: pseudonym) { _ in
                session.out(session.language.pick(de: "Einwilligung für \(pseudonym) vom \(DateText.show(iso)) erfasst (\(scope.joined(separator: ", "))).\n",
                                                  en: "Consent for \(pseudonym) of \(DateText.show(iso)) recorded (\(scope.joined(separator: ", "))).\n"))
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

    static func usage(_ context: CommandContext) -> ExitCode {
        context.terminal.err(context.language.pick(de: "Aufruf:\n", en: "Usage:\n") + help + "\n")
        return .usage
    }
}

/// How clients read for people.
enum ClientText {
    static func consents(_ client: JSONValue, _ l: OutputLanguage) -> String {
        let consents = client["consents"]?.arrayValue ?? []
        guard !consents.isEmpty else { return l.pick(de: "keine", en: "none") }
        return consents.map { consent in
            var text = DateText.show(consent["givenOn"]?.stringValue) + " ("
                + (consent["scope"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: ", ") + ")"
            if let withdrawn = consent["withdrawnOn"]?.stringValue {
                text += l.pick(de: ", widerrufen am ", en: ", withdrawn on ") + DateText.show(withdrawn)
            }
            return text
        }.joined(separator: "; ")
    }

    static func list(_ clients: [JSONValue], language l: OutputLanguage) -> String {
        guard !clients.isEmpty else { return l.pick(de: "Keine Klient:innen.\n", en: "No clients.\n") }
        var table = TextTable(header: l == .german
            ? ["Pseudonym", "Gemeinde", "Integrationsmanager:in", "Seit", "Einwilligung", "Offene Anmeldung"]
            : ["Pseudonym", "Municipality", "Caseworker", "Since", "Consent", "Open referral"])
        for client in clients {
            table.add([
                client["pseudonym"]?.stringValue ?? "?",
                client["municipality"]?.stringValue ?? "",
                client["caseworker"]?.stringValue ?? "",
                DateText.show(client["openedOn"]?.stringValue),
                (client["consents"]?.arrayValue ?? []).isEmpty ? l.pick(de: "nein", en: "no") : l.pick(de: "ja", en: "yes"),
                client["openReferral"]?.integerValue.map(String.init) ?? "—",
            ])
        }
        return table.rendered
    }

    static func detail(_ client: JSONValue, language l: OutputLanguage) -> String {
        let lines: [(String, String)] = [
            (l.pick(de: "Pseudonym", en: "Pseudonym"), client["pseudonym"]?.stringValue ?? "?"),
            (l.pick(de: "Integrationsmanager:in", en: "Caseworker"), client["caseworker"]?.stringValue ?? ""),
            (l.pick(de: "Gemeinde", en: "Municipality"), client["municipality"]?.stringValue ?? ""),
            (l.pick(de: "Status", en: "Status"), client["status"]?.stringValue == "closed"
                ? l.pick(de: "abgeschlossen am ", en: "closed on ") + DateText.show(client["closedOn"]?.stringValue)
                : l.pick(de: "aktiv", en: "active")),
            (l.pick(de: "Eröffnet am", en: "Opened on"), DateText.show(client["openedOn"]?.stringValue)),
            (l.pick(de: "Einwilligungen", en: "Consents"), consents(client, l)),
            (l.pick(de: "Offene Anmeldung", en: "Open referral"), client["openReferral"]?.integerValue.map(String.init) ?? "—"),
        ]
        let width = lines.map(\.0.count).max() ?? 0
        return lines.map { $0.0 + ":" + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 + "\n" }.joined()
    }
}
