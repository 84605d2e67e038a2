import Foundation

/// Where a reminder in the outbox stands (issue 8). Each state is committed before the
/// next step, so a crash while `sending` leads back to `pending` and a resend with the
/// same Message-ID, never to a lost mail.
///
/// ```
/// pending ──► sending ──► sent
///    │  ▲        │ └────► failed ──► pending   (coordinator's `lotse mail retry`)
///    │  └────────┘                            (temporary failure, or recovery after a crash)
///    └──► moot                                (appointment cancelled, step done …)
/// ```
public enum ReminderState: String, Sendable, Codable, StatusMachine {
    /// Waiting for its due time.
    case pending
    /// Handed to sendmail; outcome not yet recorded.
    case sending
    /// sendmail accepted it (exit 0).
    case sent
    /// Failed for good (exit 64, 65, 67, 68, 77, 78); the coordinator is told.
    case failed
    /// No longer relevant; never sent.
    case moot

    /// `reminder`.
    public static let subject = "reminder"

    /// The allowed single steps.
    public var allowedNext: Set<ReminderState> {
        switch self {
        case .pending: [.sending, .moot]
        case .sending: [.sent, .failed, .pending]
        case .failed: [.pending]
        case .sent, .moot: []
        }
    }
}

/// One reminder in the outbox: what kind, to whom, when, and its delivery history.
public struct Reminder: Sendable, Equatable, Codable {
    /// Database id; also the basis of its fixed Message-ID.
    public let id: ReminderID
    /// The kind, as its template's name (`appointment-reminder`, `acute-risk-alert`).
    public let kind: String
    /// Recipient.
    public let recipient: EmailAddress
    /// Language of the message.
    public let language: MessageLanguage
    /// Delivery order: lower first (the acute-risk alert is 0).
    public let priority: Int
    /// Earliest instant to send (moved forward by back-off after a temporary failure).
    public private(set) var dueAt: Date
    /// Current state.
    public private(set) var state: ReminderState
    /// sendmail runs so far.
    public private(set) var attempts: Int
    /// Exit code of the last run (nil if none, or if killed by a signal/timeout).
    public private(set) var lastExitCode: Int32?
    /// Excerpt of the last run's standard error or failure cause (≤ 500 characters).
    public private(set) var lastError: String?

    /// Longest stored error excerpt.
    public static let maxErrorLength = 500

    /// A new pending reminder; the kind must look like a template name.
    public static func make(id: ReminderID, kind: String, recipient: EmailAddress, language: MessageLanguage, priority: Int,
                            dueAt: Date) -> Result<Reminder, ModelError> {
        guard RecommendationCode(kind) != nil else {
            return .failure(ModelError(field: "kind", "\"\(kind)\" is not a reminder kind name (lower-case letters, digits and -)"))
        }
        return .success(Reminder(id: id, kind: kind, recipient: recipient, language: language, priority: priority, dueAt: dueAt,
                                 state: .pending, attempts: 0, lastExitCode: nil, lastError: nil))
    }

    private init(id: ReminderID, kind: String, recipient: EmailAddress, language: MessageLanguage, priority: Int, dueAt: Date,
                 state: ReminderState, attempts: Int, lastExitCode: Int32?, lastError: String?) {
        self.id = id
        self.kind = kind
        self.recipient = recipient
        self.language = language
        self.priority = priority
        self.dueAt = dueAt
        self.state = state
        self.attempts = attempts
        self.lastExitCode = lastExitCode
        self.lastError = lastError
    }

    /// Whether it should be handed to sendmail at `now`.
    public func isDue(at now: Date) -> Bool { state == .pending && dueAt <= now }

    /// Starts a delivery attempt (committed before sendmail runs).
    public mutating func beginSending() -> Result<Void, TransitionError> {
        step(to: .sending).map { attempts += 1 }
    }

    /// sendmail exited 0.
    public mutating func recordSent() -> Result<Void, TransitionError> {
        step(to: .sent).map {
            lastExitCode = 0
            lastError = nil
        }
    }

    /// A permanent failure: no more attempts.
    public mutating func recordPermanentFailure(exitCode: Int32?, error: String) -> Result<Void, TransitionError> {
        step(to: .failed).map {
            lastExitCode = exitCode
            lastError = String(error.prefix(Reminder.maxErrorLength))
        }
    }

    /// A temporary failure (or a crash found at start-up): back to pending, due again at `retryAt`.
    public mutating func recordTemporaryFailure(exitCode: Int32?, error: String, retryAt: Date) -> Result<Void, TransitionError> {
        step(to: .pending).map {
            lastExitCode = exitCode
            lastError = String(error.prefix(Reminder.maxErrorLength))
            dueAt = retryAt
        }
    }

    /// The coordinator's retry of a failed reminder, due at once (`at`).
    public mutating func retry(at instant: Date) -> Result<Void, TransitionError> {
        guard state == .failed else {
            return .failure(TransitionError(subject: ReminderState.subject, from: state.rawValue, to: ReminderState.pending.rawValue))
        }
        return step(to: .pending).map { dueAt = instant }
    }

    /// The cause went away (appointment cancelled, step done): never send it.
    public mutating func markMoot() -> Result<Void, TransitionError> { step(to: .moot) }

    private mutating func step(to next: ReminderState) -> Result<Void, TransitionError> {
        state.transition(to: next).map { state = $0 }
    }
}
