/// Schema version 2: indexes for the two hottest paths found after v1 — the mail sender's
/// "next due reminder" query and `lotse admin audit` by record.
enum SchemaV2 {
    static let migration = Migration(version: 2, name: "outbox and audit indexes", sql: """
    CREATE INDEX outbox_due ON outbox (priority DESC, next_attempt_at) WHERE state = 'pending' AND moot = 0;
    CREATE INDEX audit_log_by_record ON audit_log (record_kind, record_id);
    """)
}
