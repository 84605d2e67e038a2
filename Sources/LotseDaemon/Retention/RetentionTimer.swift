import Foundation
import LotseCore

/// Runs the retention purge once a day at `[retention] purge_time` (Europe/Berlin), on a
/// thread of its own so a long purge never holds up a connection. A daemon that was down
/// at that moment purges at the next one; the purge is idempotent, so a missed or an
/// extra run changes nothing but timing.
///
/// End-to-end tests may set `LOTSE_TEST_PURGE_SECONDS` to run it every that many seconds
/// instead — in debug builds only, with `LOTSE_TEST_INTERFACES=1` (`TestHooks`).
public final class RetentionTimer: Sendable {
    private let services: DaemonServices
    private let testInterval: Double?
    private let thread: PeriodicThread

    /// Creates the timer; `start()` begins waiting.
    public init(services: DaemonServices, environment: [String: String]) {
        self.services = services
        testInterval = Self.testInterval(environment)
        let interval = testInterval
        thread = PeriodicThread(name: "lotsed-retention",
                                next: { now in Self.nextRun(after: now, interval: interval, services: services) },
                                work: { RetentionPurge.runScheduled(services) })
    }

    /// The test interval of a debug build's test run, else nil.
    private static func testInterval(_ environment: [String: String]) -> Double? {
        #if DEBUG
        guard TestHooks.enabled(environment), let text = environment["LOTSE_TEST_PURGE_SECONDS"],
              let seconds = Double(text), seconds > 0 else { return nil }
        return seconds
        #else
        return nil
        #endif
    }

    /// Starts the timer thread.
    public func start() { thread.start() }

    /// Stops the timer and waits for a purge in progress to finish.
    public func stop() { thread.stop() }

    /// The next moment to purge after `now`: today's purge time in Europe/Berlin, or
    /// tomorrow's when it has passed.
    func nextRun(after now: Date) -> Date {
        Self.nextRun(after: now, interval: testInterval, services: services)
    }

    /// The schedule itself, without the timer, so that the thread's closure need not
    /// capture the timer: a test interval when set, else the configured purge time.
    private static func nextRun(after now: Date, interval: Double?, services: DaemonServices) -> Date {
        if let interval { return now.addingTimeInterval(interval) }
        return nextRun(after: now, at: services.configuration.configuration.retention.purgeTime)
    }

    /// The next `time` in Europe/Berlin strictly after `now` (a time skipped by the
    /// spring change runs at the first valid moment after it).
    static func nextRun(after now: Date, at time: TimeOfDay) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = CaseworkClock.berlin
        let today = CalendarDate(instant: now, in: CaseworkClock.berlin)
        for offset in 0...2 {
            let day = CalendarDate(daysSince1970: today.daysSince1970 + offset)
            let parts = DateComponents(year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute)
            if let candidate = calendar.date(from: parts), candidate > now { return candidate }
        }
        return now.addingTimeInterval(86_400)
    }
}
