import Foundation
import LotseCore
import Testing
@testable import LotseDaemon

/// When the daily retention purge runs: the configured local time in Europe/Berlin,
/// today if still ahead, else tomorrow, across both clock changes.
@Suite struct RetentionTimerTests {
    static func instant(_ iso: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: iso))
    }

    static let halfPastThree = TimeOfDay(hour: 3, minute: 30)

    @Test func beforeThePurgeTimeItRunsTheSameNight() throws {
        let time = try #require(Self.halfPastThree)
        // 01:00 Berlin in winter is 00:00 UTC; 03:30 Berlin is 02:30 UTC.
        #expect(RetentionTimer.nextRun(after: try Self.instant("2026-11-21T00:00:00Z"), at: time)
                == (try Self.instant("2026-11-21T02:30:00Z")))
    }

    @Test func afterThePurgeTimeItRunsTheNextNight() throws {
        let time = try #require(Self.halfPastThree)
        #expect(RetentionTimer.nextRun(after: try Self.instant("2026-11-21T02:30:00Z"), at: time)
                == (try Self.instant("2026-11-22T02:30:00Z")))
        #expect(RetentionTimer.nextRun(after: try Self.instant("2026-11-21T10:00:00Z"), at: time)
                == (try Self.instant("2026-11-22T02:30:00Z")))
    }

    @Test func summerTimeShiftsTheUTCMomentButNotTheLocalTime() throws {
        let time = try #require(Self.halfPastThree)
        // 29.03.2026: clocks jump from 02:00 to 03:00, so 03:30 CEST is 01:30 UTC.
        #expect(RetentionTimer.nextRun(after: try Self.instant("2026-03-28T12:00:00Z"), at: time)
                == (try Self.instant("2026-03-29T01:30:00Z")))
    }

    @Test func aTimeSkippedInSpringRunsAtTheFirstValidMomentAfterIt() throws {
        let time = try #require(TimeOfDay(hour: 2, minute: 30))
        let next = RetentionTimer.nextRun(after: try Self.instant("2026-03-28T12:00:00Z"), at: time)
        // 02:30 does not exist on 29.03.2026; it runs within the hour after the jump.
        #expect(next > (try Self.instant("2026-03-29T00:59:59Z")))
        #expect(next <= (try Self.instant("2026-03-29T01:30:00Z")))
    }
}
