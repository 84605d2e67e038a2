import Foundation
import LotseCore

/// Appointments and their attendance.
public struct AppointmentRepository {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The appointments as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Books `slot` for `referral` and returns the appointment id. A slot that already has
    /// a live appointment (not cancelled) is refused, naming the referral that holds it.
    @discardableResult
    public func book(referral: ReferralID, slot: SlotID, roster: RosterID?, now: Date) throws(StoreError) -> Int64 {
        let slotRow = try SessionRepository(db).slotRowID(slot)
        if let holder = try db.fetchValue(Int64.self, """
            SELECT referral_id FROM appointments WHERE slot_id = ? AND (attendance IS NULL OR attendance IN ('attended', 'no-show'))
            """, [slotRow]) {
            throw StoreError(kind: .invalidValue(field: "slot"), message: "Slot \(slot) is already booked for referral \(holder).",
                             messageDe: "Platz \(slot) ist schon für Anmeldung \(holder) gebucht.")
        }
        try db.execute("INSERT INTO appointments (referral_id, slot_id, roster_id, created_at) VALUES (?, ?, ?, ?)",
                       [referral, slotRow, roster, now])
        return db.lastInsertedRowID
    }

    /// Records what happened at an appointment, once; recording twice is refused.
    public func recordAttendance(_ id: Int64, _ attendance: Attendance, by user: UserName, at now: Date) throws(StoreError) {
        let appointment = try self.appointment(id)
        if let recorded = appointment.attendance {
            throw StoreError(kind: .invalidValue(field: "attendance"),
                             message: "Appointment \(id) already has its attendance recorded (\(recorded.rawValue)).",
                             messageDe: "Für Termin \(id) ist das Erscheinen schon erfasst (\(recorded.rawValue)).")
        }
        try db.execute("UPDATE appointments SET attendance = ?, attendance_by = ?, attendance_at = ? WHERE id = ?",
                       [attendance, user, now, id])
    }

    /// Cancels an appointment before it takes place (`cancelled-by-client` or
    /// `cancelled-by-service`) with the reason given, once: the slot is free from this
    /// commit on. An appointment that already has an outcome is refused.
    public func cancel(_ id: Int64, _ attendance: Attendance, reason: String?, by user: UserName, at now: Date) throws(StoreError) {
        guard attendance == .cancelledByClient || attendance == .cancelledByService else {
            throw StoreError(kind: .invalidValue(field: "attendance"), message: "\(attendance.rawValue) is not a cancellation.",
                             messageDe: "\(attendance.rawValue) ist keine Absage.")
        }
        try recordAttendance(id, attendance, by: user, at: now)
        try db.execute("UPDATE appointments SET cancel_reason = ? WHERE id = ?", [reason, id])
    }

    /// The appointment, or a `notFound` error naming it.
    public func appointment(_ id: Int64) throws(StoreError) -> Appointment {
        guard let row = try db.fetchOne(Self.select + " WHERE a.id = ?", [id]) else {
            throw StoreError(kind: .notFound(record: "appointment", id: String(id)), message: "There is no appointment \(id).")
        }
        return try Self.restore(row)
    }

    /// A referral's appointments, oldest first.
    public func list(referral: ReferralID) throws(StoreError) -> [Appointment] {
        return try db.fetchAll(Self.select + " WHERE a.referral_id = ? ORDER BY a.id", [referral], restoring: Self.restore)
    }

    /// Appointments held before `date` whose attendance nobody recorded yet, optionally
    /// only those in one specialist's sessions, oldest first.
    public func unresolved(before date: CalendarDate, specialist: SpecialistID? = nil) throws(StoreError) -> [Appointment] {
        return try db.fetchAll(Self.select + """
             JOIN sessions s ON s.id = sl.session_id
            WHERE a.attendance IS NULL AND s.held_on < ?1 AND (?2 IS NULL OR s.specialist_id = ?2)
            ORDER BY s.held_on, sl.start_time, a.id
            """, [date, specialist], restoring: Self.restore)
    }

    static let select = """
        SELECT a.id, a.referral_id, sl.session_id, sl.position, a.roster_id, a.attendance, a.attendance_by, a.attendance_at, a.created_at,
               a.cancel_reason
        FROM appointments a JOIN slots sl ON sl.id = a.slot_id
        """

    static func restore(_ row: Row) throws(StoreError) -> Appointment {
        Appointment(
            id: try row.decode(Int64.self, "id"),
            referral: try row.decode(ReferralID.self, "referral_id"),
            slot: SlotID(session: try row.decode(SessionID.self, "session_id"), index: try row.decode(Int.self, "position")),
            roster: try row.decodeIfPresent(RosterID.self, "roster_id"),
            attendance: try row.decodeIfPresent(Attendance.self, "attendance"),
            attendanceBy: try row.decodeIfPresent(UserName.self, "attendance_by"),
            attendanceAt: try row.decodeIfPresent(Date.self, "attendance_at"),
            createdAt: try row.decode(Date.self, "created_at"),
            cancelReason: try row.decodeIfPresent(String.self, "cancel_reason"))
    }
}
