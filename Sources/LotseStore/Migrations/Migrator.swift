import CSQLite

/// Applies the migrations a database has not seen yet, each in its own transaction, and
/// records progress in `PRAGMA user_version`.
public struct Migrator: Sendable {
    /// The ordered history; versions must run 1, 2, 3, … without gaps.
    public let migrations: [Migration]

    /// A migrator over an ordered list of migrations.
    public init(migrations: [Migration]) {
        self.migrations = migrations
    }

    /// The version a fully migrated database has.
    public var newestVersion: Int { migrations.last?.version ?? 0 }

    /// The database's schema version (`PRAGMA user_version`).
    public static func currentVersion(_ connection: Connection) throws(StoreError) -> Int {
        try connection.fetchValue(Int.self, "PRAGMA user_version") ?? 0
    }

    /// Brings the database up to `newestVersion`.
    ///
    /// Each migration runs in `BEGIN IMMEDIATE … COMMIT` together with its
    /// `user_version` update and a `foreign_key_check`, so a crash or failure leaves the
    /// database at the last completed version, never between two. A database newer than
    /// this build is refused untouched.
    public func migrate(_ connection: Connection) throws(StoreError) {
        for (offset, migration) in migrations.enumerated() where migration.version != offset + 1 {
            throw StoreError(kind: .invalidValue(field: "migrations"),
                             message: "Migration \"\(migration.name)\" has version \(migration.version) but position \(offset + 1); versions must run 1, 2, 3, … without gaps.")
        }
        let current = try Self.currentVersion(connection)
        guard current <= newestVersion else {
            throw StoreError(kind: .schemaTooNew(found: current, newest: newestVersion),
                             message: "The database \(connection.path) has schema version \(current), but this Lotse knows only versions up to \(newestVersion); it was written by a newer Lotse and will not be opened.")
        }
        for migration in migrations where migration.version > current {
            if migration.rebuildsTables { try connection.executeScript("PRAGMA foreign_keys = OFF") }
            defer { if migration.rebuildsTables { try? connection.executeScript("PRAGMA foreign_keys = ON") } }
            try connection.inTransaction(.immediate) { (db: Connection) throws(StoreError) in
                do throws(StoreError) {
                    try db.executeScript(migration.sql)
                } catch {
                    var failure = error
                    failure.message = "Migration \(migration.version) (\(migration.name)) failed: \(error.message)"
                    throw failure
                }
                let violations = try db.fetchAll("PRAGMA foreign_key_check")
                guard violations.isEmpty else {
                    throw StoreError(kind: .sqlite, resultCode: SQLITE_CONSTRAINT, extendedResultCode: SQLITE_CONSTRAINT | (3 << 8),
                                     message: "Migration \(migration.version) (\(migration.name)) left \(violations.count) foreign-key violations.",
                                     sql: "PRAGMA foreign_key_check")
                }
                // PRAGMA takes no bound parameters; the value is an Int we produced.
                try db.executeScript("PRAGMA user_version = \(migration.version)")
            }
        }
    }
}
