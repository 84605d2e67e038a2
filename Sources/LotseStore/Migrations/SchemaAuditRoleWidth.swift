/// Schema version 11: `audit_log.role` holds up to 64 characters instead of 32.
///
/// The column records the roles the caller held, joined by `+` and sorted
/// (`Caller.roleSummary`). An account in every role — a small office where one person
/// is caseworker, coordinator, specialist and administrator — is
/// `caseworker+coordinator+specialist+admin`, 39 characters, and three roles can already
/// pass 32. The old check then refused the audit entry, and since an audited read or write
/// commits only together with its entry, every call of such an account failed. Four role
/// names of at most 11 characters and three `+` fit well within 64.
///
/// SQLite cannot change a column's CHECK in place, so the table is rebuilt with every
/// entry, id and column as it was, and its indexes and append-only triggers are created
/// again exactly as migration 3 left them (the same text, `SchemaSubmitPath.appendOnlyTriggers`).
enum SchemaAuditRoleWidth {
    static let migration = Migration(version: 11, name: "audit_log.role holds every role of an account",
                                     sql: sql, rebuildsTables: true)

    static let sql = """
    CREATE TABLE audit_log_new (
        id            INTEGER PRIMARY KEY,
        at            INTEGER NOT NULL,
        uid           INTEGER,
        user          TEXT NOT NULL CHECK (length(user) BETWEEN 1 AND 64),
        role          TEXT NOT NULL CHECK (length(role) BETWEEN 1 AND 64),
        action        TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 64),
        record_kind   TEXT CHECK (length(record_kind) <= 32),
        record_id     TEXT CHECK (length(record_id) <= 64),
        outcome       TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
        detail        TEXT CHECK (length(detail) <= 200),
        subjects      TEXT
    ) STRICT;
    INSERT INTO audit_log_new (id, at, uid, user, role, action, record_kind, record_id, outcome, detail, subjects)
        SELECT id, at, uid, user, role, action, record_kind, record_id, outcome, detail, subjects FROM audit_log ORDER BY id;
    DROP TABLE audit_log;
    ALTER TABLE audit_log_new RENAME TO audit_log;
    CREATE INDEX audit_log_by_time ON audit_log (at);
    CREATE INDEX audit_log_by_record ON audit_log (record_kind, record_id);

    \(SchemaSubmitPath.appendOnlyTriggers)
    """
}
