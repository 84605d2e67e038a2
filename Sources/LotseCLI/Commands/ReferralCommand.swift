import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse referral submit|list|show|update|withdraw`: the caseworker's referrals to the
/// consultation service (coordinators: list and show for the whole district).
public enum ReferralCommand: CommandGroup {
    /// The verbs' actions, each on the caseworker session of its verb.
    public static var actions: [String: (CommandContext) -> ExitCode] {
        CaseworkSession.actions("referral", ["submit": submit, "list": list, "show": show, "update": update, "withdraw": withdraw])
    }

    /// The detail options shared by submit and update.
    struct Details {
        var kind: String?
        var language: String?
        var interpreter: Bool?
        var urgency: String?
        var urgencyReason: String?
        var note: String?
        var unavailableDates: [String]?
        var preferredSpecialist: Int64?
        var excludedSpecialists: [Int64]?

        /// Whether no detail is given.
        var isEmpty: Bool {
            kind == nil && language == nil && interpreter == nil && urgency == nil && urgencyReason == nil && note == nil
                && unavailableDates == nil && preferredSpecialist == nil && excludedSpecialists == nil
        }
    }

    /// The detail options as given.
    static func details(_ parsed: ParsedOptions, _ session: CaseworkSession) -> Result<Details, ClientFailure> {
        var details = Details(kind: parsed.value("kind"), language: parsed.value("language"), urgency: parsed.value("urgency"),
                              urgencyReason: parsed.value("urgency-reason"), note: parsed.value("note"))
        // Both at once contradict each other: refused, not decided by their order.
        if parsed.has("interpreter") && parsed.has("no-interpreter") {
            return .failure(ClientFailure(exitCode: .usage, de: "--interpreter und --no-interpreter schließen einander aus; geben Sie eines an.",
                                          en: "--interpreter and --no-interpreter contradict each other; give one of them."))
        }
        if parsed.has("interpreter") { details.interpreter = true }
        if parsed.has("no-interpreter") { details.interpreter = false }
        if let dates = parsed.list("unavailable") {
            var isoDates: [String] = []
            for text in dates {
                switch session.date(text, option: "unavailable") {
                case .success(let iso): isoDates.append(iso)
                case .failure(let failure): return .failure(failure)
                }
            }
            details.unavailableDates = isoDates
        }
        for option in ["prefer", "exclude"] {
            guard let words = parsed.list(option) else { continue }
            switch SpecialistReference.resolve(words, option: option, session.context, session.options) {
            case .success(let ids) where option == "prefer": details.preferredSpecialist = ids.last
            case .success(let ids): details.excludedSpecialists = ids
            case .failure(let failure): return .failure(failure)
            }
        }
        return .success(details)
    }

    static func submit(_ session: CaseworkSession) -> ExitCode {
        session.attempt { () throws(ClientFailure) -> ExitCode in
            let parsed = session.context.parsed
            // Acute risk first, before anything else is asked.
            let acute = try AcuteRiskQuestions.answers(parsed, session: session).get()
            if AcuteRiskQuestions.isAcute(acute) {
                return escalate(ReferralsProtocol.SubmitRequest(client: parsed.value("client"), acuteRisk: acute, kind: parsed.value("kind") ?? "assessment",
                                                                language: parsed.value("language") ?? "de", interpreter: false), session)
            }
            let kindText = try session.required(parsed.value("kind"), option: "kind", de: "Art (assessment, follow-up, consultation)",
                                                en: "Kind (assessment, follow-up, consultation)").get()
            var client: String?
            if kindText != "consultation" || parsed.value("client") != nil {
                client = try session.pseudonym(parsed.value("client")).get()
            }
            let language = try session.required(parsed.value("language"), option: "language", de: "Sprache (ISO 639, z. B. ar)", en: "Language (ISO 639, e.g. ar)").get()
            let details = try Self.details(parsed, session).get()
            var screening: Int64?
            if let text = parsed.value("screening") {
                screening = try session.number(text, option: "screening").get()
            }
            let urgency: ReferralsProtocol.SubmitRequest.Urgency? = try session.choice(details.urgency, option: "urgency").get()
            let request = ReferralsProtocol.SubmitRequest(
                client: client, acuteRisk: acute, kind: kindText, language: details.language ?? language, interpreter: details.interpreter ?? false,
                urgency: urgency, urgencyReason: details.urgencyReason, screening: screening, unavailableDates: details.unavailableDates,
                preferredSpecialist: details.preferredSpecialist, excludedSpecialists: details.excludedSpecialists, note: details.note,
                consentOverrideReason: parsed.value("consent-override"))
            return session.run(request, subject: client) { answer in
                guard let referral = answer.reply.referral else { return }
                let language = session.language
                session.out(language.pick(de: "Anmeldung \(referral.id) für \(CaseworkLabels.client(referral.client, language)) eingereicht (\(CaseworkLabels.urgency(referral.urgency?.rawValue, language))).\n",
                                          en: "Referral \(referral.id) for \(CaseworkLabels.client(referral.client, language)) submitted (\(CaseworkLabels.urgency(referral.urgency?.rawValue, language))).\n"))
                if referral.consentOverrideReason != nil {
                    session.out(language.pick(de: "Ohne erfasste Einwilligung eingereicht; die Begründung ist gespeichert und protokolliert.\n",
                                              en: "Submitted without recorded consent; the reason is stored and audited.\n"))
                }
            }
        }
    }

    /// Sends an acute-risk answer and prints the emergency route from the reply (or the
    /// built-in one when the daemon cannot be reached).
    static func escalate(_ request: ReferralsProtocol.SubmitRequest, _ session: CaseworkSession) -> ExitCode {
        switch session.call(request, subject: request.client) {
        case .success(let answer):
            AcuteRiskQuestions.printEscalation(answer.reply.escalation, session: session)
            return AcuteRiskQuestions.printJSON(answer, session: session)
        case .failure(let failure):
            AcuteRiskQuestions.printFallback(failure, session: session)
            return session.fail(failure)
        }
    }

    /// `list [MONTH]`: the month as operand or as `--month` (the operand wins), both read
    /// by the parser; with `--waiting` the waiting list of `roster waiting [MONTH]`.
    static func list(_ session: CaseworkSession) -> ExitCode {
        let parsed = session.context.parsed
        let month = parsed.operands.first ?? parsed.value("month")
        if parsed.has("waiting") { return RosterCommand.waiting(session.context, month: month) }
        var request = ReferralsProtocol.ListRequest(status: parsed.list("status"), caseworker: parsed.value("caseworker"))
        request.month = month
        return session.run(request) { answer in
            session.out(ReferralText.list(answer.reply, language: session.language))
        }
    }

    static func show(_ session: CaseworkSession) -> ExitCode {
        session.attempt { () throws(ClientFailure) -> ExitCode in
            let id = session.context.parsed.number(0)
            return session.run(ReferralsProtocol.GetRequest(id: id), subject: session.language.pick(de: "Anmeldung \(id)", en: "referral \(id)")) { answer in
                session.out(ReferralText.detail(answer.reply.referral, language: session.language))
            }
        }
    }

    static func update(_ session: CaseworkSession) -> ExitCode {
        session.attempt { () throws(ClientFailure) -> ExitCode in
            let parsed = session.context.parsed
            let id = parsed.number(0)
            let details = try Self.details(parsed, session).get()
            guard !details.isEmpty else {
                return session.usage(de: "Nichts zu ändern; siehe „lotse referral --help“.",
                                     en: "Nothing to change; see \"lotse referral --help\".")
            }
            let urgency: ReferralsProtocol.UpdateRequest.Urgency? = try session.choice(details.urgency, option: "urgency").get()
            let request = ReferralsProtocol.UpdateRequest(
                id: id, kind: details.kind, language: details.language, interpreter: details.interpreter, urgency: urgency,
                urgencyReason: details.urgencyReason, unavailableDates: details.unavailableDates, preferredSpecialist: details.preferredSpecialist,
                excludedSpecialists: details.excludedSpecialists, note: details.note)
            return session.run(request, subject: session.language.pick(de: "Anmeldung \(id)", en: "referral \(id)")) { answer in
                session.out(session.language.pick(de: "Anmeldung \(id) geändert.\n", en: "Referral \(id) updated.\n"))
                session.out(ReferralText.detail(answer.reply.referral, language: session.language))
            }
        }
    }

    static func withdraw(_ session: CaseworkSession) -> ExitCode {
        session.attempt { () throws(ClientFailure) -> ExitCode in
            let parsed = session.context.parsed
            let id = parsed.number(0)
            let reason: String = try session.required(parsed.value("reason"), option: "reason", de: "Grund", en: "Reason").get()
            return session.run(ReferralsProtocol.WithdrawRequest(id: id, reason: reason),
                               subject: session.language.pick(de: "Anmeldung \(id)", en: "referral \(id)")) { answer in
                session.out(session.language.pick(de: "Anmeldung \(id) zurückgezogen.\n", en: "Referral \(id) withdrawn.\n"))
                // Its appointment to come is cancelled with it: said, as the specialist is told.
                if let cancelled = answer.reply.cancelledAppointment {
                    session.out(session.language.pick(
                        de: "Ihr Termin \(cancelled.id) am \(DateText.show(cancelled.date)) um \(cancelled.time) Uhr ist abgesagt; die Fachkraft erfährt es, der Platz wird frei.\n",
                        en: "Its appointment \(cancelled.id) on \(DateText.show(cancelled.date)) at \(cancelled.time) is cancelled; the specialist is told and the slot is freed.\n"))
                }
            }
        }
    }
}
