import Foundation
import LotseCore
import Testing
@testable import LotseStore

@Suite("Appointments, assessments and follow-up steps")
struct AssessmentRepositoryTests {
    private let slot1 = SlotID(session: SessionID(1), index: 1)

    @Test func aSlotIsBookedOnceAndAttendanceIsRecordedOnce() throws {
        let directory = try TemporaryDirectory()
        let database = try Scenario.march(directory)
        let slot = slot1
        let id = try database.write { (db: Connection) throws(StoreError) in
            try AppointmentRepository(db).book(referral: ReferralID(1), slot: slot, roster: nil, now: Model.instant(1))
        }
        let taken = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in
                try AppointmentRepository(db).book(referral: ReferralID(2), slot: slot, roster: nil, now: Model.instant(2))
            }
        }
        #expect(taken?.message == "Slot 1-1 is already booked for referral 1.")
        let (before, after) = (try Model.date("2026-03-03"), try Model.date("2026-03-04"))
        let unresolved = try database.read { (db: Connection) throws(StoreError) -> ([Int64], [Int64]) in
            (try AppointmentRepository(db).unresolved(before: before).map(\.id), try AppointmentRepository(db).unresolved(before: after).map(\.id))
        }
        #expect(unresolved.0.isEmpty)
        #expect(unresolved.1 == [id])
        let weber = try Model.user("dr-weber")
        try database.write { (db: Connection) throws(StoreError) in
            try AppointmentRepository(db).recordAttendance(id, .attended, by: weber, at: Model.instant(3))
        }
        let twice = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in
                try AppointmentRepository(db).recordAttendance(id, .noShow, by: weber, at: Model.instant(4))
            }
        }
        #expect(twice?.message == "Appointment \(id) already has its attendance recorded (attended).")
        let stored = try database.read { (db: Connection) throws(StoreError) in try AppointmentRepository(db).appointment(id) }
        #expect(stored.attendance == .attended)
        #expect(stored.slot == slot)
        #expect(stored.attendanceBy == weber)
    }

    @Test func anAssessmentWithRecommendationsAndStepsReadsBackAndIsRecordedOnce() throws {
        let directory = try TemporaryDirectory()
        let database = try Scenario.march(directory)
        var referral = try database.read { (db: Connection) throws(StoreError) in try ReferralRepository(db).referral(ReferralID(1)) }
        try referral.schedule().get()
        try referral.record(.attended, policy: .headOfUrgency).get()
        let attended = referral
        let day = try Model.date("2026-03-03")
        let owner = try StepOwner.make(role: .caseworker, user: try Model.user("anna")).get()
        let steps = [
            try FollowUpStep.make(id: FollowUpStepID(1), client: referral.client, description: "Therapieplatz bei der KV anfragen",
                                  owner: owner, dueOn: try Model.date("2026-03-31"), appointmentDate: day).get(),
            try FollowUpStep.make(id: FollowUpStepID(2), client: referral.client, description: "Hausarzt informieren",
                                  owner: owner, dueOn: try Model.date("2026-03-10"), appointmentDate: day).get(),
        ]
        let recommendations = [
            try Recommendation.make(code: "outpatient-psychotherapy", months: nil, catalogue: .standard).get(),
            try Recommendation.make(code: "present-again", months: 3, catalogue: .standard).get(),
        ]
        let assessment = try Assessment.record(id: AssessmentID(1), referral: attended, slot: slot1, specialist: SpecialistID(1),
                                               appointmentDate: day, note: "Schlafstörungen seit der Flucht, Albträume.",
                                               recommendations: recommendations, steps: steps).get()
        let weber = try Model.user("dr-weber")
        try database.write { (db: Connection) throws(StoreError) in
            try ReferralRepository(db).update(attended, now: Model.instant(5))
            try AssessmentRepository(db).insert(assessment, by: weber, now: Model.instant(5))
        }
        let client = try Model.client("K-2026-0001")
        let (stored, byReferral, codes) = try database.read { (db: Connection) throws(StoreError) in
            (try AssessmentRepository(db).find(AssessmentID(1)), try AssessmentRepository(db).find(referral: ReferralID(1)),
             try AssessmentRepository(db).recommendationCodes(client: client))
        }
        #expect(stored == assessment)
        #expect(byReferral == assessment)
        #expect(codes.first?.codes.map(\.value) == ["outpatient-psychotherapy", "present-again"])
        let again = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try AssessmentRepository(db).insert(assessment, by: weber, now: Model.instant(6)) }
        }
        #expect(again?.message == "Referral 1 already has its assessment (1); it is recorded only once.")
    }

    @Test func stepsAreListedByOwnerAndOverdueAndTheirChangesSaved() throws {
        let directory = try TemporaryDirectory()
        let database = try Scenario.march(directory)
        let anna = try Model.user("anna")
        let owner = try StepOwner.make(role: .caseworker, user: anna).get()
        let day = try Model.date("2026-03-03")
        var early = try FollowUpStep.make(id: FollowUpStepID(1), client: try Model.client("K-2026-0001"), description: "Termin beim Hausarzt",
                                          owner: owner, dueOn: try Model.date("2026-03-05"), appointmentDate: day).get()
        let late = try FollowUpStep.make(id: FollowUpStepID(2), client: try Model.client("K-2026-0002"), description: "Antrag stellen",
                                         owner: owner, dueOn: try Model.date("2026-04-05"), appointmentDate: day).get()
        let (first, second) = (early, late)
        try database.write { (db: Connection) throws(StoreError) in
            try FollowUpStepRepository(db).insert(first, now: Model.instant(0))
            try FollowUpStepRepository(db).insert(second, now: Model.instant(0))
        }
        let checkDay = try Model.date("2026-03-20")
        let overdue = try database.read { (db: Connection) throws(StoreError) in try FollowUpStepRepository(db).list(overdueOn: checkDay) }
        #expect(overdue.map(\.id) == [FollowUpStepID(1)])
        try early.markDone().get()
        let done = early
        try database.write { (db: Connection) throws(StoreError) in try FollowUpStepRepository(db).save(done, by: anna, now: Model.instant(9)) }
        let (mine, stillOverdue, stored) = try database.read { (db: Connection) throws(StoreError) in
            (try FollowUpStepRepository(db).list(owner: anna, statuses: [.open]), try FollowUpStepRepository(db).list(overdueOn: checkDay),
             try FollowUpStepRepository(db).find(FollowUpStepID(1)))
        }
        #expect(mine == [late])
        #expect(stillOverdue.isEmpty)
        #expect(stored == done)
    }
}
