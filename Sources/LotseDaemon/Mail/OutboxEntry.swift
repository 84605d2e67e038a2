import Foundation
import LotseCore
import LotseStore

/// One row of the outbox as the worker and `lotse mail outbox` see it.
public struct OutboxEntry: Sendable, Equatable {
    /// Delivery state; each change is committed before anything else happens.
    public enum State: String, Sendable, Codable, CaseIterable {
        /// Waiting for its next attempt.
        case pending
        /// Claimed; sendmail is (or was, before a crash) running for it.
        case sending
        /// Accepted by sendmail.
        case sent
        /// Failed for good; `lotse mail retry` can send it again.
        case failed
    }

    /// Outbox number (shown to coordinators, used by `lotse mail retry`).
    public var id: Int64
    /// The kind as stored (a `ReminderKind` raw value).
    public var kind: String
    /// The recipient address as stored.
    public var recipient: String
    /// The recipient's language as stored.
    public var language: String
    /// The state.
    public var state: State
    /// True when the reminder became moot and will not be sent.
    public var moot: Bool
    /// Attempts so far.
    public var attempts: Int
    /// When it is due / next tried.
    public var nextAttemptAt: Date
    /// When it was created.
    public var createdAt: Date
    /// When sendmail accepted it.
    public var sentAt: Date?
    /// Exit status of the last sendmail run, if it exited.
    public var lastExitCode: Int?
    /// What went wrong last (reason and stderr excerpt).
    public var lastError: String?
    /// The fixed Message-ID, brackets included.
    public var messageID: String
    /// What the reminder is about, e.g. `appointment` / `42`, for moot checks.
    public var subjectKind: String?
    /// The id of what it is about.
    public var subjectID: String?
    /// The rendered subject and body, and the event instant.
    public var payload: OutboxPayload

    static let columns = "id, kind, recipient, language, state, moot, attempts, next_attempt_at, created_at, sent_at, last_exit_code, last_error, message_id, subject_kind, subject_id, payload"

    init(row: Row) throws(StoreError) {
        id = try row.decode(Int64.self, "id")
        kind = try row.decode(String.self, "kind")
        recipient = try row.decode(String.self, "recipient")
        language = try row.decode(String.self, "language")
        let stateText = try row.decode(String.self, "state")
        guard let state = State(rawValue: stateText) else {
            throw StoreError(kind: .decoding(column: "state", expected: "outbox state"), message: "Outbox row \(id) has the unknown state \"\(stateText)\".")
        }
        self.state = state
        moot = try row.decode(Bool.self, "moot")
        attempts = try row.decode(Int.self, "attempts")
        nextAttemptAt = Date(timeIntervalSince1970: Double(try row.decode(Int64.self, "next_attempt_at")))
        createdAt = Date(timeIntervalSince1970: Double(try row.decode(Int64.self, "created_at")))
        sentAt = try row.decodeIfPresent(Int64.self, "sent_at").map { Date(timeIntervalSince1970: Double($0)) }
        lastExitCode = try row.decodeIfPresent(Int.self, "last_exit_code")
        lastError = try row.decodeIfPresent(String.self, "last_error")
        messageID = try row.decode(String.self, "message_id")
        subjectKind = try row.decodeIfPresent(String.self, "subject_kind")
        subjectID = try row.decodeIfPresent(String.self, "subject_id")
        let json = try row.decode(String.self, "payload")
        guard let payload = try? JSONDecoder().decode(OutboxPayload.self, from: Data(json.utf8)) else {
            throw StoreError(kind: .decoding(column: "payload", expected: "outbox payload"), message: "Outbox row \(id) has an unreadable payload.")
        }
        self.payload = payload
    }
}

/// The stored content of a reminder: rendered once, when it is queued, so a resend
/// carries the same text as the first attempt.
public struct OutboxPayload: Sendable, Equatable, Codable {
    /// The subject as people read it.
    public var subject: String
    /// The body text.
    public var body: String
    /// The event the reminder is about (seconds since 1970), for the moot check.
    public var eventAt: Int64?

    /// A payload.
    public init(subject: String, body: String, eventAt: Int64?) {
        self.subject = subject
        self.body = body
        self.eventAt = eventAt
    }

    /// As JSON text for the `payload` column.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
