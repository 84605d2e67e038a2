import Foundation
import LotseCore

/// A message in the outbox with its delivery history, as `lotse mail outbox` shows it.
public struct OutboxMessage: Sendable, Hashable {
    /// The outbox id (`lotse mail retry ID`).
    public var id: Int64
    /// What was enqueued.
    public var content: NewOutboxMessage
    /// Where delivery stands.
    public var state: OutboxState
    /// True when the cause went away (appointment cancelled, step done): never sent.
    public var moot: Bool
    /// How many times sendmail was started for it.
    public var attempts: Int
    /// When the next attempt may start.
    public var nextAttemptAt: Date
    /// When the last attempt started.
    public var lastAttemptAt: Date?
    /// sendmail's exit code at the last attempt (nil for a signal, a timeout or no attempt).
    public var lastExitCode: Int?
    /// A short excerpt of what went wrong last (stderr, signal, timeout).
    public var lastError: String?
    /// When it was enqueued.
    public var createdAt: Date
    /// When sendmail accepted it.
    public var sentAt: Date?
}
