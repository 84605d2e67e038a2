import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse assessment record|amend|history|show|list|attend|unresolved`: what happens at and after the
/// consultation — attendance, and the specialist's one-time assessment whose
/// recommendations and steps flow into the client's help plan.
public enum AssessmentCommand: DaemonCommandGroup {
    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        guard let verb = rest.first else { return usage(context) }
        let session = CaseworkSession(context: context, options: options, command: "lotse assessment \(verb)")
        let parsed = session.context.parsed
        let l = session.language
        let operands = parsed.operands
        switch verb {
        case "unresolved":
            guard operands.isEmpty else { return usage(context) }
            return session.run(AssessmentsProtocol.UnresolvedRequest()) { answer in
                let rows = answer.reply.appointments
                session.out(rows.isEmpty ? l.pick(de: "Keine offenen Termine.\n", en: "No unresolved appointments.\n")
                            : SpecialistText.appointments(rows, l, withDate: true))
            }
        case "attend":
            guard operands.count == 2, let id = Int64(operands[0]) else {
                return session.usage(de: "\(session.command): Terminnummer und Ergebnis angeben.", en: "\(session.command): give the appointment number and the outcome.")
            }
            return session.run(AssessmentsProtocol.RecordAttendanceRequest(appointment: id, attendance: operands[1]),
                               subject: l.pick(de: "Termin \(id)", en: "appointment \(id)")) { answer in
                let outcome = SpecialistText.attendance(answer.reply.appointment.attendance, l)
                session.out(AssessmentCommand.attendanceRecorded(id, outcome: outcome, referralStatus: answer.reply.referralStatus, l))
            }
        case "show":
            guard operands.count == 1, let id = Int64(operands[0]) else {
                return session.usage(de: "\(session.command): die Nummer der Einschätzung angeben.", en: "\(session.command): give the assessment number.")
            }
            return session.run(AssessmentsProtocol.GetRequest(id: id), subject: l.pick(de: "Einschätzung \(id)", en: "assessment \(id)")) { answer in
                session.out(SpecialistText.assessment(answer.reply.assessment, l))
            }
        case "list":
            let client: String
            switch session.pseudonym(operands.first) {
            case .success(let value): client = value
            case .failure(let failure): return session.fail(failure)
            }
            return session.run(AssessmentsProtocol.ListRequest(client: client), subject: client) { answer in
                let items = answer.reply.assessments
                session.out(items.isEmpty ? l.pick(de: "Keine Einschätzungen.\n", en: "No assessments.\n")
                            : items.map { SpecialistText.assessment($0, l) }.joined(separator: "\n"))
            }
        case "record":
            return record(session, parsed)
        case "amend":
            return amend(session, parsed)
        case "history":
            guard operands.count == 1, let id = Int64(operands[0]) else {
                return session.usage(de: "\(session.command): die Nummer der Einschätzung angeben.", en: "\(session.command): give the assessment number.")
            }
            return session.run(AssessmentsProtocol.HistoryRequest(id: id), subject: l.pick(de: "Einschätzung \(id)", en: "assessment \(id)")) { answer in
                session.out(SpecialistText.versions(answer.reply.versions, l))
            }
        default:
            return usage(context)
        }
    }

    /// The confirmation of `assessment attend`: "Termin 31: nicht erschienen erfasst; die
    /// Anmeldung wartet wieder auf einen Termin."
    static func attendanceRecorded(_ id: Int64, outcome: String, referralStatus: String?, _ l: OutputLanguage) -> String {
        let now = CaseworkLabels.statusNow(referralStatus, l)
        return l.pick(de: "Termin \(id): \(outcome) erfasst; die Anmeldung \(now).\n",
                      en: "Appointment \(id): \(outcome) recorded; the referral \(now).\n")
    }

    static func record(_ session: CaseworkSession, _ parsed: ParsedOptions) -> ExitCode {
        let l = session.language
        guard parsed.operands.count == 1, let id = Int64(parsed.operands[0]) else {
            return session.usage(de: "\(session.command): die Terminnummer angeben.", en: "\(session.command): give the appointment number.")
        }
        let note: String
        switch session.required(parsed.value("note"), option: "note", de: "Notiz", en: "Note") {
        case .success(let value): note = value
        case .failure(let failure): return session.fail(failure)
        }
        let (recommendations, steps, refused) = inputs(session, parsed)
        if let refused { return refused }
        if recommendations.isEmpty {
            return session.usage(de: "\(session.command): mindestens eine --recommend angeben.", en: "\(session.command): give at least one --recommend.")
        }
        let request = AssessmentsProtocol.RecordRequest(appointment: id, note: note, recommendations: recommendations, steps: steps)
        return session.run(request, subject: l.pick(de: "Termin \(id)", en: "appointment \(id)")) { answer in
            let reply = answer.reply
            session.out(l.pick(de: "Einschätzung \(reply.assessment.id) erfasst.", en: "Assessment \(reply.assessment.id) recorded.")
                        + consequences(helpPlanVersion: reply.helpPlanVersion, followUpReferral: reply.followUpReferral, l) + "\n")
        }
    }

    /// Corrects an assessment (`Assessments.Amend`).
    static func amend(_ session: CaseworkSession, _ parsed: ParsedOptions) -> ExitCode {
        let l = session.language
        guard parsed.operands.count == 1, let id = Int64(parsed.operands[0]) else {
            return session.usage(de: "\(session.command): die Nummer der Einschätzung angeben.", en: "\(session.command): give the assessment number.")
        }
        let reason: String
        switch session.required(parsed.value("reason"), option: "reason", de: "Grund der Korrektur", en: "Reason for the correction") {
        case .success(let value): reason = value
        case .failure(let failure): return session.fail(failure)
        }
        let (recommendations, steps, refused) = inputs(session, parsed)
        if let refused { return refused }
        let request = AssessmentsProtocol.AmendRequest(id: id, reason: reason, note: parsed.value("note"),
                                                       recommendations: recommendations.isEmpty ? nil : recommendations, steps: steps)
        return session.run(request, subject: l.pick(de: "Einschätzung \(id)", en: "assessment \(id)")) { answer in
            let reply = answer.reply
            let version = reply.version
            session.out(l.pick(de: "Einschätzung \(id) korrigiert: Version \(version); die vorige bleibt erhalten.",
                               en: "Assessment \(id) amended: version \(version); the previous one is kept.")
                        + consequences(helpPlanVersion: reply.helpPlanVersion, followUpReferral: reply.followUpReferral, l) + "\n")
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

    /// The `--recommend` and `--step` options, or the exit code of a refusal already reported.
    static func inputs(_ session: CaseworkSession, _ parsed: ParsedOptions)
        -> ([AssessmentsProtocol.RecommendationInput], [AssessmentsProtocol.StepInput], ExitCode?) {
        let (recommendations, badRecommendation) = recommendationInputs(session, parsed)
        if let badRecommendation { return ([], [], badRecommendation) }
        let (steps, badStep) = stepInputs(session, parsed)
        return (recommendations, steps, badStep)
    }

    /// The `--recommend CODE[:MONTHS]` options as `RecommendationInput`s, or the exit code
    /// of a refusal already reported.
    static func recommendationInputs(_ session: CaseworkSession, _ parsed: ParsedOptions) -> ([AssessmentsProtocol.RecommendationInput], ExitCode?) {
        var recommendations: [AssessmentsProtocol.RecommendationInput] = []
        for text in parsed.values["recommend"] ?? [] {
            let parts = text.split(separator: ":", maxSplits: 1).map { String($0).trimmingBlanksCLI() }
            var item = AssessmentsProtocol.RecommendationInput(code: parts.first ?? "")
            if parts.count == 2 {
                guard let months = Int64(parts[1]) else {
                    return ([], session.invalid(de: "--recommend: „\(text)“ – nach dem Doppelpunkt steht die Zahl der Monate.",
                                            en: "--recommend: '\(text)' – the number of months follows the colon."))
                }
                item.months = months
            }
            recommendations.append(item)
        }
        return (recommendations, nil)
    }

    /// The roles a step can be given to, as the daemon names them.
    static let owners = ["caseworker", "specialist", "coordinator"]

    /// A step's `OWNER[:USER]`: the role's code (the German word taken as well, and the
    /// glossary's `Integrationsmanager:in` despite its colon) and the account, if named.
    static func stepOwner(_ text: String) -> (owner: String, user: String?) {
        var rest = Substring(text)
        var role: String
        if text.lowercased().hasPrefix("integrationsmanager:in") {
            role = "caseworker"
            rest = rest.dropFirst("integrationsmanager:in".count)
            rest = rest.hasPrefix(":") ? rest.dropFirst() : rest
        } else {
            let pieces = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            role = ValueKind.canonical(String(pieces.first ?? ""), among: owners)
            rest = pieces.count == 2 ? pieces[1] : ""
        }
        role = role.isEmpty ? text : role
        return (role, rest.isEmpty ? nil : String(rest))
    }

    /// The `--step "DUE;OWNER[:USER];TEXT"` options as `StepInput`s, or the exit code of a
    /// refusal already reported.
    static func stepInputs(_ session: CaseworkSession, _ parsed: ParsedOptions) -> ([AssessmentsProtocol.StepInput], ExitCode?) {
        var steps: [AssessmentsProtocol.StepInput] = []
        for (index, text) in (parsed.values["step"] ?? []).enumerated() {
            let parts = text.split(separator: ";", maxSplits: 2, omittingEmptySubsequences: false).map { String($0).trimmingBlanksCLI() }
            guard parts.count == 3 else {
                return ([], session.invalid(de: "--step \(index + 1): „\(text)“ hat nicht die Form FÄLLIG;ZUSTÄNDIG;TEXT.",
                                        en: "--step \(index + 1): '\(text)' is not of the form DUE;OWNER;TEXT."))
            }
            guard let due = DateText.parse(parts[0]) else {
                return ([], session.invalid(de: "--step \(index + 1): „\(parts[0])“ ist kein Datum (TT.MM.JJJJ).",
                                        en: "--step \(index + 1): '\(parts[0])' is not a date (DD.MM.YYYY)."))
            }
            let (owner, user) = stepOwner(parts[1])
            steps.append(AssessmentsProtocol.StepInput(description: parts[2], owner: owner, ownerUser: user, dueOn: due))
        }
        return (steps, nil)
    }
}
