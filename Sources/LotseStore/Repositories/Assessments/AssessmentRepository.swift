import Foundation
import LotseCore

/// Assessments (the anamnesis note is health data), their recommendations and the
/// follow-up steps they set.
public struct AssessmentRepository {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The assessments as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// A fresh assessment id (never reused), for `Assessment.record(id:…)`.
    public func nextID() throws(StoreError) -> AssessmentID {
        AssessmentID(try IDSequence(db).next("assessments"))
    }

    /// A fresh follow-up step id (never reused), for `FollowUpStep.make(id:…)`.
    public func nextStepID() throws(StoreError) -> FollowUpStepID {
        FollowUpStepID(try IDSequence(db).next("follow-up-steps"))
    }

    /// Stores an assessment with its recommendations and steps, recorded by `user`. One
    /// assessment per referral: recording again is refused and changes nothing.
    public func insert(_ assessment: Assessment, by user: UserName, now: Date) throws(StoreError) {
        if let existing = try db.fetchValue(Int64.self, "SELECT id FROM assessments WHERE referral_id = ?", [assessment.referral]) {
            throw StoreError(kind: .invalidValue(field: "referral"),
                             message: "Referral \(assessment.referral) already has its assessment (\(existing)); it is recorded only once.",
                             messageDe: "Anmeldung \(assessment.referral) hat schon ihre Einschätzung (\(existing)); sie wird nur einmal erfasst.")
        }
        let referral = try ReferralRepository(db).referral(assessment.referral)
        try db.execute("""
            INSERT INTO assessments (id, referral_id, client, slot_id, specialist_id, appointment_on, note, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [assessment.id, assessment.referral, referral.client, try SessionRepository(db).slotRowID(assessment.slot),
                  assessment.specialist, assessment.appointmentDate, assessment.note, user, now])
        for (position, recommendation) in assessment.recommendations.enumerated() {
            try db.execute("INSERT INTO recommendations (assessment_id, position, code, months) VALUES (?, ?, ?, ?)",
                           [assessment.id, position + 1, recommendation.code, recommendation.months])
        }
        let steps = FollowUpStepRepository(db)
        for step in assessment.steps { try steps.insert(step, assessment: assessment.id, now: now) }
    }

    /// Replaces the version in force of an assessment by `amended` (same id), written by
    /// `user` at `now` for `reason`: the version it replaces is copied whole into
    /// `assessment_versions` first, the recommendations are replaced, and steps `amended`
    /// adds are stored. Returns the new version's number.
    @discardableResult
    public func amend(_ amended: Assessment, reason: String, by user: UserName, now: Date) throws(StoreError) -> Int {
        guard let current = try find(amended.id), let row = try db.fetchOne("SELECT * FROM assessments WHERE id = ?", [amended.id]) else {
            throw StoreError(kind: .notFound(record: "assessment", id: amended.id.description), message: "There is no assessment \(amended.id).")
        }
        let version = try row.decode(Int64.self, "version")
        let writtenBy = try row.decodeIfPresent(String.self, "amended_by"), recordedBy = try row.decode(String.self, "recorded_by")
        let writtenAt = try row.decodeIfPresent(Int64.self, "amended_at"), recordedAt = try row.decode(Int64.self, "recorded_at")
        try db.execute("""
            INSERT INTO assessment_versions (assessment_id, version, note, recommendations, steps, written_by, written_at, reason, replaced_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [amended.id, version, current.note, JSONColumn.encode(current.recommendations.map(Self.recommendationText)),
                  JSONColumn.encode(current.steps.map(\.id.rawValue)),
                  writtenBy ?? recordedBy, writtenAt ?? recordedAt,
                  try row.decodeIfPresent(String.self, "amend_reason"), now])
        try db.execute("UPDATE assessments SET note = ?, version = ?, amended_by = ?, amended_at = ?, amend_reason = ? WHERE id = ?",
                       [amended.note, version + 1, user, now, reason, amended.id])
        try db.execute("DELETE FROM recommendations WHERE assessment_id = ?", [amended.id])
        for (position, recommendation) in amended.recommendations.enumerated() {
            try db.execute("INSERT INTO recommendations (assessment_id, position, code, months) VALUES (?, ?, ?, ?)",
                           [amended.id, position + 1, recommendation.code, recommendation.months])
        }
        let known = Set(current.steps.map(\.id))
        let steps = FollowUpStepRepository(db)
        for step in amended.steps where !known.contains(step.id) { try steps.insert(step, assessment: amended.id, now: now) }
        return Int(version + 1)
    }

    /// Every version of an assessment, oldest first, the one in force last (empty when
    /// there is no such assessment).
    public func versions(_ id: AssessmentID) throws(StoreError) -> [AssessmentVersion] {
        guard let current = try find(id), let row = try db.fetchOne("SELECT * FROM assessments WHERE id = ?", [id]) else { return [] }
        var versions: [AssessmentVersion] = []
        for old in try db.fetchAll("SELECT * FROM assessment_versions WHERE assessment_id = ? ORDER BY version", [id]) {
            var recommendations: [Recommendation] = []
            for text in try JSONColumn.strings(old, "recommendations") {
                let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                guard let code = RecommendationCode(parts[0]) else {
                    throw StoreError(kind: .decoding(column: "recommendations", expected: "RecommendationCode"),
                                     message: "A stored version of assessment \(id) names the recommendation \"\(text)\", which is not a code.")
                }
                let months = parts.count == 2 && !parts[1].isEmpty ? Int(parts[1]) : nil
                recommendations.append(Recommendation.restored(code: code, months: months))
            }
            versions.append(AssessmentVersion(
                number: Int(try old.decode(Int64.self, "version")), note: try old.decode(String.self, "note"), recommendations: recommendations,
                steps: try JSONColumn.integers(old, "steps").map { FollowUpStepID($0) }, writtenBy: try old.decode(UserName.self, "written_by"),
                writtenAt: try old.decode(Date.self, "written_at"), reason: try old.decodeIfPresent(String.self, "reason")))
        }
        let amendedBy = try row.decodeIfPresent(UserName.self, "amended_by"), recordedBy = try row.decode(UserName.self, "recorded_by")
        let amendedAt = try row.decodeIfPresent(Date.self, "amended_at"), recordedAt = try row.decode(Date.self, "recorded_at")
        versions.append(AssessmentVersion(
            number: Int(try row.decode(Int64.self, "version")), note: current.note, recommendations: current.recommendations,
            steps: current.steps.map(\.id), writtenBy: amendedBy ?? recordedBy, writtenAt: amendedAt ?? recordedAt,
            reason: try row.decodeIfPresent(String.self, "amend_reason")))
        return versions
    }

    /// Who recorded the assessment and when (the first version), or nil.
    public func recording(_ id: AssessmentID) throws(StoreError) -> (by: UserName, at: Date)? {
        guard let row = try db.fetchOne("SELECT recorded_by, recorded_at FROM assessments WHERE id = ?", [id]) else { return nil }
        return (try row.decode(UserName.self, "recorded_by"), try row.decode(Date.self, "recorded_at"))
    }

    /// The follow-up referral a "present again" recommendation of `id` created, or nil.
    /// `Referral.presentAgain` names the assessment in its urgency reason's code
    /// (`present-again:2027-03-04:12`; earlier versions: `… (assessment 12)`), the only
    /// link the referral row carries.
    public func followUpReferral(of id: AssessmentID, client: ClientID) throws(StoreError) -> ReferralID? {
        let patterns = UrgencyReasonText.presentAgainPatterns(assessment: id)
        return try db.fetchValue(Int64.self, """
            SELECT id FROM referrals WHERE client = ? AND kind = 'follow-up' AND (urgency_reason LIKE ? OR urgency_reason LIKE ?)
            ORDER BY id DESC LIMIT 1
            """, [client, patterns.current, patterns.earlier]).map { ReferralID($0) }
    }

    static func recommendationText(_ recommendation: Recommendation) -> String {
        recommendation.code.value + (recommendation.months.map { ":\($0)" } ?? "")
    }

    /// The assessment, or nil.
    public func find(_ id: AssessmentID) throws(StoreError) -> Assessment? {
        guard let row = try db.fetchOne("SELECT * FROM assessments WHERE id = ?", [id]) else { return nil }
        return try restore(row)
    }

    /// The assessment of a referral, or nil.
    public func find(referral: ReferralID) throws(StoreError) -> Assessment? {
        guard let row = try db.fetchOne("SELECT * FROM assessments WHERE referral_id = ?", [referral]) else { return nil }
        return try restore(row)
    }

    /// What a coordinator may see of a client's assessments: that they exist and their
    /// recommendation codes — never the note.
    public func recommendationCodes(client: ClientID) throws(StoreError) -> [(assessment: AssessmentID, codes: [RecommendationCode])] {
        var result: [(assessment: AssessmentID, codes: [RecommendationCode])] = []
        for row in try db.fetchAll("SELECT id FROM assessments WHERE client = ? ORDER BY id", [client]) {
            let id = try row.decode(AssessmentID.self, "id")
            let codes = try db.fetchAll("SELECT code FROM recommendations WHERE assessment_id = ? ORDER BY position",
                                        [id]) { code throws(StoreError) in try code.decode(RecommendationCode.self, "code") }
            result.append((id, codes))
        }
        return result
    }

    private func restore(_ row: Row) throws(StoreError) -> Assessment {
        let id = try row.decode(AssessmentID.self, "id")
        let recommendations = try db.fetchAll("SELECT code, months FROM recommendations WHERE assessment_id = ? ORDER BY position",
                                              [id]) { recommendation throws(StoreError) in
            Recommendation.restored(code: try recommendation.decode(RecommendationCode.self, "code"),
                                    months: try recommendation.decodeIfPresent(Int.self, "months"))
        }
        let steps = try db.fetchAll("SELECT * FROM follow_up_steps WHERE assessment_id = ? ORDER BY id", [id],
                                    restoring: FollowUpStepRepository.restore)
        return Assessment.restored(
            id: id,
            referral: try row.decode(ReferralID.self, "referral_id"),
            slot: try SessionRepository(db).slotID(rowID: try row.decode(Int64.self, "slot_id")),
            specialist: try row.decode(SpecialistID.self, "specialist_id"),
            appointmentDate: try row.decode(CalendarDate.self, "appointment_on"),
            note: try row.decode(String.self, "note"),
            recommendations: recommendations,
            steps: steps)
    }
}
