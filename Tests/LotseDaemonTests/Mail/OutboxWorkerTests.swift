import Foundation
import LotseCore
@testable import LotseDaemon
import LotseStore
import Testing

/// The acceptance fault tests, run against the OutboxWorker with a real SQLite database
/// in a temporary directory and the fake sendmail.
@Suite struct OutboxWorkerTests {
    @Test func tempfailTenTimesThenSuccessIsDeliveredExactlyOnceWithOneMessageID() throws {
        let fixture = try OutboxFixture(codes: "75*10 0")
        let worker = try fixture.worker()
        let id = try #require(try fixture.queueReminder())
        var delays: [TimeInterval] = []
        for _ in 0..<20 {
            let report = try worker.deliverDue()
            if report.sent == [id] { break }
            #expect(report.retried == [id])
            let next = try #require(try fixture.entry(id)).nextAttemptAt
            delays.append(next.timeIntervalSince(fixture.clock.now))
            fixture.clock.advance(next.timeIntervalSince(fixture.clock.now))
        }
        let entry = try #require(try fixture.entry(id))
        #expect(entry.state == .sent)
        #expect(entry.attempts == 11)
        #expect(fixture.fake.runs == 11)
        #expect(delays.map { Int($0 / 60) } == [5, 10, 20, 40, 60, 60, 60, 60, 60, 60])
        let ids = Set((1...11).compactMap { fixture.messageIDHeader(ofRun: $0) })
        #expect(ids.count == 1)
        // Nothing more happens later: the mail went once.
        fixture.clock.advance(24 * 3600)
        #expect(try worker.deliverDue() == OutboxWorker.Report())
        #expect(fixture.fake.runs == 11)
    }

    @Test func exit69IsRetriedWithBackOff() throws {
        let fixture = try OutboxFixture(codes: "69*2 0")
        let worker = try fixture.worker()
        let id = try #require(try fixture.queueReminder())
        #expect(try worker.deliverDue().retried == [id])
        var entry = try #require(try fixture.entry(id))
        #expect(entry.state == .pending && entry.lastExitCode == 69)
        #expect(entry.nextAttemptAt == fixture.clock.now.addingTimeInterval(300))
        // Not due yet: nothing runs.
        fixture.clock.advance(299)
        #expect(try worker.deliverDue() == OutboxWorker.Report())
        fixture.clock.advance(1)
        #expect(try worker.deliverDue().retried == [id])
        entry = try #require(try fixture.entry(id))
        #expect(entry.nextAttemptAt == fixture.clock.now.addingTimeInterval(600))
        fixture.clock.advance(600)
        #expect(try worker.deliverDue().sent == [id])
    }

    @Test func exit67FailsForGoodAndTellsTheCoordinatorOnce() throws {
        let fixture = try OutboxFixture(codes: "67 0")
        try fixture.fake.setStderr("im-nord@landkreis.example... User unknown\n")
        let worker = try fixture.worker()
        let id = try #require(try fixture.queueReminder())
        let report = try worker.deliverDue()
        #expect(report.failed == [id])
        #expect(report.noticesQueued.count == 1)
        #expect(report.sent == report.noticesQueued)
        let entries = try fixture.entries()
        #expect(entries.count == 2)
        #expect(entries[0].state == .failed && entries[0].lastExitCode == 67)
        #expect(entries[0].lastError?.contains("User unknown") == true)
        #expect(entries[1].kind == "delivery-failed" && entries[1].recipient == "koordination@landkreis.example")
        #expect(entries[1].state == .sent)
        #expect(entries[1].payload.body.contains("lotse mail retry \(id)"))
        #expect(fixture.fake.arguments(ofRun: 2)?.last == "koordination@landkreis.example")
        fixture.clock.advance(24 * 3600)
        #expect(try worker.deliverDue() == OutboxWorker.Report())
    }

    @Test func aFailingDeliveryNoticeNeverCausesAnotherNotice() throws {
        let fixture = try OutboxFixture(codes: "67")
        let worker = try fixture.worker()
        try fixture.queueReminder()
        let report = try worker.deliverDue()
        #expect(report.failed.count == 2)
        #expect(report.noticesQueued.count == 1)
        #expect(try fixture.entries().count == 2)
        #expect(fixture.fake.runs == 2)
        fixture.clock.advance(24 * 3600)
        #expect(try worker.deliverDue() == OutboxWorker.Report())
    }

    @Test func aMissingSendmailKeepsTheMailPendingWithAClearReason() throws {
        let fixture = try OutboxFixture(codes: "0")
        fixture.sendmailPath = "/nonexistent/sbin/sendmail"
        let id = try #require(try fixture.queueReminder())
        #expect(try fixture.worker().deliverDue().retried == [id])
        let entry = try #require(try fixture.entry(id))
        #expect(entry.state == .pending)
        #expect(entry.lastError?.contains("/nonexistent/sbin/sendmail does not exist") == true)
        // Once the MTA is there, the mail goes.
        fixture.sendmailPath = fixture.fake.path
        fixture.clock.advance(300)
        #expect(try fixture.worker().deliverDue().sent == [id])
    }

    @Test func aSendmailThatIsNotExecutableKeepsTheMailPending() throws {
        let fixture = try OutboxFixture(codes: "0")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: fixture.fake.path)
        let id = try #require(try fixture.queueReminder())
        #expect(try fixture.worker().deliverDue().retried == [id])
        #expect(try fixture.entry(id)?.lastError?.contains("not executable") == true)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.fake.path)
        fixture.clock.advance(300)
        #expect(try fixture.worker().deliverDue().sent == [id])
        #expect(fixture.fake.runs == 1)
    }

    @Test func aHangingSendmailIsKilledAndTheMailRetried() throws {
        let fixture = try OutboxFixture(codes: "hang 0")
        fixture.timeout = 1
        let worker = try fixture.worker()
        let id = try #require(try fixture.queueReminder())
        #expect(try worker.deliverDue().retried == [id])
        #expect(try fixture.entry(id)?.lastError?.contains("did not finish within 1 seconds") == true)
        fixture.clock.advance(300)
        #expect(try worker.deliverDue().sent == [id])
        #expect(fixture.fake.runs == 2)
    }

    @Test func aSendmailThatExitsWithoutReadingInputDoesNotCrashTheWorker() throws {
        let fixture = try OutboxFixture(codes: "noread=75 0")
        let worker = try fixture.worker()
        let id = try #require(try fixture.queueReminder())
        #expect(try worker.deliverDue().retried == [id])
        fixture.clock.advance(300)
        #expect(try worker.deliverDue().sent == [id])
    }

    @Test func aMailInterruptedWhileSendingIsSentAgainWithTheSameMessageIDAfterARestart() throws {
        let fixture = try OutboxFixture(codes: "0")
        let id = try #require(try fixture.queueReminder())
        // The first daemon claimed the row (committed `sending`) and died before finishing.
        let now = fixture.clock.now
        let claimed = try fixture.database.write { (db: Connection) throws(StoreError) in try Outbox(db).claimNext(now: now) }
        #expect(claimed?.id == id)
        #expect(try fixture.entry(id)?.state == .sending)
        // A new worker (the restarted daemon) recovers it and sends it.
        let worker = try fixture.worker()
        #expect(try worker.recoverAfterRestart() == 1)
        #expect(try worker.deliverDue().sent == [id])
        #expect(fixture.messageIDHeader(ofRun: 1) == "Message-ID: \(claimed?.content.messageID ?? "?")")
        #expect(try fixture.entry(id)?.attempts == 2)
    }

    @Test func mootRemindersAreNotSent() throws {
        let fixture = try OutboxFixture(codes: "0")
        let first = try #require(try fixture.queueReminder(id: "A1"))
        let second = try #require(try fixture.queueReminder(id: "A2"))
        let third = try #require(try fixture.queueReminder(id: "A3"))
        _ = try fixture.database.write { (db: Connection) throws(StoreError) in try Outbox(db).markMoot(subjectKind: "appointment", subjectID: "A1") }
        let worker = try fixture.worker(subjectState: { $0.subjectID == "A2" ? .cancelled : .active })
        let report = try worker.deliverDue()
        #expect(report.moot == [second])
        #expect(report.sent == [third])
        #expect(try fixture.entry(first)?.moot == true)
        #expect(fixture.fake.runs == 1)
    }

    @Test func theAcuteRiskAlertGoesFirst() throws {
        let fixture = try OutboxFixture(codes: "0")
        try fixture.queueReminder(id: "A1", kind: .appointmentPublished)
        let planner = ReminderPlanner(district: "L")
        let alert = planner.event(.acuteRiskAlert, subjectID: "R9", recipient: fixture.coordinator, at: fixture.clock.now, eventAt: fixture.clock.now,
                                  facts: ReminderFacts(district: "L", pseudonym: "K-2026-0009", when: fixture.clock.now,
                                                       account: "anna", ownClient: true))
        let now = fixture.clock.now
        let composer = fixture.composer
        let alertID = try fixture.database.write { (db: Connection) throws(OutboxError) in try OutboxQueue.enqueue(db, alert, composer: composer, now: now) }
        let report = try fixture.worker().deliverDue()
        #expect(report.sent.first == alertID)
        #expect(fixture.fake.arguments(ofRun: 1)?.last == "koordination@landkreis.example")
    }

    @Test func aStoppingDaemonEndsTheRoundAfterTheCurrentMail() throws {
        let fixture = try OutboxFixture(codes: "0")
        for id in ["A1", "A2", "A3"] { try fixture.queueReminder(id: id) }
        let worker = try fixture.worker()
        var rounds = 0
        let report = try worker.deliverDue(while: {
            rounds += 1
            return rounds <= 1
        })
        #expect(report.sent.count == 1)
        #expect(try fixture.entries().filter { $0.state == .pending }.count == 2)
    }

    @Test func queuingTheSameReminderTwiceKeepsOneRow() throws {
        let fixture = try OutboxFixture(codes: "0")
        #expect(try fixture.queueReminder(id: "A1") != nil)
        #expect(try fixture.queueReminder(id: "A1") == nil)
        #expect(try fixture.entries().count == 1)
    }

    @Test func retryMakesAFailedMailDueAgainAndRefusesOthers() throws {
        let fixture = try OutboxFixture(codes: "67 0 0")
        let worker = try fixture.worker()
        let id = try #require(try fixture.queueReminder())
        _ = try worker.deliverDue()
        let now = fixture.clock.now
        let entry = try fixture.database.write { (db: Connection) throws(OutboxError) in try OutboxQueue.retry(db, id: id, now: now) }
        #expect(entry.state == .pending)
        #expect(try worker.deliverDue().sent == [id])
        #expect(throws: OutboxError.notRetryable(id: id, state: .sent)) {
            try fixture.database.write { (db: Connection) throws(OutboxError) in try OutboxQueue.retry(db, id: id, now: now) }
        }
        #expect(throws: OutboxError.notFound(999)) {
            try fixture.database.write { (db: Connection) throws(OutboxError) in try OutboxQueue.retry(db, id: 999, now: now) }
        }
    }

    @Test func theMessageSentIsTheStoredTextWithTheFixedHeaders() throws {
        let fixture = try OutboxFixture(codes: "0")
        try fixture.queueReminder()
        _ = try fixture.worker().deliverDue()
        let raw = try #require(fixture.fake.message(ofRun: 1))
        #expect(raw.contains("\nAuto-Submitted: auto-generated\n"))
        #expect(raw.contains("\nTo: im-nord@landkreis.example\n"))
        #expect(raw.hasPrefix("Date: Tue, 1 Dec 2026 09:00:00 +0100\n"))
        #expect(fixture.fake.arguments(ofRun: 1) == ["-i", "-f", "bounce@landkreis.example", "--", "im-nord@landkreis.example"])
    }
}
