#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseCore

/// Runs the retention purge once a day at `[retention] purge_time` (Europe/Berlin), on a
/// thread of its own so a long purge never holds up a connection. A daemon that was down
/// at that moment purges at the next one; the purge is idempotent, so a missed or an
/// extra run changes nothing but timing.
///
/// End-to-end tests may set `LOTSE_TEST_PURGE_SECONDS` (honoured only with
/// `LOTSE_TEST_INTERFACES=1`) to run it every that many seconds instead.
public final class RetentionTimer: Sendable {
    private let services: DaemonServices
    private let condition = NSCondition()
    private let state = StopState()
    private let testInterval: Double?

    /// The test-only interval variable.
    static let testIntervalVariable = "LOTSE_TEST_PURGE_SECONDS"

    /// Creates the timer; `start()` begins waiting.
    public init(services: DaemonServices, environment: [String: String]) {
        self.services = services
        if environment[TestingInterface.environmentVariable] == "1",
           let text = environment[Self.testIntervalVariable], let seconds = Double(text), seconds > 0 {
            testInterval = seconds
        } else {
            testInterval = nil
        }
    }

    /// Starts the timer thread.
    public func start() {
        let thread = Thread { [self] in loop() }
        thread.name = "lotsed-retention"
        thread.start()
    }

    /// Stops the timer and waits for a purge in progress to finish.
    public func stop() {
        condition.lock()
        state.stopping = true
        condition.broadcast()
        while state.running { condition.wait() }
        condition.unlock()
    }

    private func loop() {
        condition.lock()
        state.running = true
        condition.unlock()
        defer {
            condition.lock()
            state.running = false
            condition.broadcast()
            condition.unlock()
        }
        while true {
            let next = nextRun(after: Date())
            condition.lock()
            while !state.stopping && Date() < next { _ = condition.wait(until: next) }
            let stopping = state.stopping
            condition.unlock()
            if stopping { return }
            RetentionPurge.runScheduled(services)
        }
    }

    /// The next moment to purge after `now`: today's purge time in Europe/Berlin, or
    /// tomorrow's when it has passed.
    func nextRun(after now: Date) -> Date {
        if let testInterval { return now.addingTimeInterval(testInterval) }
        let time = services.configuration.configuration.retention.purgeTime
        return Self.nextRun(after: now, at: time)
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

    /// Mutable flags guarded by `condition`.
    private final class StopState: @unchecked Sendable {
        var stopping = false
        var running = false
    }
}
