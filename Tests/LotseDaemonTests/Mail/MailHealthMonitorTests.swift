import Foundation
import LotseCore
@testable import LotseDaemon
import LotseStore
import Testing

/// Mail undelivered past `[mail] alert_after`: warnings, not info; one notice per episode.
@Suite struct MailHealthMonitorTests {
    @Test func mailStuckPastAlertAfterTellsTheCoordinatorsOnceAndWarns() throws {
        let fixture = try OutboxFixture(codes: "75*1000")
        let worker = try fixture.worker()
        let monitor = fixture.healthMonitor()
        let first = try #require(try fixture.queueReminder(id: "A1"))
        // Within the hour: retries are info, no alert.
        for _ in 0..<3 {
            _ = try worker.deliverDue()
            #expect(try monitor.check(now: fixture.clock.now).isEmpty)
            fixture.clock.advance(15 * 60)
        }
        #expect(!fixture.logLines.all.contains { $0.hasPrefix("warning:") }, "\(fixture.logLines.all)")
        // Past the hour: one notice, one warning naming the oldest mail and the last error.
        fixture.clock.advance(20 * 60)
        _ = try worker.deliverDue()
        let notices = try monitor.check(now: fixture.clock.now)
        #expect(notices.count == 1)
        let notice = try #require(try fixture.entries(kind: .deliveryDelayed).first)
        #expect(notice.recipient == "koordination@landkreis.example")
        #expect(notice.payload.body.contains("Nummer \(first)"))
        let warnings = fixture.logLines.all.filter { $0.hasPrefix("warning:") }
        #expect(warnings.contains { $0.contains("(undelivered for longer than [mail] alert_after)") }, "\(warnings)")
        #expect(warnings.contains { $0.contains("1 message undelivered for longer than [mail] alert_after (1h); oldest: number \(first)")
                                     && $0.contains("last error: sendmail exited with status 75") }, "\(warnings)")
        // Hours more of the same, a second mail stuck too, and a fresh monitor (a restart):
        // still the one notice, and the summary warning is not repeated every round.
        _ = try fixture.queueReminder(id: "A2")
        let summaries = warnings.filter { $0.contains("undelivered for longer than [mail] alert_after (") }.count
        for round in 0..<12 {
            fixture.clock.advance(30 * 60)
            _ = try worker.deliverDue()
            #expect(try (round == 6 ? fixture.healthMonitor() : monitor).check(now: fixture.clock.now).isEmpty)
        }
        #expect(try fixture.entries(kind: .deliveryDelayed).count == 1)
        #expect(fixture.logLines.all.filter { $0.contains("undelivered for longer than [mail] alert_after (") }.count <= summaries + 1)
    }

    @Test func aNewEpisodeAfterRecoveryIsToldAgain() throws {
        let fixture = try OutboxFixture(codes: "75*2 0*2 75*1000")
        fixture.alertAfter = 600
        let worker = try fixture.worker()
        let monitor = fixture.healthMonitor()
        _ = try fixture.queueReminder(id: "A1")
        _ = try worker.deliverDue()
        fixture.clock.advance(700)
        _ = try worker.deliverDue()
        #expect(try monitor.check(now: fixture.clock.now).count == 1)
        // The notice and the reminder go out (the fake accepts the next runs), the outbox is healthy.
        for _ in 0..<5 {
            fixture.clock.advance(3600)
            _ = try worker.deliverDue()
        }
        #expect(try monitor.check(now: fixture.clock.now).isEmpty)
        // Later a new mail is stuck: a new episode, a new notice.
        fixture.clock.advance(86_400)
        _ = try fixture.queueReminder(id: "B1")
        _ = try worker.deliverDue()
        fixture.clock.advance(700)
        _ = try worker.deliverDue()
        #expect(try monitor.check(now: fixture.clock.now).count == 1)
        #expect(try fixture.entries(kind: .deliveryDelayed).count == 2)
    }

    @Test func aPermanentFailureIsAWarning() throws {
        let fixture = try OutboxFixture(codes: "67 0")
        let worker = try fixture.worker()
        let id = try #require(try fixture.queueReminder())
        _ = try worker.deliverDue()
        #expect(fixture.logLines.all.contains { $0.hasPrefix("warning: mail \(id) ") && $0.contains("failed for good") }, "\(fixture.logLines.all)")
    }

    @Test func healthCountsWaitingOverdueAndFailedWithTheLastError() throws {
        let fixture = try OutboxFixture(codes: "67 75*100")
        let worker = try fixture.worker()
        _ = try fixture.queueReminder(id: "A1")
        _ = try fixture.queueReminder(id: "A2")
        _ = try worker.deliverDue()
        fixture.clock.advance(7200)
        let health = try fixture.database.read { (db: Connection) throws(StoreError) in
            try Outbox(db).health(overdueBefore: fixture.clock.now.addingTimeInterval(-3600))
        }
        // One reminder failed for good (67) and told the coordinator; the other and that notice wait (75).
        #expect(health.failed == 1)
        #expect(health.pending == 2)
        #expect(health.overdue == 2)
        #expect(health.oldestPendingDueAt == OutboxFixture.start)
        #expect(health.lastError?.hasPrefix("sendmail exited with status 75") == true)
    }

    @Test func theWarningAboutStuckMailFollowsTheDaemonsLanguage() throws {
        let fixture = try OutboxFixture(codes: "75*1000")
        let worker = try fixture.worker()
        let monitor = fixture.healthMonitor(language: .de)
        let first = try #require(try fixture.queueReminder(id: "A1"))
        _ = try worker.deliverDue()
        fixture.clock.advance(2 * 3600)
        _ = try worker.deliverDue()
        #expect(try monitor.check(now: fixture.clock.now).count == 1)
        let warnings = fixture.logLines.all.filter { $0.hasPrefix("warning: Mail:") }
        #expect(warnings.contains { $0.contains("1 Nachricht länger als [mail] alert_after (1h) nicht zugestellt; älteste: Nummer \(first)")
                                     && $0.contains("letzter Fehler: sendmail endete mit Status 75")
                                     && $0.hasSuffix("1 Hinweis an die Koordination eingereiht") }, "\(fixture.logLines.all)")
    }
}
