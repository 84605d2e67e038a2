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
    /// The DDL/DML script, run in one `BEGIN IMMEDIATE` transaction.
    public let sql: String

    /// Creates a migration step.
    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }
}
