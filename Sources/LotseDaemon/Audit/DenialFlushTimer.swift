import Foundation

/// Writes the denial summaries of minutes that are over (`DenialTally`) every few seconds,
/// on a thread of its own, and the last ones when stopped, so that the count of every
/// minute reaches the audit log even when the account falls silent.
public final class DenialFlushTimer: Sendable {
    private let services: DaemonServices
    private let condition = NSCondition()
    private let state = StopState()

    /// How often closed minutes are written: a minute's summary lands at most this long
    /// after the minute ends.
    static let interval: TimeInterval = 5

    /// Creates the timer; `start()` begins waiting.
    public init(services: DaemonServices) { self.services = services }

    /// Starts the timer thread.
    public func start() {
        condition.lock()
        state.running = true
        condition.unlock()
        let thread = Thread { [self] in loop() }
        thread.name = "lotsed-denials"
        thread.start()
    }

    /// Stops the thread, then writes every pending summary, the current minute's too.
    /// Call it after the server stopped taking calls.
    public func stop() {
        condition.lock()
        state.stopping = true
        condition.broadcast()
        while state.running { condition.wait() }
        condition.unlock()
        services.flushDenials(all: true)
    }

    private func loop() {
        defer {
            condition.lock()
            state.running = false
            condition.broadcast()
            condition.unlock()
        }
        while true {
            let next = Date().addingTimeInterval(Self.interval)
            condition.lock()
            while !state.stopping && Date() < next { _ = condition.wait(until: next) }
            let stopping = state.stopping
            condition.unlock()
            if stopping { return }
            services.flushDenials()
        }
    }

    /// Mutable flags guarded by `condition`.
    private final class StopState: @unchecked Sendable {
        var stopping = false
        var running = false
    }
}
