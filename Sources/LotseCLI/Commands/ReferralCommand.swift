import LotseCore
import LotseVarlink

/// `lotse referral submit|list|show|update|withdraw`: the caseworker's referrals to the
/// consultation service (coordinators: list and show for the whole district).
public enum ReferralCommand: DaemonCommandGroup {
    /// The word.
    public static let name = "referral"
    /// For `lotse help`.
    public static let summary = "submit, list, show, update, withdraw referrals / Anmeldungen"
    /// Full help.
    public static let help = """
    lotse referral submit --client K-YYYY-NNNN --kind KIND --language CODE [options]
        Refers a client. Acute-risk questions come first: a yes queues nothing, prints the
        emergency route and alerts the coordinators. Missing required values are asked
        for when standard input is a terminal.
          --kind assessment|follow-up|consultation
          --language CODE             ISO 639 code of the consultation language (ar, uk, fa, prs, ti, ...)
          --interpreter               an interpreter is needed
          --screening ID              the screening the urgency comes from (default: the client's latest)
          --urgency routine|elevated|high  with --urgency-reason TEXT, when not from a screening
          --unavailable DATE,...      days the client cannot come (DD.MM.YYYY)
          --prefer SPECIALIST-ID      preferred specialist; --exclude ID,... excluded ones
          --note TEXT                 short note for the specialist (at most 500 characters)
          --consent-override REASON   submit without recorded consent (stored and audited)
    \(AcuteRiskQuestions.help)
    lotse referral list [--status S,...] [--month MM.YYYY] [--caseworker USER]
        Own referrals (coordinators: all), with waiting time and slot or reason for waiting.
    lotse referral list --waiting [YYYY-MM]
        Coordinators: the waiting list by urgency and waiting time, with the reason from the
        last plan and the over-limit flag (as lotse roster waiting).
    lotse referral show ID
    lotse referral update ID [--kind K] [--language C] [--interpreter|--no-interpreter] [--urgency U --urgency-reason R]
                             [--unavailable DATES] [--prefer ID|0] [--exclude IDS] [--note TEXT]
        Only while the referral is waiting.
    lotse referral withdraw ID --reason TEXT

    Options: --json (machine-readable), --socket PATH, --config PATH.
    Exit status: 0 ok, 64 usage, 65 a value is wrong (the message names it), 69 daemon not
    running, 77 not your client or not your role.
    """

    /// `--help` after a verb prints this group's help.
    public static let answersHelpAfterVerb = true

    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        if verb == "list", rest.contains("--waiting") {
            return RosterCommand.waiting(context, options, rest.dropFirst().filter { $0 != "--waiting" })
        }
        let session = CaseworkSession(context: context, options: options, command: "lotse referral \(verb)")
        let arguments = Array(rest.dropFirst())
        switch verb {
        case "submit": return submit(arguments, session)
        case "list": return list(arguments, session)
        case "show": return show(arguments, session)
        case "update": return update(arguments, session)
        case "withdraw": return withdraw(arguments, session)
        default: return usage(context)
        }
    }

    static func parse(_ arguments: [String], _ session: CaseworkSession, values: Set<String>, flags: Set<String> = []) -> Result<ParsedOptions, ClientFailure> {
        OptionParser.parse(arguments, values: values, flags: flags, command: session.command)
    }

    /// The detail options shared by submit and update, as call parameters.
    static func details(_ parsed: ParsedOptions, _ session: CaseworkSession) -> Result<[String: JSONValue], ClientFailure> {
        var parameters: [String: JSONValue] = [:]
        if let kind = parsed.value("kind") { parameters["kind"] = .string(kind) }
        if let language = parsed.value("language") { parameters["language"] = .string(language) }
        if parsed.has("interpreter") { parameters["interpreter"] = true }
        if parsed.has("no-interpreter") { parameters["interpreter"] = false }
        if let urgency = parsed.value("urgency") { parameters["urgency"] = .string(urgency) }
        if let reason = parsed.value("urgency-reason") { parameters["urgencyReason"] = .string(reason) }
        if let note = parsed.value("note") { parameters["note"] = .string(note) }
        if let dates = parsed.list("unavailable") {
            var isoDates: [JSONValue] = []
            for text in dates {
                switch session.date(text, option: "unavailable") {
                case .success(let iso): isoDates.append(.string(iso))
                case .failure(let failure): return .failure(failure)
                }
            }
            parameters["unavailableDates"] = .array(isoDates)
        }
        if let text = parsed.value("prefer") {
            switch session.number(text, option: "prefer") {
            case .success(let id): parameters["preferredSpecialist"] = .integer(id)
            case .failure(let failure): return .failure(failure)
            }
        }
        if let texts = parsed.list("exclude") {
            var ids: [JSONValue] = []
            for text in texts {
                switch session.number(text, option: "exclude") {
                case .success(let id): ids.append(.integer(id))
                case .failure(let failure): return .failure(failure)
                }
            }
            parameters["excludedSpecialists"] = .array(ids)
        }
        return .success(parameters)
    }

    static let detailValues: Set<String> = ["kind", "language", "urgency", "urgency-reason", "note", "unavailable", "prefer", "exclude"]

    static func submit(_ arguments: [String], _ session: CaseworkSession) -> ExitCode {
        let parsed: ParsedOptions
        switch parse(arguments, session, values: detailValues.union(["client", "screening", "consent-override"]).union(AcuteRiskQuestions.valueOptions),
                     flags: ["interpreter", AcuteRiskQuestions.flag]) {
        case .success(let p): parsed = p
        case .failure(let failure): return session.fail(failure)
        }
        guard parsed.operands.isEmpty else { return usage(session.context) }
        // Acute risk first, before anything else is asked.
        let acute: JSONValue
        switch AcuteRiskQuestions.answers(parsed, session: session) {
        case .success(let value): acute = value
        case .failure(let failure): return session.fail(failure)
        }
        var parameters: [String: JSONValue] = ["acuteRisk": acute, "interpreter": false]
        if AcuteRiskQuestions.isAcute(acute) {
            if let client = parsed.value("client") { parameters["client"] = .string(client) }
            parameters["kind"] = .string(parsed.value("kind") ?? "assessment")
            parameters["language"] = .string(parsed.value("language") ?? "de")
            return escalate(parameters, session)
        }
        let kindText: String
        switch session.required(parsed.value("kind"), option: "kind", de: "Art (assessment, follow-up, consultation)",
                                en: "Kind (assessment, follow-up, consultation)") {
        case .success(let value): kindText = value
        case .failure(let failure): return session.fail(failure)
        }
        if kindText != "consultation" || parsed.value("client") != nil {
            switch session.pseudonym(parsed.value("client")) {
            case .success(let client): parameters["client"] = .string(client)
            case .failure(let failure): return session.fail(failure)
            }
        }
        switch session.required(parsed.value("language"), option: "language", de: "Sprache (ISO 639, z. B. ar)", en: "Language (ISO 639, e.g. ar)") {
        case .success(let value): parameters["language"] = .string(value)
        case .failure(let failure): return session.fail(failure)
        }
        switch details(parsed, session) {
        case .success(let more): parameters.merge(more) { _, new in new }
        case .failure(let failure): return session.fail(failure)
        }
        parameters["kind"] = .string(kindText)
        if let text = parsed.value("screening") {
            switch session.number(text, option: "screening") {
            case .success(let id): parameters["screening"] = .integer(id)
            case .failure(let failure): return session.fail(failure)
            }
        }
        if let reason = parsed.value("consent-override") { parameters["consentOverrideReason"] = .string(reason) }
        let subject = parameters["client"]?.stringValue
        switch session.call("org.lotse.Referrals.Submit", parameters, subject: subject) {
        case .failure(let failure): return session.fail(failure)
        case .success(let reply):
            return session.show(reply) { reply in
                guard let referral = reply["referral"] else { return }
                let language = session.language
                session.out(language.pick(de: "Anmeldung \(referral["id"]?.integerValue ?? 0) für \(referral["client"]?.stringValue ?? "—") eingereicht (\(CaseworkLabels.urgency(referral["urgency"]?.stringValue, language))).\n",
                                          en: "Referral \(referral["id"]?.integerValue ?? 0) for \(referral["client"]?.stringValue ?? "—") submitted (\(CaseworkLabels.urgency(referral["urgency"]?.stringValue, language))).\n"))
                if referral["consentOverrideReason"]?.stringValue != nil {
                    session.out(language.pick(de: "Ohne erfasste Einwilligung eingereicht; die Begründung ist gespeichert und protokolliert.\n",
                                              en: "Submitted without recorded consent; the reason is stored and audited.\n"))
                }
            }
        }
    }

    /// Sends an acute-risk answer and prints the emergency route from the reply (or the
    /// built-in one when the daemon cannot be reached).
    static func escalate(_ parameters: [String: JSONValue], _ session: CaseworkSession) -> ExitCode {
        switch session.call("org.lotse.Referrals.Submit", parameters, subject: parameters["client"]?.stringValue) {
        case .success(let reply):
            if let escalation = reply["escalation"], !escalation.isNull {
                AcuteRiskQuestions.printEscalation(escalation, session: session)
            }
            if session.options.json { session.out(JSONValue.object(reply).serialized + "\n") }
            return .ok
        case .failure(let failure):
            AcuteRiskQuestions.printFallback(failure, session: session)
            return session.fail(failure)
        }
    }

    static func list(_ arguments: [String], _ session: CaseworkSession) -> ExitCode {
        let parsed: ParsedOptions
        switch parse(arguments, session, values: ["status", "month", "caseworker"]) {
        case .success(let p): parsed = p
        case .failure(let failure): return session.fail(failure)
        }
        guard parsed.operands.isEmpty else { return usage(session.context) }
        var parameters: [String: JSONValue] = [:]
        if let statuses = parsed.list("status") { parameters["status"] = .array(statuses.map { .string($0) }) }
        if let text = parsed.value("month") {
            guard let month = DateText.parseMonth(text) else {
                return session.invalid(de: "--month: „\(text)“ ist kein Monat (MM.JJJJ).", en: "--month: '\(text)' is not a month (MM.YYYY).")
            }
            parameters["month"] = .string(month)
        }
        if let caseworker = parsed.value("caseworker") { parameters["caseworker"] = .string(caseworker) }
        return session.run("org.lotse.Referrals.List", parameters) { reply in
            session.out(ReferralText.list(reply, language: session.language))
        }
    }

    static func referralID(_ parsed: ParsedOptions, _ session: CaseworkSession) -> Result<Int64, ClientFailure> {
        guard parsed.operands.count == 1, let text = parsed.operands.first else {
            return .failure(ClientFailure(exitCode: .usage, de: "Geben Sie genau eine Anmeldungsnummer an; siehe „\(session.command) --help“.",
                                          en: "Give exactly one referral number; see '\(session.command) --help'."))
        }
        guard let id = Int64(text), id > 0 else {
            return .failure(ClientFailure(exitCode: .dataError, de: "Anmeldung: „\(text)“ ist keine Anmeldungsnummer.",
                                          en: "referral: '\(text)' is not a referral number."))
        }
        return .success(id)
    }

    static func show(_ arguments: [String], _ session: CaseworkSession) -> ExitCode {
        let parsed: ParsedOptions
        switch parse(arguments, session, values: []) {
        case .success(let p): parsed = p
        case .failure(let failure): return session.fail(failure)
        }
        switch referralID(parsed, session) {
        case .failure(let failure): return session.fail(failure)
        case .success(let id):
            return session.run("org.lotse.Referrals.Get", ["id": .integer(id)], subject: session.language.pick(de: "Anmeldung \(id)", en: "referral \(id)")) { reply in
                session.out(ReferralText.detail(reply["referral"] ?? .null, language: session.language))
            }
        }
    }

    static func update(_ arguments: [String], _ session: CaseworkSession) -> ExitCode {
        let parsed: ParsedOptions
        switch parse(arguments, session, values: detailValues, flags: ["interpreter", "no-interpreter"]) {
        case .success(let p): parsed = p
        case .failure(let failure): return session.fail(failure)
        }
        let id: Int64
        switch referralID(parsed, session) {
        case .success(let value): id = value
        case .failure(let failure): return session.fail(failure)
        }
        var parameters: [String: JSONValue]
        switch details(parsed, session) {
        case .success(let values): parameters = values
        case .failure(let failure): return session.fail(failure)
        }
        guard !parameters.isEmpty else {
            return session.usage(de: "Nichts zu ändern; siehe „lotse referral --help“.",
                                 en: "Nothing to change; see 'lotse referral --help'.")
        }
        parameters["id"] = .integer(id)
        return session.run("org.lotse.Referrals.Update", parameters, subject: session.language.pick(de: "Anmeldung \(id)", en: "referral \(id)")) { reply in
            session.out(session.language.pick(de: "Anmeldung \(id) geändert.\n", en: "Referral \(id) updated.\n"))
            session.out(ReferralText.detail(reply["referral"] ?? .null, language: session.language))
        }
    }

    static func withdraw(_ arguments: [String], _ session: CaseworkSession) -> ExitCode {
        let parsed: ParsedOptions
        switch parse(arguments, session, values: ["reason"]) {
        case .success(let p): parsed = p
        case .failure(let failure): return session.fail(failure)
        }
        let id: Int64
        switch referralID(parsed, session) {
        case .success(let value): id = value
        case .failure(let failure): return session.fail(failure)
        }
        let reason: String
        switch session.required(parsed.value("reason"), option: "reason", de: "Grund", en: "Reason") {
        case .success(let value): reason = value
        case .failure(let failure): return session.fail(failure)
        }
        return session.run("org.lotse.Referrals.Withdraw", ["id": .integer(id), "reason": .string(reason)],
                           subject: session.language.pick(de: "Anmeldung \(id)", en: "referral \(id)")) { _ in
            session.out(session.language.pick(de: "Anmeldung \(id) zurückgezogen.\n", en: "Referral \(id) withdrawn.\n"))
        }
    }
}
