import Foundation
import LotseCore

/// A reminder to put into the outbox, written in the same transaction as the change that
/// causes it.
public struct NewOutboxMessage: Sendable, Hashable {
    /// The reminder kind (`appointment-reminder`, `acute-risk-alert`, …); selects the template.
    public var kind: String
    /// Where the mail goes (already validated: a single address, no leading `-`).
    public var recipient: EmailAddress
    /// The recipient's role, which decides the action the mail asks for.
    public var recipientRole: Role
    /// The language of the template.
    public var language: MessageLanguage
    /// The client the reminder concerns, if any; the mail is purged with the client.
    public var client: String?
    /// What the reminder is about (`appointment`, `follow-up-step`, `roster`, …) and its id,
    /// so that the reminder can be made moot when that record changes.
    public var subjectKind: String?
    /// The id of the subject record.
    public var subjectID: String?
    /// When it should go out.
    public var dueAt: Date
    /// Higher goes first among due messages (the acute-risk alert uses the highest).
    public var priority: Int
    /// The fixed Message-ID (with angle brackets), unique per outbox row, so that a resend
    /// after a crash or a retry is recognisable. It is sent in the `Message-ID:` header and
    /// listed to coordinators and admins, so it must say nothing about the mail: an opaque
    /// token (`MessageID.opaque`), never built from the pseudonym, kind or account.
    public var messageID: String
    /// What makes two reminders the same one (kind, pseudonym, event, recipient), so that
    /// enqueueing the same reminder twice is a no-op; it stays inside the database. Nil
    /// means the Message-ID is the key.
    public var reminderKey: String?
    /// The template's values as a JSON object — pseudonym, date, time, place; never health data.
    public var payload: String

    /// Creates a message to enqueue.
    public init(kind: String, recipient: EmailAddress, recipientRole: Role, language: MessageLanguage,
                client: String? = nil, subjectKind: String? = nil, subjectID: String? = nil,
                dueAt: Date, priority: Int = 0, messageID: String, reminderKey: String? = nil, payload: String = "{}") {
        self.kind = kind
        self.recipient = recipient
        self.recipientRole = recipientRole
        self.language = language
        self.client = client
        self.subjectKind = subjectKind
        self.subjectID = subjectID
        self.dueAt = dueAt
        self.priority = priority
        self.messageID = messageID
        self.reminderKey = reminderKey
        self.payload = payload
    }
}
