/// Where a reminder mail is in its delivery. Each change is committed on its own, so a
/// crash leaves every message in a state that says what to do next.
public enum OutboxState: String, Sendable, CaseIterable, DatabaseValueConvertible {
    /// Waiting for its next attempt (`next_attempt_at`).
    case pending
    /// Handed to sendmail and not yet answered; after a crash these go back to pending
    /// and are sent again with the same Message-ID.
    case sending
    /// sendmail accepted it (exit 0). Final.
    case sent
    /// sendmail refused it for good (64, 65, 67, 68, 77, 78). Final unless retried by hand.
    case failed
}
