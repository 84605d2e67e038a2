import Foundation

/// Writes the denial summaries of minutes that are over (`DenialTally`) every few seconds,
/// on a thread of its own, and the last ones when stopped, so that the count of every
/// minute reaches the audit log even when the account falls silent.
public final class DenialFlushTimer: Sendable {
    private let services: DaemonServices
    private let thread: PeriodicThread

    /// How often closed minutes are written: a minute's summary lands at most this long
    /// after the minute ends.
    static let interval: TimeInterval = 5

    /// Creates the timer; `start()` begins waiting.
    public init(services: DaemonServices) {
        self.services = services
        thread = PeriodicThread(name: "lotsed-denials",
                                next: { $0.addingTimeInterval(Self.interval) },
                                work: { services.flushDenials() })
    }

    /// Starts the timer thread.
    public func start() { thread.start() }

    /// Stops the thread, then writes every pending summary, the current minute's too.
    /// Call it after the server stopped taking calls.
    public func stop() {
        thread.stop()
        services.flushDenials(all: true)
    }
}
