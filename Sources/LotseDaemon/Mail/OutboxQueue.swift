import Foundation
import LotseCore
import LotseStore

/// The outbox's SQL: queue a reminder inside the caller's transaction, claim, finish,
/// recover after a crash, retry, list. Every function takes the `Connection` of a
/// transaction the caller opened (`Database.write` / `read`), so queuing a reminder is
/// part of the change that causes it, and each state change is its own commit.
public enum OutboxQueue {
    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    /// Renders `reminder` in its recipient's language and inserts it as `pending`, due at
    /// `reminder.dueAt`. The Message-ID is derived from the reminder's key, so queuing the
    /// same reminder twice inserts it once: returns the new id, or `nil` when it was already queued.
    @discardableResult
    public static func enqueue(_ db: Connection, _ reminder: PlannedReminder, composer: MailComposer, client: String? = nil,
                               subjectKind: String? = nil, subjectID: String? = nil, role: String? = nil, now: Date) throws(OutboxError) -> Int64? {
        let text: (subject: String, body: String)
        do { text = try composer.text(kind: reminder.kind, language: reminder.recipient.language, facts: reminder.facts) } catch { throw .template(error) }
        let messageID: MessageID
        do { messageID = try composer.messageID(forKey: reminder.key) } catch { throw .message(error) }
        let payload = OutboxPayload(subject: text.subject, body: text.body, eventAt: reminder.eventAt.map(seconds))
        do {
            try db.execute("""
                INSERT INTO outbox (kind, recipient, recipient_role, language, client, subject_kind, subject_id,
                                    due_at, priority, state, attempts, next_attempt_at, message_id, payload, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?)
                ON CONFLICT (message_id) DO NOTHING
                """, [reminder.kind.rawValue, reminder.recipient.address.value, role ?? reminder.kind.recipientRole,
                      reminder.recipient.language.rawValue, client, subjectKind, subjectID, seconds(reminder.dueAt),
                      Int64(reminder.kind.priority), seconds(reminder.dueAt), messageID.value, payload.json(), seconds(now)])
            return db.changedRowCount == 1 ? db.lastInsertedRowID : nil
        } catch {
            throw .store(error)
        }
    }

    /// Puts every row left in `sending` (the daemon died while sendmail ran) back to
    /// `pending`, due at once. It is delivered again with the same Message-ID: a possible
    /// duplicate is recognisable, a lost reminder is not. Returns how many rows.
    public static func recoverInterrupted(_ db: Connection, now: Date) throws(StoreError) -> Int {
        try db.execute("""
            UPDATE outbox SET state = 'pending', next_attempt_at = min(next_attempt_at, ?),
                   last_error = 'interrupted while sending (daemon stopped); sent again'
            WHERE state = 'sending'
            """, [seconds(now)])
        return db.changedRowCount
    }

    /// Claims the most urgent due row: marks it `sending` and counts the attempt. The
    /// caller commits this before running sendmail. `nil` when nothing is due.
    public static func claimNext(_ db: Connection, now: Date) throws(StoreError) -> OutboxEntry? {
        guard let row = try db.fetchOne("""
            SELECT \(OutboxEntry.columns) FROM outbox
            WHERE state = 'pending' AND moot = 0 AND next_attempt_at <= ?
            ORDER BY priority DESC, next_attempt_at, id LIMIT 1
            """, [seconds(now)]) else { return nil }
        var entry = try OutboxEntry(row: row)
        try db.execute("UPDATE outbox SET state = 'sending', attempts = attempts + 1, last_attempt_at = ? WHERE id = ? AND state = 'pending'",
                       [seconds(now), entry.id])
        entry.state = .sending
        entry.attempts += 1
        return entry
    }

    /// Marks a claimed row moot: it stays `pending` with `moot = 1` and is never sent.
    public static func markMoot(_ db: Connection, id: Int64) throws(StoreError) {
        try db.execute("UPDATE outbox SET state = 'pending', moot = 1, attempts = max(attempts - 1, 0), last_error = 'not sent: no longer needed' WHERE id = ?", [id])
    }

    /// Marks every queued reminder about a subject moot (call inside the transaction that
    /// cancels the appointment, completes the step, …).
    public static func markSubjectMoot(_ db: Connection, subjectKind: String, subjectID: String) throws(StoreError) -> Int {
        try db.execute("UPDATE outbox SET moot = 1 WHERE subject_kind = ? AND subject_id = ? AND state = 'pending'", [subjectKind, subjectID])
        return db.changedRowCount
    }

    /// Records the outcome of an attempt on a `sending` row: `sent`, `failed`, or back to
    /// `pending` at `retryAt`.
    public static func finish(_ db: Connection, id: Int64, attempt: DeliveryAttempt, now: Date, retryAt: Date) throws(StoreError) {
        let error = String(attempt.summary.prefix(2000))
        switch attempt.result {
        case .sent:
            try db.execute("UPDATE outbox SET state = 'sent', sent_at = ?, last_exit_code = ?, last_error = NULL WHERE id = ? AND state = 'sending'",
                           [seconds(now), attempt.exitCode.map(Int64.init), id])
        case .permanentFailure:
            try db.execute("UPDATE outbox SET state = 'failed', last_exit_code = ?, last_error = ? WHERE id = ? AND state = 'sending'",
                           [attempt.exitCode.map(Int64.init), error, id])
        case .temporaryFailure:
            try db.execute("UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_exit_code = ?, last_error = ? WHERE id = ? AND state = 'sending'",
                           [seconds(retryAt), attempt.exitCode.map(Int64.init), error, id])
        }
    }

    /// Makes a failed (or waiting) row due at once again (`lotse mail retry`).
    public static func retry(_ db: Connection, id: Int64, now: Date) throws(OutboxError) -> OutboxEntry {
        let row: Row?
        do { row = try db.fetchOne("SELECT \(OutboxEntry.columns) FROM outbox WHERE id = ?", [id]) } catch { throw .store(error) }
        guard let row else { throw .notFound(id) }
        var entry: OutboxEntry
        do { entry = try OutboxEntry(row: row) } catch { throw .store(error) }
        guard entry.state == .failed || entry.state == .pending else { throw .notRetryable(id: id, state: entry.state) }
        guard !entry.moot else { throw .moot(id) }
        do {
            try db.execute("UPDATE outbox SET state = 'pending', next_attempt_at = ? WHERE id = ?", [seconds(now), id])
        } catch { throw .store(error) }
        entry.state = .pending
        entry.nextAttemptAt = Date(timeIntervalSince1970: Double(seconds(now)))
        return entry
    }

    /// One row by number.
    public static func entry(_ db: Connection, id: Int64) throws(StoreError) -> OutboxEntry? {
        try db.fetchOne("SELECT \(OutboxEntry.columns) FROM outbox WHERE id = ?", [id]).map { (row: Row) throws(StoreError) in try OutboxEntry(row: row) }
    }

    /// Rows, newest first; `states` empty means all.
    public static func list(_ db: Connection, states: [OutboxEntry.State] = [], limit: Int = 200) throws(StoreError) -> [OutboxEntry] {
        let filter = states.isEmpty ? "" : "WHERE state IN (" + states.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")"
        var entries: [OutboxEntry] = []
        for row in try db.fetchAll("SELECT \(OutboxEntry.columns) FROM outbox \(filter) ORDER BY id DESC LIMIT ?", [Int64(max(1, limit))]) {
            entries.append(try OutboxEntry(row: row))
        }
        return entries
    }
}
