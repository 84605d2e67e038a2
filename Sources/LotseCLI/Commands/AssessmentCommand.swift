import LotseCore
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
            return session.run("org.lotse.Assessments.Unresolved", [:]) { reply in
                let rows = reply["appointments"]?.arrayValue ?? []
                session.out(rows.isEmpty ? l.pick(de: "Keine offenen Termine.\n", en: "No unresolved appointments.\n")
                            : SpecialistText.appointments(rows, l, withDate: true))
            }
        case "attend":
            guard operands.count == 2, let id = Int64(operands[0]) else {
                return session.usage(de: "\(session.command): Terminnummer und Ergebnis angeben.", en: "\(session.command): give the appointment number and the outcome.")
            }
            return session.run("org.lotse.Assessments.RecordAttendance", ["appointment": .integer(id), "attendance": .string(operands[1])],
                               subject: l.pick(de: "Termin \(id)", en: "appointment \(id)")) { reply in
                let outcome = SpecialistText.attendance(reply["appointment"]?["attendance"]?.stringValue, l)
                let status = CaseworkLabels.status(reply["referralStatus"]?.stringValue, l)
                session.out(l.pick(de: "Termin \(id): \(outcome) erfasst; die Anmeldung ist jetzt \(status).\n",
                                   en: "Appointment \(id): \(outcome) recorded; the referral is now \(status).\n"))
            }
        case "show":
            guard operands.count == 1, let id = Int64(operands[0]) else {
                return session.usage(de: "\(session.command): die Nummer der Einschätzung angeben.", en: "\(session.command): give the assessment number.")
            }
            return session.run("org.lotse.Assessments.Get", ["id": .integer(id)], subject: l.pick(de: "Einschätzung \(id)", en: "assessment \(id)")) { reply in
                session.out(SpecialistText.assessment(reply["assessment"], l))
            }
        case "list":
            let client: String
            switch session.pseudonym(operands.first) {
            case .success(let value): client = value
            case .failure(let failure): return session.fail(failure)
            }
            return session.run("org.lotse.Assessments.List", ["client": .string(client)], subject: client) { reply in
                let items = reply["assessments"]?.arrayValue ?? []
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
            return session.run("org.lotse.Assessments.History", ["id": .integer(id)], subject: l.pick(de: "Einschätzung \(id)", en: "assessment \(id)")) { reply in
                session.out(SpecialistText.versions(reply["versions"]?.arrayValue ?? [], l))
            }
        default:
            return usage(context)
        }
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
        let (recommendations, badRecommendation) = recommendationInputs(session, parsed)
        if let badRecommendation { return badRecommendation }
        let (steps, badStep) = stepInputs(session, parsed)
        if let badStep { return badStep }
        if recommendations.isEmpty {
            return session.usage(de: "\(session.command): mindestens eine --recommend angeben.", en: "\(session.command): give at least one --recommend.")
        }
        let parameters: [String: JSONValue] = ["appointment": .integer(id), "note": .string(note),
                                               "recommendations": .array(recommendations), "steps": .array(steps)]
        return session.run("org.lotse.Assessments.Record", parameters, subject: l.pick(de: "Termin \(id)", en: "appointment \(id)")) { reply in
            let assessment = reply["assessment"]?["id"]?.integerValue ?? 0
            var text = l.pick(de: "Einschätzung \(assessment) erfasst.", en: "Assessment \(assessment) recorded.")
            if let version = reply["helpPlanVersion"]?.integerValue {
                text += l.pick(de: " Integrationsplan: Version \(version).", en: " Help plan: version \(version).")
            }
            if let referral = reply["followUpReferral"]?.integerValue {
                text += l.pick(de: " Folgeanmeldung \(referral) wartet bis zum vereinbarten Datum.",
                               en: " Follow-up referral \(referral) waits until the agreed date.")
            }
            session.out(text + "\n")
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
        let (recommendations, badRecommendation) = recommendationInputs(session, parsed)
        if let badRecommendation { return badRecommendation }
        let (steps, badStep) = stepInputs(session, parsed)
        if let badStep { return badStep }
        var parameters: [String: JSONValue] = ["id": .integer(id), "reason": .string(reason), "steps": .array(steps)]
        if let note = parsed.value("note") { parameters["note"] = .string(note) }
        if !recommendations.isEmpty { parameters["recommendations"] = .array(recommendations) }
        return session.run("org.lotse.Assessments.Amend", parameters, subject: l.pick(de: "Einschätzung \(id)", en: "assessment \(id)")) { reply in
            let version = reply["version"]?.integerValue ?? 0
            var text = l.pick(de: "Einschätzung \(id) korrigiert: Version \(version); die vorige bleibt erhalten.",
                              en: "Assessment \(id) amended: version \(version); the previous one is kept.")
            if let plan = reply["helpPlanVersion"]?.integerValue {
                text += l.pick(de: " Integrationsplan: Version \(plan).", en: " Help plan: version \(plan).")
            }
            if let referral = reply["followUpReferral"]?.integerValue {
                text += l.pick(de: " Folgeanmeldung \(referral) wartet bis zum vereinbarten Datum.",
                               en: " Follow-up referral \(referral) waits until the agreed date.")
            }
            session.out(text + "\n")
        }
    }

    /// The `--recommend CODE[:MONTHS]` options as `RecommendationInput`s, or the exit code
    /// of a refusal already reported.
    static func recommendationInputs(_ session: CaseworkSession, _ parsed: ParsedOptions) -> ([JSONValue], ExitCode?) {
        var recommendations: [JSONValue] = []
        for text in parsed.values["recommend"] ?? [] {
            let parts = text.split(separator: ":", maxSplits: 1).map { String($0).trimmingBlanksCLI() }
            var item: [String: JSONValue] = ["code": .string(parts.first ?? "")]
            if parts.count == 2 {
                guard let months = Int64(parts[1]) else {
                    return ([], session.invalid(de: "--recommend: „\(text)“ – nach dem Doppelpunkt steht die Zahl der Monate.",
                                            en: "--recommend: '\(text)' – the number of months follows the colon."))
                }
                item["months"] = .integer(months)
            }
            recommendations.append(.object(item))
        }
        return (recommendations, nil)
    }

    /// The `--step "DUE;OWNER[:USER];TEXT"` options as `StepInput`s, or the exit code of a
    /// refusal already reported.
    static func stepInputs(_ session: CaseworkSession, _ parsed: ParsedOptions) -> ([JSONValue], ExitCode?) {
        var steps: [JSONValue] = []
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
            let owner = parts[1].split(separator: ":", maxSplits: 1).map(String.init)
            var item: [String: JSONValue] = ["dueOn": .string(due), "owner": .string(owner.first ?? ""), "description": .string(parts[2])]
            if owner.count == 2 { item["ownerUser"] = .string(owner[1]) }
            steps.append(.object(item))
        }
        return (steps, nil)
    }
}
