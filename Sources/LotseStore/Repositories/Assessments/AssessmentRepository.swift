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
                             message: "Referral \(assessment.referral) already has its assessment (\(existing)); it is recorded only once.")
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
            var codes: [RecommendationCode] = []
            for code in try db.fetchAll("SELECT code FROM recommendations WHERE assessment_id = ? ORDER BY position", [id]) {
                codes.append(try code.decode(RecommendationCode.self, "code"))
            }
            result.append((id, codes))
        }
        return result
    }

    private func restore(_ row: Row) throws(StoreError) -> Assessment {
        let id = try row.decode(Int64.self, "id")
        let slot = try SessionRepository(db).slotID(rowID: try row.decode(Int64.self, "slot_id"))
        var recommendations: [JSONTree] = []
        for recommendation in try db.fetchAll("SELECT code, months FROM recommendations WHERE assessment_id = ? ORDER BY position", [id]) {
            recommendations.append(.object([
                ("code", .string(try recommendation.decode(String.self, "code"))),
                ("months", try recommendation.decodeIfPresent(Int64.self, "months").map { .int($0) } ?? .null),
            ]))
        }
        var steps: [JSONTree] = []
        for step in try db.fetchAll("SELECT * FROM follow_up_steps WHERE assessment_id = ? ORDER BY id", [id]) {
            steps.append(try FollowUpStepRepository.tree(step))
        }
        let tree = JSONTree.object([
            ("id", .int(id)),
            ("referral", .int(try row.decode(Int64.self, "referral_id"))),
            ("slot", .object([("session", .int(slot.session.rawValue)), ("index", .int(Int64(slot.index)))])),
            ("specialist", .int(try row.decode(Int64.self, "specialist_id"))),
            ("appointmentDate", .string(try row.decode(String.self, "appointment_on"))),
            ("note", .string(try row.decode(String.self, "note"))),
            ("recommendations", .array(recommendations)),
            ("steps", .array(steps)),
        ])
        return try tree.decode(Assessment.self, record: "assessment \(id)")
    }
}
