import Foundation

/// How mail delivery stands, for `lotse admin status` and the alert after
/// `[mail] alert_after`: what waits, since when, what failed and the last error. Moot
/// messages (never to be sent) are left out throughout.
public struct OutboxHealth: Sendable, Equatable {
    /// Messages waiting to be sent (pending or sending).
    public var pending: Int
    /// The due time of the oldest waiting message.
    public var oldestPendingDueAt: Date?
    /// Waiting messages due longer ago than the alert threshold.
    public var overdue: Int
    /// The oldest overdue message other than a delay notice: it starts the alert.
    public var oldestOverdue: OutboxMessage?
    /// Messages that failed for good (sendmail refused them, or they bounced).
    public var failed: Int
    /// The most recent error recorded on a waiting or failed message.
    public var lastError: String?
    /// When the attempt with that error started.
    public var lastErrorAt: Date?

    /// A health summary.
    public init(pending: Int = 0, oldestPendingDueAt: Date? = nil, overdue: Int = 0, oldestOverdue: OutboxMessage? = nil,
                failed: Int = 0, lastError: String? = nil, lastErrorAt: Date? = nil) {
        self.pending = pending
        self.oldestPendingDueAt = oldestPendingDueAt
        self.overdue = overdue
        self.oldestOverdue = oldestOverdue
        self.failed = failed
        self.lastError = lastError
        self.lastErrorAt = lastErrorAt
    }
}
