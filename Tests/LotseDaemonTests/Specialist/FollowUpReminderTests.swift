import Foundation
import LotseCore
@testable import LotseDaemon
import LotseStore
import Testing

/// The rows an assessment writes for its follow-up steps are the rows the mail
/// scheduler reads: a step stored through `FollowUpStepRepository` (as
/// `org.lotse.Assessments.Record` does) is reminded to its owner when it falls due, and
/// a hand-over or completion makes the queued reminder moot.
@Suite struct FollowUpReminderTests {
    func step(owner role: Role, _ user: String, due: String, id: Int64 = 10) throws -> FollowUpStep {
        let owner = try StepOwner.make(role: role, user: try #require(UserName(user))).get()
        return try FollowUpStep.make(id: FollowUpStepID(id), client: ClientID("K-2026-0003"), description: "Befund senden", owner: owner,
                                     dueOn: try #require(CalendarDate(iso: due)), appointmentDate: try #require(CalendarDate(iso: "2026-12-01"))).get()
    }

    func queue(_ fixture: OutboxFixture, at now: Date) throws -> [OutboxEntry] {
        let scheduler = ReminderScheduler(planner: ReminderPlanner(district: "Landkreis Ludwigsburg"), composer: fixture.composer,
                                          defaultLanguage: .german, coordinators: [fixture.coordinator])
        let ids = try fixture.database.write { (db: Connection) throws(OutboxError) -> [Int64] in try scheduler.queueDue(db, now: now) }
        return try fixture.entries().filter { ids.contains($0.id) }
    }

    @Test func aStepRecordedWithAnAssessmentIsRemindedToItsOwnerWhenDue() throws {
        let fixture = try OutboxFixture(codes: "0")
        try ReminderSchedulerTests.fill(fixture)
        let made = try step(owner: .specialist, "weiss", due: "2026-12-05")
        try fixture.database.write { (db: Connection) throws(StoreError) in
            try FollowUpStepRepository(db).insert(made, now: Date(timeIntervalSince1970: 1_795_000_000))
        }
        let due = try queue(fixture, at: try ReminderSchedulerTests.berlin("2026-12-05", "09:00"))
            .filter { $0.subjectKind == "followup" && $0.subjectID == "10" }
        #expect(due.map(\.kind) == ["followup-due"])
        #expect(due.map(\.recipient) == ["weiss@praxis.example"])
    }

    @Test func aHandOverMakesTheQueuedReminderMootAndADoneStepIsNotReminded() throws {
        let fixture = try OutboxFixture(codes: "0")
        try ReminderSchedulerTests.fill(fixture)
        var made = try step(owner: .specialist, "weiss", due: "2026-12-05")
        try fixture.database.write { (db: Connection) throws(StoreError) in
            try FollowUpStepRepository(db).insert(made, now: Date(timeIntervalSince1970: 1_795_000_000))
        }
        let due = try queue(fixture, at: try ReminderSchedulerTests.berlin("2026-12-05", "09:00")).filter { $0.subjectID == "10" }
        #expect(due.count == 1)
        _ = made.reassign(to: try StepOwner.make(role: .caseworker, user: try #require(UserName("anna"))).get())
        let changed = made
        let configuration = Configuration()
        let anna = try #require(UserName("anna"))
        _ = try fixture.database.write { (db: Connection) throws(StoreError) -> [Int64] in
            try FollowUpStepRepository(db).save(changed, by: anna, now: Date(timeIntervalSince1970: 1_795_100_000))
            return try FollowUpReminder.handOver(changed, db, configuration: configuration, now: Date(timeIntervalSince1970: 1_795_100_000))
        }
        #expect(try fixture.entries().first { $0.subjectID == "10" }?.moot == true)

        // A step done before it falls due is never reminded.
        var other = try step(owner: .caseworker, "anna", due: "2026-12-09", id: 11)
        _ = other.markDone()
        let done = other
        try fixture.database.write { (db: Connection) throws(StoreError) in
            try FollowUpStepRepository(db).insert(done, now: Date(timeIntervalSince1970: 1_795_200_000))
        }
        #expect(try queue(fixture, at: try ReminderSchedulerTests.berlin("2026-12-09", "09:00")).filter { $0.subjectID == "11" }.isEmpty)
    }
}
