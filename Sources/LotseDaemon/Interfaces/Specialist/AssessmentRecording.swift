import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.Assessments.Record`: one write transaction that records the assessment of
/// an attended appointment, closes the referral, adds the recommendations and steps to
/// the client's help plan as a new version by the specialist, and for "present again in
/// N months" submits the follow-up referral that waits until then. Any refusal — not the
/// caller's appointment, recorded already, an unknown code, a step due before the
/// appointment — rolls all of it back.
enum AssessmentRecording {
    @Sendable static func record(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: AssessmentsInterface.name)
        let given = try request.typed(AssessmentsProtocol.RecordRequest.self)
        return try call.write("assessment.record") { db throws(CaseworkFailure) in
            let user = try call.userName()
            let id = given.appointment
            let found = try call.store { () throws(StoreError) in try SpecialistAgenda(db).entry(appointment: id) }
            guard let entry = found, call.isSpecialist(of: entry) else {
                throw CaseworkFailure(.denied(recordKind: "appointment", recordID: String(id)))
            }
            var referral = try call.store { () throws(StoreError) in try ReferralRepository(db).referral(entry.referral) }
            if let existing = entry.assessment {
                throw .invalid("appointment", en: "referral \(referral.id) already has its assessment (\(existing)); it is recorded only once",
                               de: "Anmeldung \(referral.id) hat schon ihre Einschätzung (\(existing)); sie wird nur einmal erfasst")
            }
            if entry.sessionCancelled || (entry.attendance.map { $0 != .attended } ?? false) {
                let what = entry.sessionCancelled ? "cancelled-by-service" : entry.attendance?.rawValue ?? ""
                throw .invalid("appointment", en: "appointment \(id) is \(what); an assessment needs an attended appointment",
                               de: "Termin \(id) ist \(what); eine Einschätzung braucht einen wahrgenommenen Termin")
            }
            if entry.date > call.today {
                throw .invalid("appointment", en: "appointment \(id) is on \(entry.date.displayText); record the assessment on or after that day",
                               de: "Termin \(id) ist am \(entry.date.displayText); erfassen Sie die Einschätzung an diesem Tag oder danach")
            }
            let recommendations = try Self.recommendations(given.recommendations, call)
            if entry.attendance == nil {
                if case .failure(let error) = referral.record(.attended, policy: call.configuration.planning.noShowPolicy) {
                    throw .invalid("appointment", en: "referral \(referral.id): \(error)", de: "Anmeldung \(referral.id): \(error.germanDescription)")
                }
                try call.store { () throws(StoreError) in
                    try AppointmentRepository(db).recordAttendance(id, .attended, by: user, at: call.now)
                    try ReferralRepository(db).update(referral, now: call.now)
                }
                try call.audit(db, "attendance.record", kind: "appointment", id: String(id), detail: "referral \(referral.id)")
            }
            let note = try Self.note(given.note)
            let steps = try Self.steps(given.steps, call, db, entry: entry, referral: referral, specialist: user)
            let repository = AssessmentRepository(db)
            let assessmentID = try call.store { () throws(StoreError) in try repository.nextID() }
            let assessment: Assessment
            switch Assessment.record(id: assessmentID, referral: referral, slot: entry.slot, specialist: entry.specialist,
                                     appointmentDate: entry.date, note: note,
                                     recommendations: recommendations, steps: steps) {
            case .success(let made): assessment = made
            case .failure(let error): throw .model(error)
            }
            if case .failure(let error) = referral.close() {
                throw .invalid("appointment", en: "referral \(referral.id): \(error)", de: "Anmeldung \(referral.id): \(error.germanDescription)")
            }
            try call.store { () throws(StoreError) in
                try repository.insert(assessment, by: user, now: call.now)
                try ReferralRepository(db).update(referral, now: call.now)
            }
            let followUp = try Self.presentAgain(call, db, original: referral, assessment: assessment)
            var version: Int?
            if let client = referral.client {
                let existing = try call.store { () throws(StoreError) in try HelpPlanRepository(db).findCurrent(client: client) }
                let language = try call.store { () throws(StoreError) in try CaseworkerRepository(db).entry(referral.caseworker)?.language } ?? .de
                let plan = AssessmentHelpPlanEntry.apply(
                    to: existing, client: client, assessment: assessment, catalogue: call.configuration.recommendations,
                    language: language, author: user, at: call.now, today: call.today,
                    reviewMonths: call.configuration.helpPlan.reviewIntervalMonths)
                _ = try call.store { () throws(StoreError) in try HelpPlanRepository(db).save(plan) }
                version = plan.current.number
                try call.audit(db, "helpplan.change", kind: "client", id: client.description,
                               detail: "version \(plan.current.number): assessment \(assessment.id) recorded")
            }
            // Which recommendations were given is health data: the entry names the
            // assessment and its referral, never the codes.
            try call.audit(db, "assessment.record", kind: "assessment", id: assessment.id.description,
                           detail: "referral \(referral.id), \(EnglishCount.of(steps.count, "step"))")
            return [
                "assessment": SpecialistValues.assessment(assessment, client: referral.client, specialistName: entry.specialistName,
                                                          catalogue: call.configuration.recommendations, today: call.today),
                "helpPlanVersion": version.map { .integer(Int64($0)) } ?? .null,
                "followUpReferral": followUp.map { .integer($0.rawValue) } ?? .null,
            ]
        }
    }

    /// The recommendations, checked against the catalogue first so that each refusal
    /// reads in both languages (the model's checks remain the last word).
    static func recommendations(_ items: [AssessmentsProtocol.RecommendationInput], _ call: CaseworkCall) throws(CaseworkFailure) -> [Recommendation] {
        let catalogue = call.configuration.recommendations
        if items.isEmpty {
            throw .invalid("recommendation", en: "at least one recommendation is needed", de: "mindestens eine Empfehlung ist nötig")
        }
        var seen: Set<String> = []
        var result: [Recommendation] = []
        for item in items {
            let months = item.months.map { Int(clamping: $0) }
            guard let entry = catalogue.resolve(item.code) else { throw .model(catalogue.unknown(item.code)) }
            let code = entry.code.value
            if entry.takesMonths, months == nil {
                throw .invalid("months", en: "\(code) needs a number of months", de: "\(code) braucht eine Zahl von Monaten (z. B. \(code):3)")
            }
            if let months, entry.takesMonths, !(1...24).contains(months) {
                throw .invalid("months", en: "\(months) is not between 1 and 24", de: "\(months) liegt nicht zwischen 1 und 24")
            }
            if months != nil, !entry.takesMonths {
                throw .invalid("months", en: "\(code) takes no number of months", de: "\(code) hat keine Zahl von Monaten")
            }
            guard seen.insert(code).inserted else {
                throw .invalid("recommendation", en: "\(code) is given twice", de: "\(code) ist doppelt angegeben")
            }
            switch Recommendation.make(code: code, months: months, catalogue: catalogue) {
            case .success(let recommendation): result.append(recommendation)
            case .failure(let error): throw .model(error)
            }
        }
        return result
    }

    /// A note the specialist writes (recording or amending), checked for its length
    /// without its surrounding blanks; it is stored as written.
    static func note(_ text: String) throws(CaseworkFailure) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed.count > Assessment.maxNoteLength {
            throw .invalid("note", en: "the note needs 1 to \(Assessment.maxNoteLength) characters (it has \(trimmed.count))",
                           de: "die Notiz braucht 1 bis \(Assessment.maxNoteLength) Zeichen (sie hat \(trimmed.count))")
        }
        return text
    }

    static func steps(_ items: [AssessmentsProtocol.StepInput], _ call: CaseworkCall, _ db: Connection, entry: AgendaEntry, referral: Referral,
                      specialist: UserName) throws(CaseworkFailure) -> [FollowUpStep] {
        var steps: [FollowUpStep] = []
        for (index, item) in items.enumerated() {
            let label = "step \(index + 1)"
            let roleText = item.owner
            guard let role = Role(rawValue: roleText), role != .admin else {
                throw .invalid("owner", en: "\(label): \"\(roleText)\" is not an owner (caseworker, specialist, coordinator)",
                               de: "Schritt \(index + 1): „\(roleText)“ ist keine zuständige Rolle (caseworker, specialist, coordinator)")
            }
            let owner = try Self.owner(role: role, given: item.ownerUser, label: label, index: index,
                                       defaults: (referral.caseworker.value, specialist.value, entry.publishedBy))
            let dueText = item.dueOn
            guard let due = CalendarDate(iso: dueText) else {
                throw .invalid("due date", en: "\(label): \"\(dueText)\" is not a date (YYYY-MM-DD)",
                               de: "Schritt \(index + 1): „\(dueText)“ ist kein Datum (JJJJ-MM-TT)")
            }
            if due < entry.date {
                throw .invalid("due date", en: "\(label): \(due.displayText) is before the appointment on \(entry.date.displayText)",
                               de: "Schritt \(index + 1): \(due.displayText) liegt vor dem Termin am \(entry.date.displayText)")
            }
            let description = item.description.trimmingCharacters(in: .whitespacesAndNewlines)
            if description.isEmpty || description.count > FollowUpStep.maxDescriptionLength {
                throw .invalid("description", en: "\(label): the description needs 1 to \(FollowUpStep.maxDescriptionLength) characters",
                               de: "Schritt \(index + 1): die Beschreibung braucht 1 bis \(FollowUpStep.maxDescriptionLength) Zeichen")
            }
            let stepID = try call.store { () throws(StoreError) in try AssessmentRepository(db).nextStepID() }
            switch FollowUpStep.make(id: stepID, client: referral.client, description: item.description,
                                     owner: owner, dueOn: due, appointmentDate: entry.date) {
            case .success(let step): steps.append(step)
            case .failure(let error):
                throw .invalid(error.field, en: "\(label): \(error.message)", de: "Schritt \(index + 1): \(error.messageDe)")
            }
        }
        return steps
    }

    /// The step's owner: the user given, else the referral's caseworker, the recording
    /// specialist, or the coordinator who published the appointment's roster.
    static func owner(role: Role, given: String?, label: String, index: Int,
                      defaults: (caseworker: String, specialist: String, coordinator: String?)) throws(CaseworkFailure) -> StepOwner {
        let text: String? = given ?? {
            switch role {
            case .caseworker: return defaults.caseworker
            case .specialist: return defaults.specialist
            case .coordinator, .admin: return defaults.coordinator
            }
        }()
        guard let text, let user = UserName(text) else {
            throw .invalid("owner", en: "\(label): name the owning user (ownerUser) for a \(role.rawValue) step",
                           de: "Schritt \(index + 1): nennen Sie die zuständige Person (ownerUser) für einen Schritt der Rolle \(role.rawValue)")
        }
        switch StepOwner.make(role: role, user: user) {
        case .success(let owner): return owner
        case .failure(let error): throw .model(error)
        }
    }

    /// For "present again in N months": the follow-up referral, waiting until its date.
    static func presentAgain(_ call: CaseworkCall, _ db: Connection, original: Referral, assessment: Assessment) throws(CaseworkFailure) -> ReferralID? {
        guard assessment.presentAgainDate != nil, original.client != nil else { return nil }
        let id = try call.store { () throws(StoreError) in try ReferralRepository(db).nextID() }
        switch Referral.presentAgain(id: id, original: original, assessment: assessment, referredOn: call.today) {
        case .success(let referral):
            try call.store { () throws(StoreError) in try ReferralRepository(db).insert(referral, now: call.now) }
            try call.audit(db, "referral.submit", kind: "referral", id: id.description,
                           detail: "follow-up of referral \(original.id), waiting until \(referral.notBefore?.description ?? "?")")
            return id
        case .failure(let error):
            throw .model(error)
        }
    }
}
