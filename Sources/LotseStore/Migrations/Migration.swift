/// One step of the schema's history: the SQL that takes the database from
/// `version - 1` to `version`.
///
/// Forward-only: a shipped migration is never edited, only followed by a new one, so a
/// database of any earlier version reaches the newest schema by the same path as every
/// other database.
public struct Migration: Sendable {
    /// The `user_version` the database has after this migration (1, 2, 3, …).
    public let version: Int
    /// A short name for logs and errors.
    public let name: String
    /// The DDL/DML script, run in one `BEGIN IMMEDIATE` transaction (so it must not use
    /// PRAGMAs that do nothing inside a transaction, such as `foreign_keys`).
    public let sql: String
    /// True for a migration that rebuilds a table (create new, copy, drop old, rename —
    /// SQLite's procedure for changes `ALTER TABLE` cannot make). Foreign keys are then
    /// switched off around its transaction, because dropping a parent table with them on
    /// would run its `ON DELETE CASCADE` and delete the children; `foreign_key_check`
    /// inside the transaction still refuses a result that breaks a reference.
    public let rebuildsTables: Bool

    /// Creates a migration step.
    public init(version: Int, name: String, sql: String, rebuildsTables: Bool = false) {
        self.version = version
        self.name = name
        self.sql = sql
        self.rebuildsTables = rebuildsTables
    }
}
