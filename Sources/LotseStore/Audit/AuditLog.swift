import Foundation
import LotseCore

/// The audit log: append and read, nothing else.
///
/// Append-only is enforced twice: this type offers no update or delete beyond the two
/// retention paths below, and triggers in the schema abort any other `UPDATE` or `DELETE`
/// on `audit_log` from any code path.
///
/// Retention, decided here: the purge of a client's data (after the configured period)
/// deletes the client row and, by `ON DELETE CASCADE`, all of its data and mail, and then
/// empties the audit log of the person (`forget(clients:records:)`): entries keep the
/// action, time, user and outcome, but lose the pseudonym and the numbers of the person's
/// records, through a second gate (`redacting`) that lets only that rewrite through. The
/// purge appends a `client.purge` entry, so the log keeps *that* a deletion happened and
/// nothing of whom or what was deleted. The audit log's own retention is separate:
/// `purge(olderThan:…)` removes entries older than a cutoff by opening the gate row the
/// delete trigger checks, inside the caller's transaction, and appends an `audit.purge`
/// entry with the count. Anyone with direct write access to the file can still open the
/// gate; the protection is against mistakes and API misuse, not against root.
public struct AuditLog {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The audit log as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Appends one entry and returns its id. Call it in the same transaction as the change
    /// it records, so that a change is never without its entry (and vice versa).
    @discardableResult
    public func append(_ entry: AuditEntry) throws(StoreError) -> Int64 {
        try db.execute("""
            INSERT INTO audit_log (at, uid, user, role, action, record_kind, record_id, outcome, detail, subjects)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [Int64(entry.at.timeIntervalSince1970.rounded(.down)), entry.uid.map { Int64($0) }, entry.user, entry.role,
                  entry.action, entry.recordKind, entry.recordID, entry.outcome, entry.detail,
                  entry.subjects.isEmpty ? nil : entry.subjects.description])
        return db.lastInsertedRowID
    }

    /// Entries matching `query`, newest first.
    public func entries(_ query: AuditQuery = AuditQuery()) throws(StoreError) -> [AuditEntry] {
        let rows = try db.fetchAll("""
            SELECT id, at, uid, user, role, action, record_kind, record_id, outcome, detail, subjects, redacted FROM audit_log
            WHERE (?1 IS NULL OR at >= ?1) AND (?2 IS NULL OR at < ?2) AND (?3 IS NULL OR user = ?3)
              AND (?4 IS NULL OR record_kind = ?4) AND (?5 IS NULL OR record_id = ?5)
              AND (?7 IS NULL OR action = ?7) AND (?8 IS NULL OR outcome = ?8) AND (?9 IS NULL OR id < ?9)
            ORDER BY id DESC LIMIT ?6
            """, [query.since.map(Self.seconds), query.until.map(Self.seconds), query.user,
                  query.recordKind, query.recordID, max(0, query.limit), query.action, query.outcome, query.beforeID])
        var entries: [AuditEntry] = []
        entries.reserveCapacity(rows.count)
        for row in rows {
            let uid = try row.decodeIfPresent(Int64.self, "uid")
            let subjectsText = try row.decodeIfPresent(String.self, "subjects") ?? ""
            guard let subjects = PseudonymList(text: subjectsText) else {
                throw StoreError(kind: .invalidValue(field: "audit_log.subjects"),
                                 message: "Audit entry \((try? row.decode(Int64.self, "id")) ?? 0) names pseudonyms in a form Lotse does not write.")
            }
            entries.append(AuditEntry(
                id: try row.decode(Int64.self, "id"),
                at: Date(timeIntervalSince1970: TimeInterval(try row.decode(Int64.self, "at"))),
                uid: uid.flatMap { UInt32(exactly: $0) },
                user: try row.decode(String.self, "user"),
                role: try row.decode(String.self, "role"),
                action: try row.decode(String.self, "action"),
                recordKind: try row.decodeIfPresent(String.self, "record_kind"),
                recordID: try row.decodeIfPresent(String.self, "record_id"),
                outcome: try row.decode(AuditOutcome.self, "outcome"),
                detail: try row.decodeIfPresent(String.self, "detail"),
                subjects: subjects,
                redacted: try row.decode(Int64.self, "redacted") == 1))
        }
        return entries
    }

    /// How many entries the log holds.
    public func count() throws(StoreError) -> Int {
        try db.fetchValue(Int.self, "SELECT count(*) FROM audit_log") ?? 0
    }

    /// The audit log's own retention (`[retention] audit_months`): deletes entries older
    /// than `cutoff` and, when there were any, appends an `audit.purge` entry (by `user` in `role` at `now`) with the number removed. Must run
    /// inside a write transaction, so that the gate it opens is closed again atomically.
    @discardableResult
    public func purge(olderThan cutoff: Date, now: Date, user: String, role: String) throws(StoreError) -> Int {
        guard db.isInTransaction else {
            throw StoreError(kind: .invalidValue(field: "transaction"),
                             message: "The audit purge must run inside a write transaction.")
        }
        let before = Self.seconds(cutoff)
        // The purge's own entry goes in first and only older ids are deleted: the newest
        // entry holds max(id), from which SQLite derives the next id (the table has no
        // AUTOINCREMENT), so keeping it is what keeps ids from ever being reused.
        let removing = try db.fetchValue(Int.self, "SELECT count(*) FROM audit_log WHERE at < ?", [before]) ?? 0
        // A daily run with nothing expired leaves no trace: the log would otherwise grow
        // by one `audit.purge` entry a day that says nothing.
        guard removing > 0 else { return 0 }
        let purgeEntry = try append(AuditEntry(at: now, uid: nil, user: user, role: role, action: "audit.purge",
                                               detail: "removed \(removing) entries before \(before)"))
        try db.execute("UPDATE audit_purge_gate SET purge_before = ? WHERE id = 1", [before])
        try db.execute("DELETE FROM audit_log WHERE at < ? AND id < ?", [before, purgeEntry])
        let removed = db.changedRowCount
        try db.execute("UPDATE audit_purge_gate SET purge_before = NULL WHERE id = 1")
        return removed
    }

    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }
}
