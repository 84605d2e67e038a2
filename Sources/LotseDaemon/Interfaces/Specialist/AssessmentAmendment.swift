import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.Assessments.Amend` and `.History`: the specialist who recorded an
/// assessment corrects it within `[assessments] amend_days` of recording it. One write
/// transaction: the version in force is kept whole in `assessment_versions`, the new one
/// takes its place (a new note, a new set of recommendations, steps added), the client's
/// help plan gets a version by the specialist that follows it (goals of recommendations
/// no longer given are dropped, new ones added, the step list rewritten), a changed
/// "present again" replaces the waiting follow-up referral, and the audit log says who
/// amended what (never the note or the reason: health data). Any refusal rolls all of
/// it back.
enum AssessmentAmendment {
    @Sendable static func amend(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: AssessmentsInterface.name)
        let given = try request.typed(AssessmentsProtocol.AmendRequest.self)
        return try call.write("assessment.amend") { db throws(CaseworkFailure) in
            let user = try call.userName()
            let id = AssessmentID(given.id)
            let repository = AssessmentRepository(db)
            // Only the author may amend: anyone else learns nothing about the record.
            guard let old = try call.store({ () throws(StoreError) in try repository.find(id) }),
                  let recording = try call.store({ () throws(StoreError) in try repository.recording(id) }),
                  call.caller.roles.contains(.specialist), recording.by == user else {
                throw CaseworkFailure(.denied(recordKind: "assessment", recordID: id.description))
            }
            try Self.checkPeriod(call, id: id, recordedAt: recording.at)
            // Why it is corrected: one line, under the rule every free text meets (no control
            // characters or direction marks that would turn the history around on screen).
            let reason = try ReferralInput.bounded(given.reason, field: "reason", max: 500, oneLine: true)
            let note = try given.note.map { (text: String) throws(CaseworkFailure) in try AssessmentRecording.note(text) }
            let recommendations = try given.recommendations.map { (items) throws(CaseworkFailure) in
                try AssessmentRecording.recommendations(items, call)
            }
            let referral = try call.store { () throws(StoreError) in try ReferralRepository(db).referral(old.referral) }
            guard let entry = try call.store({ () throws(StoreError) in try SpecialistAgenda(db).attended(referral: old.referral) }) else {
                throw .invalid("assessment", en: "the appointment of assessment \(id) is no longer known", de: "der Termin der Einschätzung \(id) ist nicht mehr bekannt")
            }
            let added = try AssessmentRecording.steps(given.steps ?? [], call, db, entry: entry, referral: referral, specialist: user)
            let amended: Assessment
            switch old.amended(note: note, recommendations: recommendations, addedSteps: added) {
            case .success(let made): amended = made
            case .failure(let error) where error.field == "assessment":
                throw .invalid("assessment", en: "nothing to amend: give --note, --recommend or --step",
                               de: "nichts zu korrigieren: geben Sie --note, --recommend oder --step an")
            case .failure(let error): throw .model(error)
            }
            let version = try call.store { () throws(StoreError) in try repository.amend(amended, reason: reason, by: user, now: call.now) }
            let followUp = try Self.followUp(call, db, original: referral, old: old, new: amended)
            var planVersion: Int?
            if let client = referral.client,
               var plan = try call.store({ () throws(StoreError) in try HelpPlanRepository(db).findCurrent(client: client) }) {
                let language = try call.store { () throws(StoreError) in try CaseworkerRepository(db).entry(referral.caseworker)?.language } ?? .de
                let steps = AssessmentHelpPlanEntry.stepNotes(amended.steps.filter { $0.status != .dropped }, language: language)
                let change = plan.amendAssessment(from: old, to: amended, catalogue: call.configuration.recommendations, language: language,
                                                  author: user, at: call.now) { notes in
                    AssessmentHelpPlanEntry.replacingStepLinks(in: notes, with: steps)
                }
                _ = try call.store { () throws(StoreError) in try HelpPlanRepository(db).save(plan) }
                planVersion = plan.current.number
                try call.audit(db, "helpplan.change", kind: "client", id: client.description,
                               detail: "version \(plan.current.number): assessment \(id) amended, \(EnglishCount.of(change.dropped.count, "goal")) dropped, \(change.added.count) added")
            }
            var what: [String] = []
            if note != nil { what.append("note") }
            if recommendations != nil { what.append("recommendations") }
            if !added.isEmpty { what.append("\(EnglishCount.of(added.count, "new step"))") }
            try call.audit(db, "assessment.amend", kind: "assessment", id: id.description,
                           detail: "version \(version): " + what.joined(separator: ", "))
            let specialistName = try call.store { () throws(StoreError) in try SpecialistRepository(db).find(amended.specialist)?.name } ?? ""
            return [
                "assessment": SpecialistValues.assessment(amended, client: referral.client, specialistName: specialistName,
                                                          catalogue: call.configuration.recommendations, today: call.today),
                "version": .integer(Int64(version)),
                "helpPlanVersion": planVersion.map { .integer(Int64($0)) } ?? .null,
                "followUpReferral": followUp.map { .integer($0.rawValue) } ?? .null,
            ]
        }
    }

    /// Refuses an amendment after `[assessments] amend_days` (or when that is 0).
    static func checkPeriod(_ call: CaseworkCall, id: AssessmentID, recordedAt: Date) throws(CaseworkFailure) {
        let days = call.configuration.assessments.amendDays
        guard days > 0 else {
            throw .invalid("assessment", en: "assessments cannot be amended here ([assessments] amend_days = 0)",
                           de: "Einschätzungen können hier nicht korrigiert werden ([assessments] amend_days = 0)")
        }
        let recorded = CaseworkClock.day(recordedAt)
        let last = recorded.adding(days: days)
        guard call.today <= last else {
            throw .invalid("assessment", en: "assessment \(id) was recorded on \(recorded.displayText); it could be amended for \(days) days, until \(last.displayText)",
                           de: "Einschätzung \(id) wurde am \(recorded.displayText) erfasst; sie konnte \(days) Tage lang korrigiert werden, bis zum \(last.displayText)")
        }
    }

    /// Keeps the "present again" follow-up referral in step with the amendment: a
    /// changed date or a dropped recommendation withdraws the waiting one, a new or
    /// changed one submits a fresh referral waiting until its date. A follow-up that is
    /// no longer waiting (already planned or seen) cannot change any more.
    static func followUp(_ call: CaseworkCall, _ db: Connection, original: Referral, old: Assessment,
                         new: Assessment) throws(CaseworkFailure) -> ReferralID? {
        let existingID: ReferralID?
        if let client = original.client {
            existingID = try call.store { () throws(StoreError) in try AssessmentRepository(db).followUpReferral(of: old.id, client: client) }
        } else {
            existingID = nil
        }
        guard old.presentAgainDate != new.presentAgainDate else { return existingID }
        if let existingID {
            var existing = try call.store { () throws(StoreError) in try ReferralRepository(db).referral(existingID) }
            if existing.status != .withdrawn {
                guard existing.status == .waiting else {
                    throw .invalid("recommendation", en: "follow-up referral \(existingID) is \(existing.status.rawValue) already; \"present again\" can no longer change",
                                   de: "Folgeanmeldung \(existingID) ist schon \(existing.status.rawValue); „erneut vorstellen“ kann sich nicht mehr ändern")
                }
                if case .failure(let error) = existing.withdraw(reason: "assessment \(old.id) amended: present-again changed") { throw .model(error) }
                try call.store { () throws(StoreError) in try ReferralRepository(db).update(existing, now: call.now) }
                try call.audit(db, "referral.withdraw", kind: "referral", id: existingID.description, detail: "assessment \(old.id) amended")
            }
        }
        return try AssessmentRecording.presentAgain(call, db, original: original, assessment: new)
    }

    @Sendable static func history(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let call = CaseworkCall(request, interface: AssessmentsInterface.name)
        return try call.read("assessment.read") { db, audit throws(CaseworkFailure) in
            let id = AssessmentID(call.integer("id") ?? 0)
            guard let assessment = try call.store({ () throws(StoreError) in try AssessmentRepository(db).find(id) }) else {
                if call.seesAll { throw CaseworkFailure(.notFound(record: "assessment", id: id.description)) }
                throw CaseworkFailure(.denied(recordKind: "assessment", recordID: id.description))
            }
            let referral = try call.store { () throws(StoreError) in try ReferralRepository(db).referral(assessment.referral) }
            let specialist = try call.store { () throws(StoreError) in try SpecialistRepository(db).find(assessment.specialist) }
            // Its author and the client's caseworker read the history; the notes in it only
            // where `ConsentPolicy` opens them (the caseworker: with exchange-with-specialist).
            let roles = call.audiences(caseworker: referral.caseworker, specialistUser: specialist?.user.value)
                .intersection([.caseworker, .specialist])
            guard !roles.isEmpty else {
                throw CaseworkFailure(.denied(recordKind: "assessment", recordID: id.description))
            }
            let visible = ConsentPolicy.visible(to: roles, consent: try call.scopes(of: referral.client, in: db))
            let versions = try call.store { () throws(StoreError) in try AssessmentRepository(db).versions(id) }
            if let client = referral.client { audit.disclose(client) }
            audit.describe(kind: "assessment", id: id.description, detail: "history, \(EnglishCount.of(versions.count, "version"))")
            let catalogue = call.configuration.recommendations
            return ["versions": .array(versions.map { version in
                ConsentRedaction.apply([
                    "number": .integer(Int64(version.number)),
                    "note": .string(version.note),
                    "recommendations": .array(version.recommendations.map { r in
                        let entry = catalogue.entry(r.code)
                        return ["code": .string(r.code.value), "months": r.months.map { .integer(Int64($0)) } ?? .null,
                                "labelDe": .string(entry?.label(in: .de, months: r.months) ?? r.code.value),
                                "labelEn": .string(entry?.label(in: .en, months: r.months) ?? r.code.value)]
                    }),
                    "steps": .array(version.steps.map { .integer($0.rawValue) }),
                    "writtenBy": .string(version.writtenBy.value),
                    "writtenAt": CaseworkValues.instant(version.writtenAt),
                    "reason": version.reason.map { .string($0) } ?? .null,
                ], ConsentRedaction.assessment, visible: visible)
            })]
        }
    }
}
