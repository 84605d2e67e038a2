import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse assessment record|amend|history|show|list|attend|unresolved`: what happens at and after the
/// consultation — attendance, and the specialist's one-time assessment whose
/// recommendations and steps flow into the client's help plan.
public enum AssessmentCommand: CommandGroup {
    /// The verbs' actions, each on the caseworker session of its verb.
    public static var actions: [String: (CommandContext) -> ExitCode] {
        CaseworkSession.actions("assessment", [
            "unresolved": unresolved, "attend": attend, "show": show, "list": list, "record": record, "amend": amend, "history": history,
        ])
    }

    static func unresolved(_ session: CaseworkSession) -> ExitCode {
        let l = session.language
        return session.run(AssessmentsProtocol.UnresolvedRequest()) { answer in
            let rows = answer.reply.appointments
            session.out(rows.isEmpty ? l.pick(de: "Keine offenen Termine.\n", en: "No unresolved appointments.\n")
                        : SpecialistText.appointments(rows, l, withDate: true))
        }
    }

    /// `attend APPOINTMENT OUTCOME`: the outcome is one of the declared words, as the parser checked.
    static func attend(_ session: CaseworkSession) -> ExitCode {
        let l = session.language, parsed = session.context.parsed
        let id = parsed.number(0)
        return session.run(AssessmentsProtocol.RecordAttendanceRequest(appointment: id, attendance: parsed.operand(1)),
                           subject: l.pick(de: "Termin \(id)", en: "appointment \(id)")) { answer in
            let outcome = SpecialistText.attendance(answer.reply.appointment.attendance, l)
            session.out(AssessmentCommand.attendanceRecorded(id, outcome: outcome, referralStatus: answer.reply.referralStatus, l))
        }
    }

    /// The confirmation of `assessment attend`: "Termin 31: nicht erschienen erfasst; die
    /// Anmeldung wartet wieder auf einen Termin."
    static func attendanceRecorded(_ id: Int64, outcome: String, referralStatus: String?, _ l: OutputLanguage) -> String {
        let now = CaseworkLabels.statusNow(referralStatus, l)
        return l.pick(de: "Termin \(id): \(outcome) erfasst; die Anmeldung \(now).\n",
                      en: "Appointment \(id): \(outcome) recorded; the referral \(now).\n")
    }

    static func show(_ session: CaseworkSession) -> ExitCode {
        let l = session.language, id = session.context.parsed.number(0)
        return session.run(AssessmentsProtocol.GetRequest(id: id), subject: l.pick(de: "Einschätzung \(id)", en: "assessment \(id)")) { answer in
            session.out(SpecialistText.assessment(answer.reply.assessment, l))
        }
    }

    static func list(_ session: CaseworkSession) -> ExitCode {
        let l = session.language, client = session.context.parsed.operand(0)
        return session.run(AssessmentsProtocol.ListRequest(client: client), subject: client) { answer in
            let items = answer.reply.assessments
            session.out(items.isEmpty ? l.pick(de: "Keine Einschätzungen.\n", en: "No assessments.\n")
                        : items.map { SpecialistText.assessment($0, l) }.joined(separator: "\n"))
        }
    }

    static func history(_ session: CaseworkSession) -> ExitCode {
        let l = session.language, id = session.context.parsed.number(0)
        return session.run(AssessmentsProtocol.HistoryRequest(id: id), subject: l.pick(de: "Einschätzung \(id)", en: "assessment \(id)")) { answer in
            session.out(SpecialistText.versions(answer.reply.versions, l))
        }
    }

    /// `record APPOINTMENT --note … --recommend …` (the parser has seen to --recommend).
    static func record(_ session: CaseworkSession) -> ExitCode {
        send(session, required: ("note", "Notiz", "Note"), subject: ("Termin", "appointment")) { id, note, inputs in
            AssessmentsProtocol.RecordRequest(appointment: id, note: note, recommendations: inputs.recommendations, steps: inputs.steps)
        } said: { reply, _, l in
            l.pick(de: "Einschätzung \(reply.assessment.id) erfasst.", en: "Assessment \(reply.assessment.id) recorded.")
                + consequences(helpPlanVersion: reply.helpPlanVersion, followUpReferral: reply.followUpReferral, l)
        }
    }

    /// Corrects an assessment (`Assessments.Amend`).
    static func amend(_ session: CaseworkSession) -> ExitCode {
        send(session, required: ("reason", "Grund der Korrektur", "Reason for the correction"),
             subject: ("Einschätzung", "assessment")) { id, reason, inputs in
            AssessmentsProtocol.AmendRequest(id: id, reason: reason, note: session.context.parsed.value("note"),
                                             recommendations: inputs.recommendations.isEmpty ? nil : inputs.recommendations,
                                             steps: inputs.steps)
        } said: { reply, id, l in
            l.pick(de: "Einschätzung \(id) korrigiert: Version \(reply.version); die vorige bleibt erhalten.",
                   en: "Assessment \(id) amended: version \(reply.version); the previous one is kept.")
                + consequences(helpPlanVersion: reply.helpPlanVersion, followUpReferral: reply.followUpReferral, l)
        }
    }

    /// What `record` and `amend` share: the number operand, one required text (asked for
    /// on a terminal), the recommendations and steps, the call, and one sentence saying
    /// what happened.
    static func send<Request: LotseRequest>(
        _ session: CaseworkSession, required: (option: String, de: String, en: String), subject: (de: String, en: String),
        request: (Int64, String, (recommendations: [AssessmentsProtocol.RecommendationInput], steps: [AssessmentsProtocol.StepInput])) -> Request,
        said: @escaping (Request.Reply, Int64, OutputLanguage) -> String) -> ExitCode {
        session.attempt { () throws(ClientFailure) -> ExitCode in
            let l = session.language, parsed = session.context.parsed
            let id = parsed.number(0)
            let text = try session.required(parsed.value(required.option), option: required.option, de: required.de, en: required.en).get()
            let call = request(id, text, try inputs(parsed))
            return session.run(call, subject: l.pick(de: "\(subject.de) \(id)", en: "\(subject.en) \(id)")) { answer in
                session.out(said(answer.reply, id, l) + "\n")
            }
        }
    }

    /// What an assessment changed beyond itself, as the end of its sentence: the help
    /// plan's new version, a follow-up referral waiting for its date.
    static func consequences(helpPlanVersion: Int64?, followUpReferral: Int64?, _ l: OutputLanguage) -> String {
        var text = ""
        if let version = helpPlanVersion {
            text += l.pick(de: " Integrationsplan: Version \(version).", en: " Help plan: version \(version).")
        }
        if let referral = followUpReferral {
            text += l.pick(de: " Folgeanmeldung \(referral) wartet bis zum vereinbarten Datum.",
                           en: " Follow-up referral \(referral) waits until the agreed date.")
        }
        return text
    }

    /// The `--recommend` and `--step` options of `record` and `amend`, read once for both;
    /// the first that is malformed refuses.
    static func inputs(_ parsed: ParsedOptions) throws(ClientFailure)
        -> (recommendations: [AssessmentsProtocol.RecommendationInput], steps: [AssessmentsProtocol.StepInput]) {
        (try recommendationInputs(parsed), try stepInputs(parsed))
    }

    /// The `--recommend CODE[:MONTHS]` options as `RecommendationInput`s.
    static func recommendationInputs(_ parsed: ParsedOptions) throws(ClientFailure) -> [AssessmentsProtocol.RecommendationInput] {
        var recommendations: [AssessmentsProtocol.RecommendationInput] = []
        for text in parsed.values["recommend"] ?? [] {
            let parts = text.split(separator: ":", maxSplits: 1).map { String($0).trimmingBlanksCLI() }
            var item = AssessmentsProtocol.RecommendationInput(code: parts.first ?? "")
            if parts.count == 2 {
                guard let months = Int64(parts[1]) else {
                    throw ClientFailure(exitCode: .usage, de: "--recommend: „\(text)“ – nach dem Doppelpunkt steht die Zahl der Monate.",
                                        en: "--recommend: \"\(text)\" – the number of months follows the colon.")
                }
                item.months = months
            }
            recommendations.append(item)
        }
        return recommendations
    }

    /// The `--step "DUE;OWNER[:USER];TEXT"` options as `StepInput`s.
    static func stepInputs(_ parsed: ParsedOptions) throws(ClientFailure) -> [AssessmentsProtocol.StepInput] {
        var steps: [AssessmentsProtocol.StepInput] = []
        for (index, text) in (parsed.values["step"] ?? []).enumerated() {
            let parts = text.split(separator: ";", maxSplits: 2, omittingEmptySubsequences: false).map { String($0).trimmingBlanksCLI() }
            guard parts.count == 3 else {
                throw ClientFailure(exitCode: .usage, de: "--step \(index + 1): „\(text)“ hat nicht die Form FÄLLIG;ZUSTÄNDIG;TEXT.",
                                    en: "--step \(index + 1): \"\(text)\" is not of the form DUE;OWNER;TEXT.")
            }
            guard let due = DateText.parse(parts[0]) else {
                throw ClientFailure(exitCode: .usage, de: "--step \(index + 1): „\(parts[0])“ ist kein Datum (TT.MM.JJJJ).",
                                    en: "--step \(index + 1): \"\(parts[0])\" is not a date (DD.MM.YYYY).")
            }
            let (role, user) = try owner(parts[1], option: "--step \(index + 1)").get()
            steps.append(AssessmentsProtocol.StepInput(description: parts[2], owner: role, ownerUser: user, dueOn: due))
        }
        return steps
    }

    /// A step's owner `ROLE[:USER]`: the role in either language, any case, read as the
    /// follow-up roles are everywhere (`Fachkraft`, `caseworker`, `Integrationsmanager:in`),
    /// the longest part before a colon that is a role; what follows that colon is the user.
    public static func owner(_ text: String, option: String) -> Result<(String, String?), ClientFailure> {
        let kind = ValueKind.keyword(FollowUpCommand.roles)
        var colons = text.indices.filter { text[$0] == ":" }
        colons.append(text.endIndex)
        for end in colons.reversed() {
            guard case .success(let role) = kind.read(String(text[..<end]), for: option) else { continue }
            let user = end < text.endIndex ? String(text[text.index(after: end)...]).trimmingBlanksCLI() : ""
            return .success((role, user.isEmpty ? nil : user))
        }
        return kind.read(String(text[..<(colons.first ?? text.endIndex)]), for: option).map { ($0, nil) }
    }
}
