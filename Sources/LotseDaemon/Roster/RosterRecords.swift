import Foundation
import LotseCore
import LotseStore

/// The SQL of roster versions, their entries and waiting reasons, and of appointments.
/// The store's schema has the tables (`rosters`, `roster_entries`, `waiting_reasons`,
/// `appointments`) but no repository for them yet, so the coordinator's service keeps its
/// own here; every function runs inside the caller's transaction.
struct RosterRecords {
    let db: Connection

    init(_ db: Connection) { self.db = db }

    /// A stored appointment that still holds its slot (no outcome recorded yet).
    struct Appointment: Sendable, Equatable {
        var id: Int64
        var referral: ReferralID
        var slot: SlotID
        var rosterID: RosterID?
    }

    // MARK: rosters

    func nextID() throws(StoreError) -> RosterID { RosterID(try IDSequence(db).next("rosters")) }

    /// Every version of a month, oldest first.
    func versions(month: CalendarMonth) throws(StoreError) -> [Roster] {
        var result: [Roster] = []
        for row in try db.fetchAll("SELECT * FROM rosters WHERE month = ? ORDER BY version", [month.description]) {
            result.append(try restore(row))
        }
        return result
    }

    /// The newest version of a month.
    func latest(month: CalendarMonth) throws(StoreError) -> Roster? { try versions(month: month).last }

    /// The version being edited (draft or approved), if any.
    func live(month: CalendarMonth) throws(StoreError) -> Roster? {
        try versions(month: month).last { $0.status == .draft || $0.status == .approved }
    }

    /// The version in force (published), if any.
    func published(month: CalendarMonth) throws(StoreError) -> Roster? {
        try versions(month: month).last { $0.status == .published }
    }

    /// Stores a new version with its entries and reasons.
    func insert(_ roster: Roster, by user: String, now: Date) throws(StoreError) {
        try db.execute("""
            INSERT INTO rosters (id, month, version, status, bound, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [roster.id, roster.monthText, Int64(roster.version), roster.status, Int64(roster.bound), user, now])
        try writeContents(roster)
    }

    /// Writes a changed version: status (with who and when for approval and publication),
    /// bound, entries and reasons.
    func update(_ roster: Roster, by user: String, now: Date) throws(StoreError) {
        try db.execute("""
            UPDATE rosters SET status = ?1, bound = ?2,
                   approved_by = CASE WHEN ?1 IN ('approved', 'published', 'superseded') THEN coalesce(approved_by, ?3) END,
                   approved_at = CASE WHEN ?1 IN ('approved', 'published', 'superseded') THEN coalesce(approved_at, ?4) END,
                   published_by = CASE WHEN ?1 IN ('published', 'superseded') THEN coalesce(published_by, ?3) END,
                   published_at = CASE WHEN ?1 IN ('published', 'superseded') THEN coalesce(published_at, ?4) END
            WHERE id = ?5
            """, [roster.status, Int64(roster.bound), user, now, roster.id])
        try db.execute("DELETE FROM roster_entries WHERE roster_id = ?", [roster.id])
        try db.execute("DELETE FROM waiting_reasons WHERE roster_id = ?", [roster.id])
        try writeContents(roster)
    }

    private func writeContents(_ roster: Roster) throws(StoreError) {
        for entry in roster.entries {
            try db.execute("""
                INSERT INTO roster_entries (roster_id, referral_id, session_id, slot_index, weight, pinned, manual)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [roster.id, entry.referral, entry.slot.session, Int64(entry.slot.index), Int64(entry.weight),
                      entry.pinned, entry.manual])
        }
        var seen: Set<ReferralID> = []
        for reason in roster.waitingReasons where seen.insert(reason.referral).inserted {
            try db.execute("INSERT INTO waiting_reasons (roster_id, referral_id, reason, detail) VALUES (?, ?, ?, ?)",
                           [roster.id, reason.referral, String(reason.reason.prefix(64)), String(reason.detail.prefix(500))])
        }
    }

    private func restore(_ row: Row) throws(StoreError) -> Roster {
        let id = try row.decode(RosterID.self, "id")
        let monthText = try row.decode(String.self, "month")
        guard let month = CalendarMonth(iso: monthText) else {
            throw StoreError(kind: .decoding(column: "month", expected: "YYYY-MM"), message: "Roster \(id) has the month \(monthText).")
        }
        var entries: [RosterEntry] = []
        for entry in try db.fetchAll("SELECT * FROM roster_entries WHERE roster_id = ? ORDER BY session_id, slot_index", [id]) {
            entries.append(RosterEntry(referral: try entry.decode(ReferralID.self, "referral_id"),
                                       slot: SlotID(session: try entry.decode(SessionID.self, "session_id"),
                                                    index: try entry.decode(Int.self, "slot_index")),
                                       weight: try entry.decode(Int.self, "weight"), pinned: try entry.decode(Bool.self, "pinned"),
                                       manual: try entry.decode(Bool.self, "manual")))
        }
        var reasons: [RosterWaitingReason] = []
        for reason in try db.fetchAll("SELECT * FROM waiting_reasons WHERE roster_id = ? ORDER BY referral_id", [id]) {
            reasons.append(RosterWaitingReason(referral: try reason.decode(ReferralID.self, "referral_id"),
                                               reason: try reason.decode(String.self, "reason"),
                                               detail: try reason.decode(String.self, "detail")))
        }
        var roster: Roster
        switch Roster.draft(id: id, year: month.year, month: month.month, version: try row.decode(Int.self, "version"),
                            entries: entries, bound: try row.decode(Int.self, "bound"), waitingReasons: reasons) {
        case .success(let made): roster = made
        case .failure(let error):
            throw StoreError(kind: .decoding(column: "roster", expected: "Roster"), message: "The stored roster \(id) is not valid: \(error).")
        }
        let status = try row.decode(RosterStatus.self, "status")
        let path: [RosterStatus] = switch status {
        case .draft: []
        case .approved: [.approved]
        case .published: [.approved, .published]
        case .superseded: [.approved, .published, .superseded]
        }
        for step in path {
            let outcome: Result<Void, TransitionError> = switch step {
            case .approved: roster.approve()
            case .published: roster.publish()
            default: roster.supersede()
            }
            if case .failure(let error) = outcome {
                throw StoreError(kind: .decoding(column: "status", expected: "RosterStatus"), message: "Roster \(id): \(error).")
            }
        }
        return roster
    }

    /// For every referral, the reason it waited in the newest roster that gave one.
    func lastReasons() throws(StoreError) -> [ReferralID: RosterWaitingReason] {
        var result: [ReferralID: RosterWaitingReason] = [:]
        for row in try db.fetchAll("""
            SELECT w.referral_id, w.reason, w.detail FROM waiting_reasons w
            WHERE w.roster_id = (SELECT max(w2.roster_id) FROM waiting_reasons w2 WHERE w2.referral_id = w.referral_id)
            """) {
            let referral = try row.decode(ReferralID.self, "referral_id")
            result[referral] = RosterWaitingReason(referral: referral, reason: try row.decode(String.self, "reason"),
                                                   detail: try row.decode(String.self, "detail"))
        }
        return result
    }

    // MARK: appointments

    /// Appointments holding a slot in sessions from `first` through `last`.
    func liveAppointments(from first: CalendarDate, through last: CalendarDate) throws(StoreError) -> [Appointment] {
        try appointments("""
            SELECT a.* FROM appointments a JOIN sessions s ON s.id = a.session_id
            WHERE s.held_on BETWEEN ? AND ? AND a.attendance IS NULL ORDER BY a.session_id, a.slot_index
            """, [first, last])
    }

    /// Appointments of one session that still hold their slot.
    func liveAppointments(session: SessionID) throws(StoreError) -> [Appointment] {
        try appointments("SELECT * FROM appointments WHERE session_id = ? AND attendance IS NULL ORDER BY slot_index", [session])
    }

    private func appointments(_ sql: String, _ arguments: StatementArguments) throws(StoreError) -> [Appointment] {
        var result: [Appointment] = []
        for row in try db.fetchAll(sql, arguments) {
            result.append(Appointment(id: try row.decode(Int64.self, "id"), referral: try row.decode(ReferralID.self, "referral_id"),
                                      slot: SlotID(session: try row.decode(SessionID.self, "session_id"),
                                                   index: try row.decode(Int.self, "slot_index")),
                                      rosterID: try row.decodeIfPresent(RosterID.self, "roster_id")))
        }
        return result
    }

    /// Books a slot for a referral from a published roster.
    @discardableResult
    func insertAppointment(referral: ReferralID, slot: SlotID, roster: RosterID, now: Date) throws(StoreError) -> Int64 {
        try db.execute("""
            INSERT INTO appointments (referral_id, session_id, slot_index, roster_id, created_at) VALUES (?, ?, ?, ?, ?)
            """, [referral, slot.session, Int64(slot.index), roster, now])
        return db.lastInsertedRowID
    }

    /// Records that the service cancelled an appointment (frees the slot).
    func cancelAppointment(_ id: Int64, by user: String, now: Date) throws(StoreError) {
        try db.execute("""
            UPDATE appointments SET attendance = 'cancelled-by-service', attendance_by = ?, attendance_at = ? WHERE id = ? AND attendance IS NULL
            """, [user, now, id])
    }

    /// The caseworker's mail address and language, if the caseworker is known.
    func caseworker(_ user: UserName) throws(StoreError) -> (email: String, language: String)? {
        guard let row = try db.fetchOne("SELECT email, language FROM caseworkers WHERE unix_user = ?", [user]) else { return nil }
        return (try row.decode(String.self, "email"), try row.decode(String.self, "language"))
    }
}
