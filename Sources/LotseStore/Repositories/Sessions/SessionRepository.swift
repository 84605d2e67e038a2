import Foundation
import LotseCore

/// Sessions (a specialist's afternoon: date, start, slots, place) and their slots. A slot
/// row is written for every position when the session is stored, so that roster entries,
/// appointments and assessments can point at a slot that exists; the model's `SlotID`
/// (session, index) maps to the row by `slotRowID`.
public struct SessionRepository {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The sessions as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// A fresh session id (never reused), for `Session.make(id:…)`.
    public func nextID() throws(StoreError) -> SessionID {
        SessionID(try IDSequence(db).next("sessions"))
    }

    /// Stores a new session, optionally as an occurrence of a recurring series.
    public func insert(_ session: Session, seriesID: Int64? = nil, now: Date) throws(StoreError) {
        guard try SpecialistRepository(db).find(session.specialist) != nil else {
            throw SpecialistRepository.notFound(session.specialist)
        }
        try db.execute("""
            INSERT INTO sessions (id, specialist_id, series_id, held_on, start_time, slot_count, slot_minutes, place, kinds,
                                  interpreter_languages, cancelled, cancelled_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [session.id, session.specialist, seriesID, session.date, session.start, session.slotCount, session.slotMinutes,
                  session.place, JSONColumn.encode(session.kinds.map(\.rawValue).sorted()),
                  JSONColumn.encode(session.interpreterLanguages.sorted()), session.status == .cancelled,
                  session.status == .cancelled ? now : nil, now])
        for index in 0..<session.slotCount {
            let minutes = session.start.minutesSinceMidnight + index * session.slotMinutes
            guard let start = TimeOfDay(hour: minutes / 60, minute: minutes % 60) else {
                throw StoreError(kind: .invalidValue(field: "start"), message: "Session \(session.id) runs past midnight.")
            }
            try db.execute("INSERT INTO slots (session_id, position, start_time, minutes) VALUES (?, ?, ?, ?)",
                           [session.id, index + 1, start, session.slotMinutes])
        }
    }

    /// Records a status change (cancellation) of a stored session.
    public func updateStatus(_ session: Session, now: Date) throws(StoreError) {
        try db.execute("""
            UPDATE sessions SET cancelled = ?1, cancelled_at = CASE WHEN ?1 = 1 THEN coalesce(cancelled_at, ?2) END WHERE id = ?3
            """, [session.status == .cancelled, now, session.id])
        guard db.changedRowCount == 1 else { throw Self.notFound(session.id) }
    }

    /// The session, or nil.
    public func find(_ id: SessionID) throws(StoreError) -> Session? {
        try db.fetchOne("SELECT * FROM sessions WHERE id = ?", [id]).map { row throws(StoreError) in try Self.restore(row) }
    }

    /// The session, or a `notFound` error naming it.
    public func session(_ id: SessionID) throws(StoreError) -> Session {
        guard let session = try find(id) else { throw Self.notFound(id) }
        return session
    }

    /// Sessions held from `first` through `last` (inclusive), optionally of one
    /// specialist, by date and start time. Cancelled ones are included; the model gives
    /// them no slots.
    public func list(from first: CalendarDate, through last: CalendarDate, specialist: SpecialistID? = nil) throws(StoreError) -> [Session] {
        return try db.fetchAll("""
            SELECT * FROM sessions WHERE held_on BETWEEN ?1 AND ?2 AND (?3 IS NULL OR specialist_id = ?3)
            ORDER BY held_on, start_time, id
            """, [first, last, specialist], restoring: Self.restore)
    }

    /// The month's bookable slots (`YYYY`, `MM`), from every scheduled session, with each
    /// session's specialist languages and interpreters, as the planner needs them.
    public func slots(year: Int, month: Int) throws(StoreError) -> [Slot] {
        guard let first = CalendarDate(year: year, month: month, day: 1) else {
            throw StoreError(kind: .invalidValue(field: "month"), message: "\(year)-\(month) is not a month.")
        }
        let last = first.adding(months: 1).adding(days: -1)
        var languages: [SpecialistID: [LanguageCode]] = [:]
        var slots: [Slot] = []
        for session in try list(from: first, through: last) where session.status == .scheduled {
            if languages[session.specialist] == nil {
                languages[session.specialist] = try SpecialistRepository(db).find(session.specialist)?.languages ?? []
            }
            slots += session.slots(specialistLanguages: languages[session.specialist] ?? [])
        }
        return slots
    }

    /// The stored row id of a slot, which roster entries, appointments and assessments
    /// reference; a slot the session does not have is a clear error.
    public func slotRowID(_ slot: SlotID) throws(StoreError) -> Int64 {
        guard let id = try db.fetchValue(Int64.self, "SELECT id FROM slots WHERE session_id = ? AND position = ?",
                                         [slot.session, slot.index]) else {
            throw StoreError(kind: .notFound(record: "slot", id: slot.description), message: "There is no slot \(slot) (session \(slot.session) has no position \(slot.index)).")
        }
        return id
    }

    /// The model's slot id of a stored slot row.
    public func slotID(rowID: Int64) throws(StoreError) -> SlotID {
        guard let row = try db.fetchOne("SELECT session_id, position FROM slots WHERE id = ?", [rowID]) else {
            throw StoreError(kind: .notFound(record: "slot", id: String(rowID)), message: "There is no stored slot \(rowID).")
        }
        return SlotID(session: try row.decode(SessionID.self, "session_id"), index: try row.decode(Int.self, "position"))
    }

    static func restore(_ row: Row) throws(StoreError) -> Session {
        let id = try row.decode(SessionID.self, "id")
        var session = try Session.make(
            id: id, specialist: try row.decode(SpecialistID.self, "specialist_id"), date: try row.decode(CalendarDate.self, "held_on"),
            start: try row.decode(TimeOfDay.self, "start_time"), slotCount: try row.decode(Int.self, "slot_count"),
            slotMinutes: try row.decode(Int.self, "slot_minutes"), place: try row.decode(String.self, "place"),
            kinds: Set(try JSONColumn.values(row, "kinds") { ReferralKind(rawValue: $0) }),
            interpreterLanguages: Set(try JSONColumn.values(row, "interpreter_languages") { LanguageCode($0) }))
            .stored("Session", id, column: \.field)
        if try row.decode(Bool.self, "cancelled") {
            try session.cancel().stored("Session", id) { _ in "status" }
        }
        return session
    }

    static func notFound(_ id: SessionID) -> StoreError {
        StoreError(kind: .notFound(record: "session", id: id.description), message: "There is no session \(id).")
    }
}
