import Foundation
import LotseCore
import LotseJSON
import LotseStore

/// An outbox message as the mail worker and `lotse mail outbox` see it: the store's
/// `OutboxMessage` (the one place that reads and writes the outbox) with its payload read
/// as the rendered subject and body.
public struct OutboxEntry: Sendable, Equatable {
    /// The stored message and its delivery history.
    public let message: OutboxMessage
    /// The rendered subject and body, and the event instant.
    public let payload: OutboxPayload

    /// Reads `message`'s payload; a payload that is not a rendered reminder is a decoding
    /// error naming the row.
    public init(_ message: OutboxMessage) throws(StoreError) {
        guard let payload = OutboxPayload(json: message.content.payload) else {
            throw StoreError(kind: .decoding(column: "payload", expected: "outbox payload"),
                             message: "Outbox row \(message.id) has an unreadable payload.")
        }
        self.message = message
        self.payload = payload
    }

    /// Outbox number (shown to coordinators, used by `lotse mail retry`).
    public var id: Int64 { message.id }
    /// The kind as stored (a `ReminderKind` raw value).
    public var kind: String { message.content.kind }
    /// The recipient address as stored.
    public var recipient: String { message.content.recipient.value }
    /// The recipient's language as stored (`de`, `en`).
    public var language: String { message.content.language.rawValue }
    /// The state.
    public var state: OutboxState { message.state }
    /// True when the reminder became moot and will not be sent.
    public var moot: Bool { message.moot }
    /// Attempts so far.
    public var attempts: Int { message.attempts }
    /// When it is due / next tried.
    public var nextAttemptAt: Date { message.nextAttemptAt }
    /// When it was created.
    public var createdAt: Date { message.createdAt }
    /// When sendmail accepted it.
    public var sentAt: Date? { message.sentAt }
    /// Exit status of the last sendmail run, if it exited.
    public var lastExitCode: Int? { message.lastExitCode }
    /// What went wrong last (reason and stderr excerpt).
    public var lastError: String? { message.lastError }
    /// The fixed Message-ID.
    public var messageID: String { message.content.messageID }
    /// What the reminder is about, e.g. `appointment` / `42`, for moot checks.
    public var subjectKind: String? { message.content.subjectKind }
    /// The id of what it is about.
    public var subjectID: String? { message.content.subjectID }
}

/// The stored content of a reminder: rendered once, when it is queued, so a resend
/// carries the same text as the first attempt. Stored as a JSON object in Lotse's one JSON
/// (`{"body":…,"eventAt":…,"subject":…}`, keys sorted, `eventAt` absent when unknown).
public struct OutboxPayload: Sendable, Equatable {
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

    /// Reads a stored payload; nil when the text is not such an object (a subject and a
    /// body as strings, `eventAt` an integer, null or absent).
    init?(json text: String) {
        guard let value = try? JSONParser().parse(text), let subject = value["subject"]?.stringValue,
              let body = value["body"]?.stringValue else { return nil }
        var eventAt: Int64?
        if let stored = value["eventAt"], !stored.isNull {
            guard case .integer(let seconds) = stored else { return nil }
            eventAt = seconds
        }
        self.init(subject: subject, body: body, eventAt: eventAt)
    }

    /// As JSON text for the `payload` column.
    func json() -> String {
        var object: [String: JSONValue] = ["subject": .string(subject), "body": .string(body)]
        if let eventAt { object["eventAt"] = .integer(eventAt) }
        return JSONValue.object(object).serialized
    }
}
