import Foundation
import LotseCore
import Testing
@testable import LotseStore

/// The specialist's view of the roster tables: their day, the unresolved list, whom they
/// see, and who a follow-up step concerns.
@Suite("Specialist agenda")
struct SpecialistAgendaTests {
    private func booked(_ directory: TemporaryDirectory) throws -> (Database, [Int64]) {
        let database = try Scenario.march(directory)
        let ids = try database.write { (db: Connection) throws(StoreError) -> [Int64] in
            [try AppointmentRepository(db).book(referral: ReferralID(1), slot: SlotID(session: SessionID(1), index: 1), roster: nil, now: Model.instant(1)),
             try AppointmentRepository(db).book(referral: ReferralID(2), slot: SlotID(session: SessionID(1), index: 2), roster: nil, now: Model.instant(1))]
        }
        return (database, ids)
    }

    @Test func theDayListsOnlyTheSpecialistsOwnAppointmentsInSlotOrder() throws {
        let directory = try TemporaryDirectory()
        let (database, ids) = try booked(directory)
        let day = try Model.date("2026-03-03")
        let (own, other, all) = try database.read { (db: Connection) throws(StoreError) in
            (try SpecialistAgenda(db).day(day, specialistUser: "dr-weber"), try SpecialistAgenda(db).day(day, specialistUser: "dr-other"),
             try SpecialistAgenda(db).day(day, specialistUser: nil))
        }
        #expect(own.map(\.appointment) == ids)
        #expect(own.map(\.time) == ["14:00", "14:50"])
        #expect(own.first?.specialistUser == "dr-weber")
        #expect(other.isEmpty)
        #expect(all.count == 2)
    }

    @Test func pastAppointmentsStayUnresolvedUntilAnOutcomeIsRecorded() throws {
        let directory = try TemporaryDirectory()
        let (database, ids) = try booked(directory)
        let (dayOf, after) = (try Model.date("2026-03-03"), try Model.date("2026-03-04"))
        func unresolved(_ date: CalendarDate) throws -> [Int64] {
            try database.read { (db: Connection) throws(StoreError) in try SpecialistAgenda(db).unresolved(before: date, specialistUser: "dr-weber").map(\.appointment) }
        }
        #expect(try unresolved(dayOf).isEmpty)
        #expect(try unresolved(after) == ids)
        let weber = try Model.user("dr-weber")
        try database.write { (db: Connection) throws(StoreError) in
            try AppointmentRepository(db).recordAttendance(ids[0], .noShow, by: weber, at: Model.instant(2))
        }
        #expect(try unresolved(after) == [ids[1]])
    }

    @Test func aSpecialistSeesOnlyClientsBookedWithThem() throws {
        let directory = try TemporaryDirectory()
        let (database, _) = try booked(directory)
        let (one, three) = (try Model.client("K-2026-0001"), try Model.client("K-2026-0003"))
        let (first, third, stranger) = try database.read { (db: Connection) throws(StoreError) in
            (try SpecialistAgenda(db).specialist("dr-weber", sees: one),
             try SpecialistAgenda(db).specialist("dr-weber", sees: three),
             try SpecialistAgenda(db).specialist("dr-other", sees: one))
        }
        #expect(first)
        #expect(!third)
        #expect(!stranger)
    }
}
