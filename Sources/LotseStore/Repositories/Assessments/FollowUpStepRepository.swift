import Foundation
import LotseCore

/// Follow-up steps: who does what by when, and whether it is done.
public struct FollowUpStepRepository {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The steps as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Stores a new step, optionally as part of an assessment.
    public func insert(_ step: FollowUpStep, assessment: AssessmentID? = nil, now: Date) throws(StoreError) {
        try db.execute("""
            INSERT INTO follow_up_steps (id, client, assessment_id, description, owner_role, owner_user, due_on, status, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [step.id, step.client, assessment, step.description, step.owner.role, step.owner.user, step.dueOn, step.status, now])
    }

    /// Saves a changed step (done, dropped, reopened, reassigned) and who changed it.
    public func save(_ step: FollowUpStep, by user: UserName, now: Date) throws(StoreError) {
        try db.execute("""
            UPDATE follow_up_steps SET status = ?, owner_role = ?, owner_user = ?, changed_by = ?, changed_at = ? WHERE id = ?
            """, [step.status, step.owner.role, step.owner.user, user, now, step.id])
        guard db.changedRowCount == 1 else {
            throw StoreError(kind: .notFound(record: "follow-up step", id: step.id.description), message: "There is no follow-up step \(step.id).")
        }
    }

    /// The step, or nil.
    public func find(_ id: FollowUpStepID) throws(StoreError) -> FollowUpStep? {
        guard let row = try db.fetchOne("SELECT * FROM follow_up_steps WHERE id = ?", [id]) else { return nil }
        return try Self.restore(row)
    }

    /// Steps filtered by owner, client and status (any when nil / empty); with
    /// `overdueOn`, only open steps due before that day. Ordered by due date.
    public func list(owner: UserName? = nil, client: ClientID? = nil, statuses: Set<FollowUpStepStatus> = [],
                     overdueOn: CalendarDate? = nil) throws(StoreError) -> [FollowUpStep] {
        return try db.fetchAll("""
            SELECT * FROM follow_up_steps
            WHERE (?1 IS NULL OR owner_user = ?1) AND (?2 IS NULL OR client = ?2)
              AND (?3 = '[]' OR status IN (SELECT value FROM json_each(?3)))
              AND (?4 IS NULL OR (status = 'open' AND due_on < ?4))
            ORDER BY due_on, id
            """, [owner, client, JSONColumn.encode(statuses.map(\.rawValue).sorted()), overdueOn], restoring: Self.restore)
    }

    static func restore(_ row: Row) throws(StoreError) -> FollowUpStep {
        FollowUpStep.restored(
            id: try row.decode(FollowUpStepID.self, "id"),
            client: try row.decodeIfPresent(ClientID.self, "client"),
            description: try row.decode(String.self, "description"),
            owner: StepOwner.restored(role: try row.decode(Role.self, "owner_role"), user: try row.decode(UserName.self, "owner_user")),
            dueOn: try row.decode(CalendarDate.self, "due_on"),
            status: try row.decode(FollowUpStepStatus.self, "status"))
    }
}
