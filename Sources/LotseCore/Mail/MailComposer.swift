import Foundation

/// Turns a reminder into a message: picks the template in the recipient's language,
/// renders it, and sets the fixed headers. Holds the sender settings from the configuration.
public struct MailComposer: Sendable {
    /// The templates.
    public var catalog: MailTemplateCatalog
    /// The sender address (`From:`).
    public var from: EmailAddress
    /// The sender's display name, e.g. "Lotse Landkreis Musterstadt".
    public var fromName: String
    /// The domain of Message-IDs (default: the sender's domain).
    public var messageIDDomain: String
    /// The zone dates are shown in (Europe/Berlin).
    public var timeZone: TimeZone
    /// The district's name, for texts the daemon composes itself (delivery notices).
    public var district: String

    /// A composer.
    public init(catalog: MailTemplateCatalog, from: EmailAddress, fromName: String, messageIDDomain: String? = nil, timeZone: TimeZone, district: String = "") {
        self.catalog = catalog
        self.from = from
        self.fromName = fromName
        self.messageIDDomain = messageIDDomain ?? from.domain
        self.timeZone = timeZone
        self.district = district
    }

    /// The subject and body of a reminder, for storing in the outbox.
    public func text(kind: ReminderKind, language: MessageLanguage, facts: ReminderFacts) throws(MailTemplateError) -> (subject: String, body: String) {
        guard let template = catalog.template(kind, language: language) else {
            throw .missingTemplate(kind: kind, language: language, directory: "mail")
        }
        return try template.render(facts, timeZone: timeZone)
    }

    /// The outbox key of the reminder whose key is `key` (what makes two reminders the
    /// same one); it stays in the database and is never sent.
    public func reminderKey(_ key: String) throws(MailError) -> String {
        try MessageID(reminderKey: key, domain: messageIDDomain).value
    }

    /// A fresh opaque Message-ID for a reminder about to be queued.
    public func opaqueMessageID() throws(MailError) -> MessageID {
        var generator = SystemRandomNumberGenerator()
        return try MessageID.opaque(domain: messageIDDomain, using: &generator)
    }

    /// The message for stored text, dated `date` (the time of this attempt).
    public func message(to recipient: EmailAddress, subject: String, body: String, messageID: MessageID, date: Date) -> MailMessage {
        MailMessage(fromName: fromName, from: from, to: recipient, subject: subject, body: body, messageID: messageID, date: date)
    }
}
