import LotseCore
import LotseVarlink

/// `lotse referral submit|list|show|update|withdraw`: the caseworker's referrals to the
/// consultation service (coordinators: list and show for the whole district).
public enum ReferralCommand: DaemonCommandGroup {
    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        if verb == "list", context.parsed.has("waiting") {
            return RosterCommand.waiting(context, options, context.parsed.operands)
        }
        let session = CaseworkSession(context: context, options: options, command: "lotse referral \(verb)")
        switch verb {
        case "submit": return submit(session)
        case "list": return list(session)
        case "show": return show(session)
        case "update": return update(session)
        case "withdraw": return withdraw(session)
        default: return usage(context)
        }
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
        for (option, key) in [("prefer", "preferredSpecialist"), ("exclude", "excludedSpecialists")] {
            guard let words = parsed.list(option) else { continue }
            switch SpecialistReference.resolve(words, option: option, session.context, session.options) {
            case .success(let ids): parameters[key] = option == "prefer" ? ids.last.map { .integer($0) } ?? .null : .array(ids.map { .integer($0) })
            case .failure(let failure): return .failure(failure)
            }
        }
        return .success(parameters)
    }

    static func submit(_ session: CaseworkSession) -> ExitCode {
        let parsed = session.context.parsed
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

    static func list(_ session: CaseworkSession) -> ExitCode {
        let parsed = session.context.parsed
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

    static func show(_ session: CaseworkSession) -> ExitCode {
        let parsed = session.context.parsed
        switch referralID(parsed, session) {
        case .failure(let failure): return session.fail(failure)
        case .success(let id):
            return session.run("org.lotse.Referrals.Get", ["id": .integer(id)], subject: session.language.pick(de: "Anmeldung \(id)", en: "referral \(id)")) { reply in
                session.out(ReferralText.detail(reply["referral"] ?? .null, language: session.language))
            }
        }
    }

    static func update(_ session: CaseworkSession) -> ExitCode {
        let parsed = session.context.parsed
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

    static func withdraw(_ session: CaseworkSession) -> ExitCode {
        let parsed = session.context.parsed
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
