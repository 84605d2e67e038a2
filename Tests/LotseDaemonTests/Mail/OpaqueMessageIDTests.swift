import Foundation
import LotseCore
@testable import LotseDaemon
import LotseStore
import Testing

/// A mail's Message-ID is opaque and fixed per outbox row: the same reminder queued twice
/// is one row, a retried mail keeps its id, and the id holds neither the pseudonym nor
/// the kind of mail.
@Suite struct OpaqueMessageIDTests {
    @Test func theSameReminderQueuedTwiceIsOneRowWhoseOpaqueIdSurvivesARetry() throws {
        let fixture = try OutboxFixture(codes: "69 0")
        let worker = try fixture.worker()
        let id = try #require(try fixture.queueReminder())
        #expect(try fixture.queueReminder() == nil)
        #expect(try fixture.entries().count == 1)
        let stored = try #require(try fixture.entry(id)).messageID
        #expect(stored.range(of: #"^<lotse\.[0-9a-f]{32}@[^>]+>$"#, options: .regularExpression) != nil, "\(stored)")
        #expect(!stored.contains("K-2026-0042") && !stored.contains("appointment"))
        // A temporary failure, then the retry: the same id in both runs.
        #expect(try worker.deliverDue().retried == [id])
        fixture.clock.advance(3600)
        #expect(try worker.deliverDue().sent == [id])
        #expect(fixture.messageIDHeader(ofRun: 1) == "Message-ID: \(stored)")
        #expect(fixture.messageIDHeader(ofRun: 2) == "Message-ID: \(stored)")
        // Queued again after it went: still one row, never a second mail.
        #expect(try fixture.queueReminder() == nil)
        #expect(try fixture.entries().count == 1)
    }

    @Test func twoOpaqueIdsDifferAndRefuseABadDomain() throws {
        var generator = SystemRandomNumberGenerator()
        let a = try MessageID.opaque(domain: "landkreis.example", using: &generator)
        let b = try MessageID.opaque(domain: "landkreis.example", using: &generator)
        #expect(a != b)
        #expect(throws: MailError.self) { try MessageID.opaque(domain: "not a host", using: &generator) }
    }
}
