import Foundation

/// A thread that sleeps until the next moment its schedule names, runs one piece of work,
/// and repeats until stopped. The daemon's timers (retention purge, denial summaries) share
/// it so that the delicate part — a stop that wakes the sleeper at once and waits for work
/// in progress to finish — exists once. Work runs on this thread, never on a connection's.
final class PeriodicThread: Sendable {
    private let name: String
    private let next: @Sendable (Date) -> Date
    private let work: @Sendable () -> Void
    private let condition = NSCondition()
    private let state = StopState()

    /// `next` gives the moment of the following run after a given instant; `work` is the run.
    init(name: String, next: @escaping @Sendable (Date) -> Date, work: @escaping @Sendable () -> Void) {
        self.name = name
        self.next = next
        self.work = work
    }

    /// Starts the thread. It counts as running from here on, so a `stop()` that follows at
    /// once still waits for the thread to notice and end.
    func start() {
        condition.lock()
        state.running = true
        condition.unlock()
        let thread = Thread { [self] in loop() }
        thread.name = name
        thread.start()
    }

    /// Wakes the thread and waits until it has ended, after any run in progress.
    func stop() {
        condition.lock()
        state.stopping = true
        condition.broadcast()
        while state.running { condition.wait() }
        condition.unlock()
    }

    private func loop() {
        defer {
            condition.lock()
            state.running = false
            condition.broadcast()
            condition.unlock()
        }
        while true {
            let due = next(Date())
            condition.lock()
            while !state.stopping && Date() < due { _ = condition.wait(until: due) }
            let stopping = state.stopping
            condition.unlock()
            if stopping { return }
            work()
        }
    }

    /// Mutable flags guarded by `condition`.
    private final class StopState: @unchecked Sendable {
        var stopping = false
        var running = false
    }
}
