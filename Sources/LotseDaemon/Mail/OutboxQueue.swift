import Foundation
import LotseCore
import LotseStore

/// The mail side of the outbox: renders a planned reminder and hands it to the store's
/// `Outbox` (the one place with outbox SQL), and checks `lotse mail retry` before the store
/// moves the row. Every function takes the `Connection` of a transaction the caller opened,
/// so queuing a reminder is part of the change that causes it.
public enum OutboxQueue {
    /// Renders `reminder` in its recipient's language and inserts it as `pending`, due at
    /// `reminder.dueAt`. The outbox key is derived from the reminder's key, so queuing the
    /// same reminder twice inserts it once; the Message-ID is opaque: returns the new id, or `nil` when it was already queued.
    @discardableResult
    public static func enqueue(_ db: Connection, _ reminder: PlannedReminder, composer: MailComposer, client: String? = nil,
                               subjectKind: String? = nil, subjectID: String? = nil, role: Role? = nil, now: Date) throws(OutboxError) -> Int64? {
        let text: (subject: String, body: String)
        do { text = try composer.text(kind: reminder.kind, language: reminder.recipient.language, facts: reminder.facts) } catch { throw .template(error) }
        let messageID: MessageID, key: String
        do {
            key = try composer.reminderKey(reminder.key)
            messageID = try composer.opaqueMessageID()
        } catch { throw .message(error) }
        let payload = OutboxPayload(subject: text.subject, body: text.body,
                                    eventAt: reminder.eventAt.map { Int64($0.timeIntervalSince1970.rounded(.down)) })
        let message = NewOutboxMessage(
            kind: reminder.kind.rawValue, recipient: reminder.recipient.address, recipientRole: role ?? reminder.kind.recipientRole,
            language: reminder.recipient.language, client: client, subjectKind: subjectKind, subjectID: subjectID,
            dueAt: reminder.dueAt, priority: reminder.kind.priority, messageID: messageID.value, reminderKey: key, payload: payload.json())
        do {
            let queued = try Outbox(db).enqueue(message, now: now)
            return queued.inserted ? queued.id : nil
        } catch {
            throw .store(error)
        }
    }

    /// Makes a failed (or waiting) row due at once again (`lotse mail retry`); refuses a
    /// missing, sending, sent or moot row with the reason.
    public static func retry(_ db: Connection, id: Int64, now: Date) throws(OutboxError) -> OutboxEntry {
        let outbox = Outbox(db)
        guard let current = try mapped({ () throws(StoreError) in try entry(db, id: id) }) else { throw .notFound(id) }
        guard current.state == .failed || current.state == .pending else { throw .notRetryable(id: id, state: current.state) }
        guard !current.moot else { throw .moot(id) }
        return try mapped { () throws(StoreError) in
            try outbox.retry(id, now: now)
            return try OutboxEntry(outbox.message(id))
        }
    }

    /// One row by number; nil when there is none.
    public static func entry(_ db: Connection, id: Int64) throws(StoreError) -> OutboxEntry? {
        do {
            return try OutboxEntry(Outbox(db).message(id))
        } catch {
            if case .notFound = error.kind { return nil }
            throw error
        }
    }

    /// Rows, newest first; `states` empty means all.
    public static func list(_ db: Connection, states: Set<OutboxState> = [], moot: Bool? = nil, limit: Int = 200) throws(StoreError) -> [OutboxEntry] {
        var entries: [OutboxEntry] = []
        for message in try Outbox(db).list(states: states, moot: moot, limit: max(1, limit)) { entries.append(try OutboxEntry(message)) }
        return entries
    }

    private static func mapped<T>(_ body: () throws(StoreError) -> T) throws(OutboxError) -> T {
        do { return try body() } catch { throw .store(error) }
    }
}
