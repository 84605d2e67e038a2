import Foundation

/// How long to wait before the next attempt after a temporary delivery failure.
///
/// Starts at 5 minutes and doubles (5, 10, 20, 40 minutes) up to a ceiling of one hour,
/// which it then keeps: a short MTA hiccup costs little delay, a long outage costs one
/// sendmail run an hour. There is no limit on attempts; a reminder is retried until it is
/// delivered or becomes moot (its appointment passed or was cancelled).
public struct RetryBackoff: Sendable, Equatable {
    /// Delay after the first failed attempt.
    public var initial: TimeInterval
    /// The longest delay.
    public var maximum: TimeInterval

    /// The default: 5 minutes growing to 1 hour.
    public static let standard = RetryBackoff(initial: 5 * 60, maximum: 60 * 60)

    /// A policy; `initial` and `maximum` are clamped to at least one second.
    public init(initial: TimeInterval, maximum: TimeInterval) {
        self.initial = max(1, initial)
        self.maximum = max(self.initial, maximum)
    }

    /// The delay after `attempts` failed attempts (1 for the first failure).
    public func delay(afterAttempts attempts: Int) -> TimeInterval {
        let exponent = min(max(attempts, 1) - 1, 30)
        return min(initial * pow(2, Double(exponent)), maximum)
    }

    /// The instant of the next attempt after a failure at `now`.
    public func nextAttempt(afterAttempts attempts: Int, failedAt now: Date) -> Date {
        now.addingTimeInterval(delay(afterAttempts: attempts))
    }
}
