import Foundation

/// A reminder that should be written to the outbox.
public struct PlannedReminder: Sendable, Equatable {
    /// Stable key: planning the same thing twice gives the same key, so the outbox (with a
    /// unique key) holds each reminder once however often planning runs.
    public var key: String
    /// What kind of mail.
    public var kind: ReminderKind
    /// Who gets it, in which language.
    public var recipient: MailRecipient
    /// When it is due (never later than planning time for due reminders).
    public var dueAt: Date
    /// The instant of the event it is about (appointment, session, due date), if any:
    /// the reminder is moot once that has passed, for kinds where that applies.
    public var eventAt: Date?
    /// The values it is rendered from.
    public var facts: ReminderFacts

    /// A planned reminder.
    public init(key: String, kind: ReminderKind, recipient: MailRecipient, dueAt: Date, eventAt: Date?, facts: ReminderFacts) {
        self.key = key
        self.kind = kind
        self.recipient = recipient
        self.dueAt = dueAt
        self.eventAt = eventAt
        self.facts = facts
    }
}
