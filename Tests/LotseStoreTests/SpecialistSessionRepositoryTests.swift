import Foundation
import LotseCore
import Testing
@testable import LotseStore

@Suite("Specialists, sessions and their slots")
struct SpecialistSessionRepositoryTests {
    private func session(_ id: SessionID, on day: String, specialist: SpecialistID = SpecialistID(1)) throws -> Session {
        try Session.make(id: id, specialist: specialist, date: try Model.date(day), start: try Model.time("14:00"), slotCount: 3,
                         slotMinutes: 50, place: "Gesundheitsamt, Raum 2.14", kinds: [.assessment, .followUp],
                         interpreterLanguages: [try Model.language("fa")]).get()
    }

    @Test func aSpecialistReadsBackAndAUserBelongsToOneSpecialistOnly() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let (first, copy) = (try Model.specialist(SpecialistID(1)), try Model.specialist(SpecialistID(2)))
        try database.write { (db: Connection) throws(StoreError) in try SpecialistRepository(db).insert(first, now: Model.instant(0)) }
        let byUser = try Model.user("dr-weber")
        let (byID, found) = try database.read { (db: Connection) throws(StoreError) -> (Specialist?, Specialist?) in
            (try SpecialistRepository(db).find(SpecialistID(1)), try SpecialistRepository(db).find(user: byUser))
        }
        #expect(byID == first)
        #expect(found == first)
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try SpecialistRepository(db).insert(copy, now: Model.instant(0)) }
        }
        #expect(error?.message == "The user dr-weber already belongs to specialist 1 (Dr. Weber).")
    }

    @Test func aStoredSpecialistTheModelRefusesIsADecodingErrorNamingTheColumn() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let specialist = try Model.specialist(SpecialistID(1))
        try database.write { (db: Connection) throws(StoreError) in
            try SpecialistRepository(db).insert(specialist, now: Model.instant(0))
            // A blank name passes the table's length check but not the model's.
            try db.execute("UPDATE specialists SET name = ' ' WHERE id = 1")
        }
        let error = #expect(throws: StoreError.self) {
            try database.read { (db: Connection) throws(StoreError) in try SpecialistRepository(db).list() }
        }
        #expect(error?.kind == .decoding(column: "name", expected: "Specialist"))
        #expect(error?.message.hasPrefix("The stored specialist 1 is not valid: name") == true)
    }

    @Test func sessionsReadBackCancelAndGiveTheMonthsSlots() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let specialist = try Model.specialist(SpecialistID(1))
        let march = try session(SessionID(1), on: "2026-03-03")
        var marchLate = try session(SessionID(2), on: "2026-03-31")
        let april = try session(SessionID(3), on: "2026-04-07")
        try database.write { (db: Connection) throws(StoreError) in
            try SpecialistRepository(db).insert(specialist, now: Model.instant(0))
            for session in [march, marchLate, april] { try SessionRepository(db).insert(session, now: Model.instant(0)) }
        }
        #expect(try database.read { (db: Connection) throws(StoreError) in try SessionRepository(db).find(SessionID(1)) } == march)
        try marchLate.cancel().get()
        let cancelled = marchLate
        try database.write { (db: Connection) throws(StoreError) in try SessionRepository(db).updateStatus(cancelled, now: Model.instant(5)) }
        let (first, last) = (try Model.date("2026-03-01"), try Model.date("2026-03-31"))
        let (inMarch, slots) = try database.read { (db: Connection) throws(StoreError) -> ([Session], [Slot]) in
            (try SessionRepository(db).list(from: first, through: last), try SessionRepository(db).slots(year: 2026, month: 3))
        }
        #expect(inMarch == [march, cancelled])
        #expect(inMarch.last?.status == .cancelled)
        // Only the scheduled March session gives slots: three, with the specialist's languages and the interpreter's.
        #expect(slots == march.slots(specialistLanguages: specialist.languages))
        #expect(slots.count == 3)
        #expect(slots.first?.languages.map(\.code).sorted() == ["ar", "de", "fa"])
    }

    @Test func aStoredSessionHasARowForEachSlot() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let specialist = try Model.specialist(SpecialistID(1))
        let stored = try session(SessionID(7), on: "2026-03-03")
        let (rows, roundTrip) = try database.write { (db: Connection) throws(StoreError) -> ([String], SlotID) in
            try SpecialistRepository(db).insert(specialist, now: Model.instant(0))
            try SessionRepository(db).insert(stored, now: Model.instant(0))
            var rows: [String] = []
            for row in try db.fetchAll("SELECT position, start_time, minutes FROM slots WHERE session_id = 7 ORDER BY position") {
                rows.append("\(try row.decode(Int.self, "position")) \(try row.decode(String.self, "start_time")) \(try row.decode(Int.self, "minutes"))")
            }
            let second = try SessionRepository(db).slotRowID(SlotID(session: SessionID(7), index: 2))
            return (rows, try SessionRepository(db).slotID(rowID: second))
        }
        #expect(rows == ["1 14:00 50", "2 14:50 50", "3 15:40 50"])
        #expect(roundTrip == SlotID(session: SessionID(7), index: 2))
        let missing = #expect(throws: StoreError.self) {
            try database.read { (db: Connection) throws(StoreError) in try SessionRepository(db).slotRowID(SlotID(session: SessionID(7), index: 4)) }
        }
        #expect(missing?.message == "There is no slot 7-4 (session 7 has no position 4).")
    }

    @Test func aSessionNeedsAKnownSpecialist() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let orphan = try session(SessionID(1), on: "2026-03-03", specialist: SpecialistID(9))
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try SessionRepository(db).insert(orphan, now: Model.instant(0)) }
        }
        #expect(error?.kind == .notFound(record: "specialist", id: "9"))
    }
}
