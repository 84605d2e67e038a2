import LotseCore

/// Read-only questions the caseworker interfaces ask across the roster tables: where a
/// referral stands (slot or waiting reason) and whether a specialist sees a client. The
/// roster side fills those tables; until it has, the answers are simply empty.
public struct CaseworkQueries {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The queries as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Where the referral stands, in this order: its live appointment (its current booking;
    /// a missed or cancelled one is none); its entry in a live draft of a month not over; the
    /// day before which it may not be planned, when that lies after `month` (or, without a
    /// month, after `today`); the newest month's explanation — the reason the month's newest version gave
    /// for leaving it waiting, or how its appointment in that month ended when no newer
    /// version of the month says more. With `month` only that month's versions count.
    /// Nil when nothing explains it yet (submitted after the last plan).
    public func placement(of referral: ReferralID, month: CalendarMonth? = nil, today: CalendarDate) throws(StoreError) -> ReferralPlacement? {
        if let row = try db.fetchOne(Self.slotSelect + """
            , a.id AS appointment
            FROM appointments a JOIN slots l ON l.id = a.slot_id JOIN sessions s ON s.id = l.session_id
                 JOIN specialists sp ON sp.id = s.specialist_id
            WHERE a.referral_id = ? AND a.attendance IS NULL AND s.cancelled = 0
            ORDER BY s.held_on DESC, a.id DESC LIMIT 1
            """, [referral]) {
            return .appointment(try slot(row))
        }
        let monthText = month?.description
        // Without a month, a draft of a month that is over does not count: it will never be
        // held, so "in the draft for October" would be stale news in December.
        let running = CalendarMonth(containing: today).description
        if let row = try db.fetchOne(Self.slotSelect + """
            , NULL AS appointment, r.month, r.version
            FROM roster_entries e JOIN rosters r ON r.id = e.roster_id JOIN slots l ON l.id = e.slot_id
                 JOIN sessions s ON s.id = l.session_id JOIN specialists sp ON sp.id = s.specialist_id
            WHERE e.referral_id = ?1 AND r.state IN ('draft', 'approved') AND (?2 IS NULL AND r.month >= ?3 OR r.month = ?2)
              AND s.cancelled = 0
            ORDER BY r.month LIMIT 1
            """, [referral, monthText, running]) {
            return .draft(month: try row.decode(String.self, "month"), version: try row.decode(Int.self, "version"), slot: try slot(row))
        }
        if let notBefore = try db.fetchValue(CalendarDate.self, "SELECT not_before FROM referrals WHERE id = ?", [referral]),
           notBefore > (month?.lastDay ?? today) {
            return .notBefore(notBefore)
        }
        // The newest month's newest version that gave a reason for it …
        let reason = try db.fetchOne("""
            SELECT w.reason, w.detail, r.month, r.version FROM waiting_reasons w JOIN rosters r ON r.id = w.roster_id
            WHERE w.referral_id = ?1 AND (?2 IS NULL OR r.month = ?2)
              AND r.version = (SELECT max(r2.version) FROM rosters r2 WHERE r2.month = r.month)
            ORDER BY r.month DESC LIMIT 1
            """, [referral, monthText])
        // … and how its newest appointment ended, with the month and version that booked it.
        let ended = try db.fetchOne("""
            SELECT a.attendance, s.held_on, l.start_time, s.cancelled, coalesce(r.month, substr(s.held_on, 1, 7)) AS month,
                   coalesce(r.version, 0) AS version
            FROM appointments a JOIN slots l ON l.id = a.slot_id JOIN sessions s ON s.id = l.session_id
                 LEFT JOIN rosters r ON r.id = a.roster_id
            WHERE a.referral_id = ?1 AND a.attendance IN ('no-show', 'cancelled-by-client', 'cancelled-by-service')
              AND (?2 IS NULL OR substr(s.held_on, 1, 7) = ?2)
            ORDER BY s.held_on DESC, a.id DESC LIMIT 1
            """, [referral, monthText])
        let fromReason = try reason.map { row throws(StoreError) -> ReferralPlacement in
            .waiting(reason: try row.decode(String.self, "reason"), detail: try row.decode(String.self, "detail"),
                     month: try row.decode(String.self, "month"), version: try row.decode(Int.self, "version"))
        }
        guard let ended else { return fromReason }
        let endedMonth = try ended.decode(String.self, "month"), endedVersion = try ended.decode(Int.self, "version")
        if case .waiting(_, _, let month, let version)? = fromReason,
           month > endedMonth || (month == endedMonth && version > endedVersion) {
            return fromReason
        }
        let day = try ended.decode(CalendarDate.self, "held_on").displayText + " " + (try ended.decode(String.self, "start_time"))
        let state = BookingState(appointment: true, attendance: Attendance(rawValue: try ended.decode(String.self, "attendance")),
                                 sessionCancelled: try ended.decode(Bool.self, "cancelled"))
        let detail = switch state {
        case .sessionCancelled: "the session of its appointment on \(day) was cancelled"
        case .noShow: "the client did not come to the appointment on \(day)"
        case .cancelledByClient: "the appointment on \(day) was cancelled for the client"
        default: "the appointment on \(day) was cancelled by the service"
        }
        return .waiting(reason: state.waitingReason ?? "appointment-cancelled", detail: detail, month: endedMonth, version: endedVersion)
    }

    /// Where a roster entry — `referral` in slot `index` of `session` — stands now, from its
    /// newest appointment in that slot and the session, read the same way `placement` reads
    /// how an appointment ended (`BookingState`): planned (no appointment), booked,
    /// attended, no-show, cancelled for the client or by the service, or its session
    /// cancelled. Every view and export of a roster version shows its entries so.
    public func bookingState(of referral: ReferralID, session: Int64, index: Int) throws(StoreError) -> BookingState {
        guard let row = try db.fetchOne("""
            SELECT a.id AS appointment, a.attendance, s.cancelled
            FROM slots l JOIN sessions s ON s.id = l.session_id
                 LEFT JOIN appointments a ON a.slot_id = l.id AND a.referral_id = ?1
            WHERE l.session_id = ?2 AND l.position = ?3
            ORDER BY a.id DESC LIMIT 1
            """, [referral, session, index]) else { return .planned }
        let attendance = try row.decodeIfPresent(String.self, "attendance").flatMap(Attendance.init(rawValue:))
        return BookingState(appointment: try row.decodeIfPresent(Int64.self, "appointment") != nil, attendance: attendance,
                            sessionCancelled: try row.decode(Bool.self, "cancelled"))
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

    static let slotSelect = """
        SELECT s.id AS session, l.position AS slot, s.held_on, l.start_time, s.place, sp.name AS specialist
        """

    private func slot(_ row: Row) throws(StoreError) -> ReferralPlacement.Slot {
        ReferralPlacement.Slot(session: try row.decode(Int64.self, "session"), date: try row.decode(CalendarDate.self, "held_on"),
                               time: try row.decode(String.self, "start_time"), place: try row.decode(String.self, "place"),
                               index: try row.decode(Int.self, "slot"), specialist: try row.decode(String.self, "specialist"),
                               appointment: try row.decodeIfPresent(Int64.self, "appointment"))
    }
}
