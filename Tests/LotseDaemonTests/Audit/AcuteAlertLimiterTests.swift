import Foundation
import LotseCore
import Testing
@testable import LotseDaemon

@Suite struct AcuteAlertLimiterTests {
    static let start = Date(timeIntervalSince1970: 1_780_000_000)

    static func settings(repeatMinutes: Int = 30, perHour: Int = 2) -> EmergencySettings {
        var settings = EmergencySettings()
        settings.alertRepeatMinutes = repeatMinutes
        settings.alertsPerHour = perHour
        return settings
    }

    @Test func aRepeatWithinTheWindowIsCountedAndAfterItAlertsAgain() {
        let limiter = AcuteAlertLimiter()
        let s = Self.settings()
        #expect(limiter.decide(uid: 1, subject: "K-2026-0001", ownClient: true, now: Self.start, settings: s) == .send)
        #expect(limiter.decide(uid: 1, subject: "K-2026-0001", ownClient: true, now: Self.start + 60, settings: s)
                == .coalesced(firstAt: Self.start, reports: 2))
        #expect(limiter.decide(uid: 1, subject: "K-2026-0001", ownClient: true, now: Self.start + 1799, settings: s)
                == .coalesced(firstAt: Self.start, reports: 3))
        // Past the window the next report is a new alert.
        #expect(limiter.decide(uid: 1, subject: "K-2026-0001", ownClient: true, now: Self.start + 1800, settings: s) == .send)
        // Another account's report about the same pseudonym is its own alert.
        #expect(limiter.decide(uid: 2, subject: "K-2026-0001", ownClient: false, now: Self.start + 1801, settings: s) == .send)
    }

    @Test func theCapCountsOnlyOthersPseudonymsAndNeverAFirstAlertForAnOwnClient() {
        let limiter = AcuteAlertLimiter()
        let s = Self.settings(perHour: 2)
        #expect(limiter.decide(uid: 1, subject: "K-2026-0101", ownClient: false, now: Self.start, settings: s) == .send)
        #expect(limiter.decide(uid: 1, subject: "K-2026-0102", ownClient: false, now: Self.start + 600, settings: s) == .send)
        #expect(limiter.decide(uid: 1, subject: "K-2026-0103", ownClient: false, now: Self.start + 1200, settings: s)
                == .refused(limit: 2, retryAfter: 2400))
        for n in 1...20 {
            #expect(limiter.decide(uid: 1, subject: "K-2026-\(1000 + n)", ownClient: true, now: Self.start + 1200, settings: s) == .send)
        }
        // Another account has its own allowance; an hour after the first, one is free again.
        #expect(limiter.decide(uid: 2, subject: "K-2026-0103", ownClient: false, now: Self.start + 1200, settings: s) == .send)
        #expect(limiter.decide(uid: 1, subject: "K-2026-0103", ownClient: false, now: Self.start + 3600, settings: s) == .send)
    }

    @Test func undoTakesBackAReportWhoseTransactionFailed() {
        let limiter = AcuteAlertLimiter()
        let s = Self.settings(perHour: 1)
        let first = limiter.decide(uid: 1, subject: "K-2026-0201", ownClient: false, now: Self.start, settings: s)
        limiter.undo(first, uid: 1, subject: "K-2026-0201", ownClient: false, now: Self.start)
        // Neither coalesced nor capped: the failed report never happened.
        #expect(limiter.decide(uid: 1, subject: "K-2026-0201", ownClient: false, now: Self.start + 1, settings: s) == .send)
        let repeatReport = limiter.decide(uid: 1, subject: "K-2026-0201", ownClient: false, now: Self.start + 2, settings: s)
        #expect(repeatReport == .coalesced(firstAt: Self.start + 1, reports: 2))
        limiter.undo(repeatReport, uid: 1, subject: "K-2026-0201", ownClient: false, now: Self.start + 2)
        #expect(limiter.decide(uid: 1, subject: "K-2026-0201", ownClient: false, now: Self.start + 3, settings: s)
                == .coalesced(firstAt: Self.start + 1, reports: 2))
    }
}
