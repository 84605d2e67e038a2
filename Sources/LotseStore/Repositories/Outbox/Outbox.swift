import CSQLite
import Foundation
import LotseCore

/// The reminder outbox: enqueue inside the caller's transaction, then the mail sender
/// claims, sends and records the outcome, each step in its own short write transaction.
///
/// The states only move along pending → sending → sent | failed | pending (retry later);
/// a failed message goes back to pending only by `retry` (an operator's decision). A move
/// from any other state is refused with a clear error and changes nothing.
public struct Outbox {
    /// The longest stderr excerpt kept per message.
    public static let errorExcerptLimit = 2000

    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The outbox as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Enqueues a message unless one with the same reminder key (or Message-ID) exists;
    /// returns its id and whether it was new. Call it in the transaction that makes the
    /// reminder necessary.
    @discardableResult
    public func enqueue(_ message: NewOutboxMessage, now: Date) throws(StoreError) -> (id: Int64, inserted: Bool) {
        let key = message.reminderKey ?? message.messageID
        try db.execute("""
            INSERT INTO outbox (kind, recipient, recipient_role, language, client, subject_kind, subject_id,
                                due_at, priority, next_attempt_at, message_id, reminder_key, payload, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """, [message.kind, message.recipient, message.recipientRole, message.language, message.client,
                  message.subjectKind, message.subjectID, message.dueAt, message.priority, message.dueAt,
                  message.messageID, key, message.payload, now])
        if db.changedRowCount == 1 { return (db.lastInsertedRowID, true) }
        guard let id = try db.fetchValue(Int64.self, "SELECT id FROM outbox WHERE reminder_key = ?1 OR message_id = ?2",
                                         [key, message.messageID]) else {
            throw StoreError(kind: .notFound(record: "outbox message", id: "#\(db.lastInsertedRowID)"),
                             message: "An outbox message was neither inserted nor found.")
        }
        return (id, false)
    }

    /// Claims the most urgent due message (highest priority, then earliest next attempt):
    /// marks it `sending`, counts the attempt and returns it; nil when nothing is due.
    /// Moot messages are never claimed. A row that cannot be read back (edited by hand, or
    /// written by a newer version) is marked failed with exit status 65 and the next one
    /// is claimed, so one bad row never blocks the outbox.
    public func claimNext(now: Date) throws(StoreError) -> OutboxMessage? {
        while let id = try db.fetchValue(Int64.self, """
            SELECT id FROM outbox WHERE state = 'pending' AND moot = 0 AND next_attempt_at <= ?
            ORDER BY priority DESC, next_attempt_at, id LIMIT 1
            """, [now]) {
            try db.execute("""
                UPDATE outbox SET state = 'sending', attempts = attempts + 1, last_attempt_at = ? WHERE id = ?
                """, [now, id])
            do {
                return try message(id)
            } catch {
                guard case .decoding = error.kind else { throw error }
                try db.execute("UPDATE outbox SET state = 'failed', last_exit_code = 65, last_error = ? WHERE id = ?",
                               [Self.excerpt(MailProblemText.unusableRow.english(error.message)), id])
            }
        }
        return nil
    }

    /// Records that sendmail accepted the message (exit 0).
    public func markSent(_ id: Int64, now: Date) throws(StoreError) {
        try move(id, from: [.sending], set: "state = 'sent', sent_at = ?1, last_exit_code = 0, last_error = NULL", [now], action: "marked sent")
    }

    /// Records a permanent failure (sendmail 64, 65, 67, 68, 77, 78).
    public func markFailed(_ id: Int64, exitCode: Int?, error: String) throws(StoreError) {
        try move(id, from: [.sending], set: "state = 'failed', last_exit_code = ?1, last_error = ?2",
                 [exitCode, Self.excerpt(error)], action: "marked failed")
    }

    /// Records a temporary failure and when to try again (the back-off is the caller's).
    public func scheduleRetry(_ id: Int64, at next: Date, exitCode: Int?, error: String) throws(StoreError) {
        try move(id, from: [.sending], set: "state = 'pending', next_attempt_at = ?1, last_exit_code = ?2, last_error = ?3",
                 [next, exitCode, Self.excerpt(error)], action: "scheduled for retry")
    }

    /// `lotse mail retry ID`: a failed or pending message becomes due now.
    public func retry(_ id: Int64, now: Date) throws(StoreError) {
        try move(id, from: [.failed, .pending], set: "state = 'pending', next_attempt_at = ?1", [now], action: "retried")
    }

    /// After a restart: messages left `sending` by a crash go back to pending, due at once
    /// (their due time kept), with a note in `last_error`, so they are sent again with the
    /// same Message-ID — a possible duplicate is recognisable, a lost reminder is not.
    /// Returns how many.
    @discardableResult
    public func recoverInterrupted(now: Date) throws(StoreError) -> Int {
        try db.execute("""
            UPDATE outbox SET state = 'pending', next_attempt_at = min(next_attempt_at, ?),
                   last_error = ?
            WHERE state = 'sending'
            """, [now, MailProblemText.interrupted.english()])
        return db.changedRowCount
    }

    /// Sets aside a claimed message whose cause went away while it waited (found just
    /// before sending): back to pending and moot, the attempt not counted; never sent.
    public func markClaimedMoot(_ id: Int64) throws(StoreError) {
        try db.execute("""
            UPDATE outbox SET state = 'pending', moot = 1, attempts = max(attempts - 1, 0),
                   last_error = ? WHERE id = ?
            """, [MailProblemText.noLongerNeeded.english(), id])
    }

    /// Marks every unsent message about one record as moot (the appointment was
    /// cancelled, the step done, the session cancelled); returns how many were not moot
    /// before. Call it in the transaction that makes the reminders unnecessary.
    @discardableResult
    public func markMoot(subjectKind: String, subjectID: String) throws(StoreError) -> Int {
        try db.execute("""
            UPDATE outbox SET moot = 1 WHERE subject_kind = ? AND subject_id = ? AND state IN ('pending', 'failed') AND moot = 0
            """, [subjectKind, subjectID])
        return db.changedRowCount
    }

    /// One message by id.
    public func message(_ id: Int64) throws(StoreError) -> OutboxMessage {
        guard let row = try db.fetchOne("SELECT * FROM outbox WHERE id = ?", [id]) else {
            throw StoreError(kind: .notFound(record: "outbox message", id: String(id)), message: "There is no outbox message \(id).")
        }
        return try Self.decode(row)
    }

    /// Messages in the given states (all when empty), newest first, at most `limit`.
    public func list(states: Set<OutboxState> = [], moot: Bool? = nil, limit: Int = 200) throws(StoreError) -> [OutboxMessage] {
        let wanted = states.isEmpty ? OutboxState.allCases.map(\.rawValue) : states.map(\.rawValue)
        return try db.fetchAll("""
            SELECT * FROM outbox WHERE state IN (SELECT value FROM json_each(?1)) AND (?2 IS NULL OR moot = ?2)
            ORDER BY id DESC LIMIT ?3
            """, [Self.jsonArray(wanted), moot, max(0, limit)], restoring: Self.decode)
    }

    /// The earliest instant at which a pending, non-moot message falls due, so the sender
    /// can sleep until then; nil when nothing waits.
    public func nextDueAt() throws(StoreError) -> Date? {
        try db.fetchValue(Date.self, "SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending' AND moot = 0")
    }

    // MARK: Helpers

    func move(_ id: Int64, from allowed: Set<OutboxState>, set assignments: String, _ arguments: StatementArguments,
                      action: String) throws(StoreError) {
        let current = try message(id)
        guard allowed.contains(current.state) else {
            throw StoreError(kind: .invalidValue(field: "state"),
                             message: "Outbox message \(id) is \(current.state.rawValue), so it cannot be \(action).")
        }
        let idIndex = arguments.values.count + 1
        try db.execute("UPDATE outbox SET \(assignments) WHERE id = ?\(idIndex)",
                       StatementArguments(values: arguments.values + [.integer(id)]))
    }

    static func excerpt(_ text: String) -> String {
        text.count <= errorExcerptLimit ? text : String(text.prefix(errorExcerptLimit - 1)) + "…"
    }

    static func jsonArray(_ strings: [String]) -> String {
        "[" + strings.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    }

    static func decode(_ row: Row) throws(StoreError) -> OutboxMessage {
        let content = NewOutboxMessage(
            kind: try row.decode(String.self, "kind"),
            recipient: try row.decode(EmailAddress.self, "recipient"),
            recipientRole: try row.decode(Role.self, "recipient_role"),
            language: try row.decode(MessageLanguage.self, "language"),
            client: try row.decodeIfPresent(String.self, "client"),
            subjectKind: try row.decodeIfPresent(String.self, "subject_kind"),
            subjectID: try row.decodeIfPresent(String.self, "subject_id"),
            dueAt: try row.decode(Date.self, "due_at"),
            priority: try row.decode(Int.self, "priority"),
            messageID: try row.decode(String.self, "message_id"),
            reminderKey: try row.decodeIfPresent(String.self, "reminder_key"),
            payload: try row.decode(String.self, "payload"))
        return OutboxMessage(
            id: try row.decode(Int64.self, "id"),
            content: content,
            state: try row.decode(OutboxState.self, "state"),
            moot: try row.decode(Bool.self, "moot"),
            attempts: try row.decode(Int.self, "attempts"),
            nextAttemptAt: try row.decode(Date.self, "next_attempt_at"),
            lastAttemptAt: try row.decodeIfPresent(Date.self, "last_attempt_at"),
            lastExitCode: try row.decodeIfPresent(Int.self, "last_exit_code"),
            lastError: try row.decodeIfPresent(String.self, "last_error"),
            createdAt: try row.decode(Date.self, "created_at"),
            sentAt: try row.decodeIfPresent(Date.self, "sent_at"))
    }
}
