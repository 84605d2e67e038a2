import LotseCore

/// Read-only questions the caseworker interfaces ask across the roster tables: where a
/// referral stands (slot or waiting reason) and whether a specialist sees a client. The
/// roster side fills those tables; until it has, the answers are simply empty.
public struct CaseworkQueries {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The queries as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// The referral's live appointment (its current booking: a missed or cancelled one is
    /// none), else the newest published roster's reason for leaving it waiting; nil when
    /// no roster mentions it yet.
    public func placement(of referral: ReferralID) throws(StoreError) -> ReferralPlacement? {
        if let row = try db.fetchOne("""
            SELECT s.id AS session, l.position AS slot, s.held_on, l.start_time, s.place, sp.name AS specialist, a.id AS appointment
            FROM appointments a JOIN slots l ON l.id = a.slot_id JOIN sessions s ON s.id = l.session_id
                 JOIN specialists sp ON sp.id = s.specialist_id
            WHERE a.referral_id = ? AND a.attendance IS NULL AND s.cancelled = 0
            ORDER BY s.held_on DESC, a.id DESC LIMIT 1
            """, [referral]) {
            return .appointment(try slot(row))
        }
        if let row = try db.fetchOne("""
            SELECT w.reason, w.detail, r.month FROM waiting_reasons w JOIN rosters r ON r.id = w.roster_id
            WHERE w.referral_id = ? AND r.state = 'published'
            ORDER BY r.month DESC, r.version DESC LIMIT 1
            """, [referral]) {
            return .waiting(reason: try row.decode(String.self, "reason"), detail: try row.decode(String.self, "detail"),
                            month: try row.decode(String.self, "month"))
        }
        return nil
    }

    /// Whether the specialist with Unix account `user` sees `client`: one of the client's
    /// referrals has an appointment in, or an entry of a published roster for, a session
    /// of theirs.
    public func specialist(_ user: String, sees client: ClientID) throws(StoreError) -> Bool {
        let count = try db.fetchValue(Int.self, """
            SELECT count(*) FROM referrals f
            JOIN slots l ON l.id IN (
                SELECT a.slot_id FROM appointments a WHERE a.referral_id = f.id
                UNION
                SELECT e.slot_id FROM roster_entries e JOIN rosters r ON r.id = e.roster_id
                WHERE e.referral_id = f.id AND r.state = 'published')
            JOIN sessions s ON s.id = l.session_id
            JOIN specialists sp ON sp.id = s.specialist_id
            WHERE f.client = ? AND sp.unix_user = ?
            """, [client, user]) ?? 0
        return count > 0
    }

    private func slot(_ row: Row) throws(StoreError) -> ReferralPlacement.Slot {
        ReferralPlacement.Slot(session: try row.decode(Int64.self, "session"), date: try row.decode(CalendarDate.self, "held_on"),
                               time: try row.decode(String.self, "start_time"), place: try row.decode(String.self, "place"),
                               index: try row.decode(Int.self, "slot"), specialist: try row.decode(String.self, "specialist"),
                               appointment: try row.decodeIfPresent(Int64.self, "appointment"))
    }
}
