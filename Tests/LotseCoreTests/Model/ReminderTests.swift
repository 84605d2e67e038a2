import Foundation
import Testing
@testable import LotseCore

@Suite struct ReminderTests {
    private func reminder() throws -> Reminder {
        let to = try EmailAddress.validate("anna@kreis.example").get()
        return try Reminder.make(id: ReminderID(1), kind: "appointment-reminder", recipient: to, language: .de, priority: 5,
                                 dueAt: ModelFixtures.instant).get()
    }

    @Test func dueOnlyWhenPendingAndTimeHasCome() throws {
        var r = try reminder()
        #expect(!r.isDue(at: ModelFixtures.instant.addingTimeInterval(-1)))
        #expect(r.isDue(at: ModelFixtures.instant))
        _ = r.beginSending()
        #expect(!r.isDue(at: ModelFixtures.instant))
    }

    @Test func temporaryFailureRetriesLaterThenSends() throws {
        var r = try reminder()
        #expect(r.beginSending().succeeded)
        let retry = ModelFixtures.instant.addingTimeInterval(300)
        #expect(r.recordTemporaryFailure(exitCode: 75, error: "queue busy", retryAt: retry).succeeded)
        #expect(r.state == .pending && r.dueAt == retry && r.attempts == 1 && r.lastExitCode == 75)
        #expect(r.beginSending().succeeded)
        #expect(r.recordSent().succeeded)
        #expect(r.state == .sent && r.attempts == 2 && r.lastError == nil)
        #expect(r.beginSending().failureValue?.description == "a reminder that is sent cannot become sending")
    }

    @Test func permanentFailureWaitsForTheCoordinatorsRetry() throws {
        var r = try reminder()
        _ = r.beginSending()
        #expect(r.recordPermanentFailure(exitCode: 67, error: String(repeating: "e", count: 900)).succeeded)
        #expect(r.state == .failed && r.lastError?.count == 500)
        #expect(r.markMoot().failureValue != nil)
        let now = ModelFixtures.instant.addingTimeInterval(3600)
        #expect(r.retry(at: now).succeeded)
        #expect(r.state == .pending && r.dueAt == now)
        #expect(r.retry(at: now).failureValue != nil)
    }

    @Test func mootReminderIsNeverSent() throws {
        var r = try reminder()
        #expect(r.markMoot().succeeded)
        #expect(r.beginSending().failureValue?.description == "a reminder that is moot cannot become sending")
        #expect(!r.isDue(at: ModelFixtures.instant))
    }

    @Test func kindMustBeATemplateName() throws {
        let to = try EmailAddress.validate("anna@kreis.example").get()
        #expect(Reminder.make(id: ReminderID(1), kind: "../etc/passwd", recipient: to, language: .en, priority: 0, dueAt: ModelFixtures.instant)
            .failureValue?.field == "kind")
    }
}
