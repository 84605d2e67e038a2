/// Schema version 13: a purged client leaves the audit log too.
///
/// Until now the retention purge deleted a client's data but its audit entries kept the
/// pseudonym (`client.create`, `consent.record`, `helpplan.change`, every read that showed
/// the client) until they expired after `[retention] audit_months` — two years in which
/// anyone holding the caseworker's list of who is who could still read from the log when a
/// deleted person was referred, assessed and given a new help plan. Now the purge empties
/// those entries of the person: the pseudonym leaves `record_id`, `subjects` and `detail`,
/// and the entries about the person's own referrals, appointments and assessments lose
/// their record number and remark. What stays is that an action of that kind happened,
/// when, by whom and with which outcome — the log still shows every access.
///
/// - `audit_log.redacted` marks an entry the purge emptied (1), so a reader of the log sees
///   that it was changed and why, instead of an entry that seems to have been written
///   without its record.
/// - `audit_purge_gate.redacting` is the gate for that rewrite, opened and closed by the
///   purge inside its own transaction like `purge_before` for expiry.
/// - `audit_purge_gate.swept` is 0 until the first purge after this migration has emptied
///   the entries of clients purged before it (their pseudonyms are known only as those that
///   no longer name a stored client, which needs the audit entries' own list form to read).
/// - The update trigger now lets exactly that rewrite through and nothing else: with the
///   gate open, an update may only empty `record_id` and `detail`, change `subjects`
///   (never give an entry subjects it did not have) and must set `redacted`; every other
///   column stays as written. With the gate closed every update is refused, as before.
enum SchemaAuditForgetting {
    static let migration = Migration(version: 13, name: "a purged client leaves the audit log", sql: sql)

    static let sql = """
    ALTER TABLE audit_log ADD COLUMN redacted INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1));
    ALTER TABLE audit_purge_gate ADD COLUMN redacting INTEGER CHECK (redacting IS NULL OR redacting = 1);
    ALTER TABLE audit_purge_gate ADD COLUMN swept INTEGER NOT NULL DEFAULT 0 CHECK (swept IN (0, 1));

    DROP TRIGGER audit_log_no_update;
    \(updateTrigger)
    """

    /// The audit log's update trigger from this version on; a later migration that
    /// rebuilds `audit_log` creates it again from here (with `SchemaSubmitPath`'s delete
    /// trigger).
    static let updateTrigger = """
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    WHEN (SELECT redacting FROM audit_purge_gate WHERE id = 1) IS NOT 1
      OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.uid IS NOT OLD.uid OR NEW.user IS NOT OLD.user
      OR NEW.role IS NOT OLD.role OR NEW.action IS NOT OLD.action OR NEW.record_kind IS NOT OLD.record_kind
      OR NEW.outcome IS NOT OLD.outcome OR NEW.redacted IS NOT 1
      OR (NEW.record_id IS NOT NULL AND NEW.record_id IS NOT OLD.record_id)
      OR (NEW.detail IS NOT NULL AND NEW.detail IS NOT OLD.detail)
      OR (NEW.subjects IS NOT NULL AND OLD.subjects IS NULL)
    BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only: entries cannot be changed, only emptied of a purged client by the retention purge');
    END;
    """
}
