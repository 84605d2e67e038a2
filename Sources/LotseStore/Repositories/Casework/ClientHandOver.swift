import Foundation
import LotseCore

/// Moves every right to a client from one caseworker to another, in the caller's
/// transaction: the client row (by the caller, through `ClientRepository`), and here every
/// referral of the client — closed and withdrawn ones too, because assessments and their
/// notes are reached through their referral's caseworker — and every follow-up step the
/// previous caseworker owned as the client's caseworker, whatever its status. Screenings
/// and help plans are reached through the client and move with it.
public struct ClientHandOver {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// Hand-overs through `db`.
    public init(_ db: Connection) { self.db = db }

    /// What moved: how many referrals, and the steps (open ones first need their queued
    /// reminders passed on).
    public struct Moved: Sendable, Equatable {
        /// Referrals whose caseworker changed.
        public let referrals: Int
        /// Steps whose owner changed.
        public let steps: [FollowUpStepID]
    }

    /// Moves the referrals and steps of `client` from `previous` to `next`.
    public func move(client: ClientID, from previous: UserName, to next: UserName, by user: UserName, now: Date) throws(StoreError) -> Moved {
        try db.execute("UPDATE referrals SET caseworker = ?, updated_at = ? WHERE client = ? AND caseworker <> ?",
                       [next, now, client, next])
        let referrals = db.changedRowCount
        var steps: [FollowUpStepID] = []
        for row in try db.fetchAll("""
            SELECT id FROM follow_up_steps WHERE client = ? AND owner_role = 'caseworker' AND owner_user = ? ORDER BY id
            """, [client, previous]) {
            steps.append(FollowUpStepID(try row.decode(Int64.self, "id")))
        }
        try db.execute("""
            UPDATE follow_up_steps SET owner_user = ?, changed_by = ?, changed_at = ?
            WHERE client = ? AND owner_role = 'caseworker' AND owner_user = ?
            """, [next, user, now, client, previous])
        return Moved(referrals: referrals, steps: steps)
    }
}
