/// Schema version 3: fewer pages written per submitted referral (issue 9, durable submit
/// latency). Every page a write transaction touches is one more WAL frame written and
/// fsynced at `COMMIT`, so the submit path touched eight b-tree pages where the bare
/// insert it is measured against touches one. This migration removes two of them:
///
/// - `audit_log` loses `AUTOINCREMENT`, whose `sqlite_sequence` row was rewritten on every
///   insert. Ids stay unique and are never reused without it: SQLite gives a new row
///   `max(id) + 1`, so an id could come back only if the entry with the highest id were
///   deleted. Entries are deleted only through the audit purge gate, and the rebuilt
///   `audit_log_no_delete` trigger now also refuses to delete the newest entry, whatever
///   the gate says; `AuditLog.purge` appends its own entry first and deletes only older
///   ids. If the old sequence stood above the highest id (entries at the top deleted
///   under the old rules), one `schema.migrate` entry is written at that mark, so the
///   high-water mark survives as a row.
/// - `referrals_by_caseworker` is dropped: no query can use it (the referral list filters
///   with `?2 IS NULL OR caseworker = ?2`, which SQLite cannot answer from an index, and
///   nothing else filters referrals by caseworker), yet every submit wrote to it.
enum SchemaSubmitPath {
    static let migration = Migration(version: 3, name: "submit path: audit_log without AUTOINCREMENT, no unused referral index",
                                     sql: sql, rebuildsTables: true)

    static let sql = """
    CREATE TABLE audit_log_new (
        id            INTEGER PRIMARY KEY,
        at            INTEGER NOT NULL,
        uid           INTEGER,
        user          TEXT NOT NULL CHECK (length(user) BETWEEN 1 AND 64),
        role          TEXT NOT NULL CHECK (length(role) BETWEEN 1 AND 32),
        action        TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 64),
        record_kind   TEXT CHECK (length(record_kind) <= 32),
        record_id     TEXT CHECK (length(record_id) <= 64),
        outcome       TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
        detail        TEXT CHECK (length(detail) <= 200)
    ) STRICT;
    INSERT INTO audit_log_new (id, at, uid, user, role, action, record_kind, record_id, outcome, detail)
        SELECT id, at, uid, user, role, action, record_kind, record_id, outcome, detail FROM audit_log ORDER BY id;
    -- Keep the old high-water mark as a row, so no id at or below it is handed out again.
    INSERT INTO audit_log_new (id, at, uid, user, role, action, outcome, detail)
        SELECT seq, CAST(strftime('%s', 'now') AS INTEGER), NULL, 'lotse', 'system', 'schema.migrate', 'ok',
               'audit ids continue after ' || seq
        FROM sqlite_sequence
        WHERE name = 'audit_log' AND seq > coalesce((SELECT max(id) FROM audit_log_new), 0);
    DROP TABLE audit_log;
    ALTER TABLE audit_log_new RENAME TO audit_log;
    CREATE INDEX audit_log_by_time ON audit_log (at);
    CREATE INDEX audit_log_by_record ON audit_log (record_kind, record_id);

    \(appendOnlyTriggers)

    DROP INDEX referrals_by_caseworker;
    """

    /// The audit log's append-only triggers, as this migration created them; a later
    /// migration that rebuilds `audit_log` creates them again from here.
    static let appendOnlyTriggers = """
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be changed');
    END;

    -- The newest entry is never deleted: it holds max(id), from which the next id follows.
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    WHEN (SELECT purge_before FROM audit_purge_gate WHERE id = 1) IS NULL
      OR OLD.at >= (SELECT purge_before FROM audit_purge_gate WHERE id = 1)
      OR OLD.id >= (SELECT max(id) FROM audit_log)
    BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only: entries are removed only by the retention purge, never the newest one');
    END;
    """
}
