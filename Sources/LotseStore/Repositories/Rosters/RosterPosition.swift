import LotseCore

/// Where the newest roster that mentions a referral put it: in a slot, or on the waiting
/// list with the planner's reason — what `lotse referral list` shows next to each referral.
public enum RosterPosition: Sendable, Equatable {
    /// Placed in `slot` by roster version `roster`.
    case placed(roster: RosterID, slot: SlotID)
    /// Left waiting by roster version `roster`, for `reason` (a code) with `detail`.
    case waiting(roster: RosterID, reason: String, detail: String)
}

extension RosterRepository {
    /// The referral's position in the newest roster version that mentions it, or nil
    /// when no roster has considered it yet.
    public func position(of referral: ReferralID) throws(StoreError) -> RosterPosition? {
        guard let row = try db.fetchOne("""
            SELECT roster_id, kind, session_id, position, reason, detail FROM (
                SELECT e.roster_id, 'placed' AS kind, s.session_id, s.position, NULL AS reason, NULL AS detail
                FROM roster_entries e JOIN slots s ON s.id = e.slot_id WHERE e.referral_id = ?1
                UNION ALL
                SELECT w.roster_id, 'waiting', NULL, NULL, w.reason, w.detail FROM waiting_reasons w WHERE w.referral_id = ?1
            ) ORDER BY roster_id DESC LIMIT 1
            """, [referral]) else { return nil }
        let roster = try row.decode(RosterID.self, "roster_id")
        if try row.decode(String.self, "kind") == "placed" {
            return .placed(roster: roster, slot: SlotID(session: try row.decode(SessionID.self, "session_id"),
                                                        index: try row.decode(Int.self, "position")))
        }
        return .waiting(roster: roster, reason: try row.decode(String.self, "reason"), detail: try row.decode(String.self, "detail"))
    }
}
