import Foundation
import LotseCore
import LotseStore

/// The roster service's view of the store: roster versions by month (through the store's
/// `RosterRepository`), appointments that still hold a slot, caseworkers' addresses. Every function runs inside the caller's transaction.
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

    func nextID() throws(StoreError) -> RosterID { try RosterRepository(db).nextID() }

    /// Every version of a month, oldest first.
    func versions(month: CalendarMonth) throws(StoreError) -> [Roster] {
        try RosterRepository(db).versions(year: month.year, month: month.month)
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

    /// The name the store records as author (a caller without an account is `lotsed`).
    static func author(_ user: String) throws(StoreError) -> UserName {
        guard let name = UserName(user) ?? UserName("lotsed") else {
            throw StoreError(kind: .invalidValue(field: "user"), message: "\(user) cannot be recorded as an author.")
        }
        return name
    }

    /// Stores a new version with its entries and reasons.
    func insert(_ roster: Roster, by user: String, now: Date) throws(StoreError) {
        try RosterRepository(db).insert(roster, by: try Self.author(user), now: now)
    }

    /// Writes a changed version (state; entries and reasons while editable).
    func update(_ roster: Roster, by user: String, now: Date) throws(StoreError) {
        try RosterRepository(db).save(roster, by: try Self.author(user), now: now)
    }

    // MARK: appointments

    /// Appointments holding a slot in sessions from `first` through `last`.
    func liveAppointments(from first: CalendarDate, through last: CalendarDate) throws(StoreError) -> [Appointment] {
        try appointments("""
            SELECT a.id, a.referral_id, sl.session_id, sl.position, a.roster_id
            FROM appointments a JOIN slots sl ON sl.id = a.slot_id JOIN sessions s ON s.id = sl.session_id
            WHERE s.held_on BETWEEN ? AND ? AND a.attendance IS NULL ORDER BY sl.session_id, sl.position
            """, [first, last])
    }

    /// Slots of sessions from `first` through `last` that an appointment holds: one without
    /// an outcome yet, or one that was attended or missed (a cancellation frees its slot).
    func heldSlots(from first: CalendarDate, through last: CalendarDate) throws(StoreError) -> [SlotID: ReferralID] {
        var held: [SlotID: ReferralID] = [:]
        for row in try db.fetchAll("""
            SELECT a.referral_id, sl.session_id, sl.position
            FROM appointments a JOIN slots sl ON sl.id = a.slot_id JOIN sessions s ON s.id = sl.session_id
            WHERE s.held_on BETWEEN ? AND ? AND (a.attendance IS NULL OR a.attendance IN ('attended', 'no-show'))
            """, [first, last]) {
            held[SlotID(session: try row.decode(SessionID.self, "session_id"), index: try row.decode(Int.self, "position"))] =
                try row.decode(ReferralID.self, "referral_id")
        }
        return held
    }

    /// Appointments of one session that still hold their slot.
    func liveAppointments(session: SessionID) throws(StoreError) -> [Appointment] {
        try appointments("""
            SELECT a.id, a.referral_id, sl.session_id, sl.position, a.roster_id
            FROM appointments a JOIN slots sl ON sl.id = a.slot_id
            WHERE sl.session_id = ? AND a.attendance IS NULL ORDER BY sl.position
            """, [session])
    }

    private func appointments(_ sql: String, _ arguments: StatementArguments) throws(StoreError) -> [Appointment] {
        var result: [Appointment] = []
        for row in try db.fetchAll(sql, arguments) {
            result.append(Appointment(id: try row.decode(Int64.self, "id"), referral: try row.decode(ReferralID.self, "referral_id"),
                                      slot: SlotID(session: try row.decode(SessionID.self, "session_id"),
                                                   index: try row.decode(Int.self, "position")),
                                      rosterID: try row.decodeIfPresent(RosterID.self, "roster_id")))
        }
        return result
    }

    /// Books a slot for a referral from a published roster.
    @discardableResult
    func insertAppointment(referral: ReferralID, slot: SlotID, roster: RosterID, now: Date) throws(StoreError) -> Int64 {
        try AppointmentRepository(db).book(referral: referral, slot: slot, roster: roster, now: now)
    }

    /// Records that the service cancelled an appointment (frees the slot).
    func cancelAppointment(_ id: Int64, by user: String, now: Date) throws(StoreError) {
        try AppointmentRepository(db).recordAttendance(id, .cancelledByService, by: try Self.author(user), at: now)
    }

    /// The caseworker's mail address and language, if the caseworker is known.
    func caseworker(_ user: UserName) throws(StoreError) -> (email: String, language: String)? {
        try CaseworkerRepository(db).find(user).map { ($0.email.value, $0.language.rawValue) }
    }
}
