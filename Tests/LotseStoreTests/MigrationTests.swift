import Foundation
import Testing
@testable import LotseStore

@Suite("Migrations: user_version, forward-only, every path to the newest schema")
struct MigrationTests {
    /// The schema of a database migrated from an empty file: the reference every other
    /// path must reach.
    private func referenceSchema(in directory: TemporaryDirectory) throws -> [String] {
        let database = try Database(path: directory.path("reference.sqlite"))
        defer { database.close() }
        return try database.read { (db: Connection) throws(StoreError) -> [String] in
            try Fixtures.schema(db)
        }
    }

    @Test func anEmptyFileReachesTheNewestSchema() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let version = try database.read { (db: Connection) throws(StoreError) in try Migrator.currentVersion(db) }
        #expect(version == Schema.newestVersion)
        #expect(Schema.newestVersion >= 2)
        let tables = try database.read { (db: Connection) throws(StoreError) in
            try db.fetchAll("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map { (row: Row) throws(StoreError) in
                try row.decode(String.self, "name")
            }
        }
        for table in ["clients", "consents", "referrals", "screenings", "specialists", "sessions", "session_series", "slots", "referral_excluded_specialists",
                      "rosters", "roster_entries", "waiting_reasons", "appointments", "assessments", "recommendations",
                      "follow_up_steps", "help_plans", "help_plan_versions", "help_plan_goal_spans", "caseworkers",
                      "outbox", "audit_log"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
    }

    @Test(arguments: 0..<Schema.newestVersion)
    func everyEarlierVersionReachesTheNewestSchemaWithItsDataKept(startVersion: Int) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        do {
            // Build a database as an older Lotse left it: migrated only up to `startVersion`.
            let connection = try Connection.open(path: path)
            try Migrator(migrations: Array(Schema.migrations.prefix(startVersion))).migrate(connection)
            #expect(try Migrator.currentVersion(connection) == startVersion)
            if startVersion >= 1 {
                try connection.inTransaction(.immediate) { (db: Connection) throws(StoreError) in
                    try Fixtures.insertClient(db, "K-2025-0007")
                }
            }
            connection.close()
        }
        let database = try Database(path: path)
        let (version, schema, clients) = try database.read { (db: Connection) throws(StoreError) in
            (try Migrator.currentVersion(db), try Fixtures.schema(db), try db.fetchValue(Int.self, "SELECT count(*) FROM clients") ?? -1)
        }
        #expect(version == Schema.newestVersion)
        #expect(schema == (try referenceSchema(in: directory)))
        #expect(clients == (startVersion >= 1 ? 1 : 0))
        database.close()
        #expect(try Fixtures.integrityCheck(path) == ["ok"])
    }

    @Test func aDatabaseFromANewerLotseIsRefusedUntouched() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("future.sqlite")
        do {
            let connection = try Connection.open(path: path)
            try connection.executeScript("PRAGMA user_version = 99")
            connection.close()
        }
        let error = #expect(throws: StoreError.self) { _ = try Database(path: path) }
        #expect(error?.kind == .schemaTooNew(found: 99, newest: Schema.newestVersion))
        #expect(error?.message.contains("newer Lotse") == true)
        let connection = try Connection.open(path: path)
        #expect(try Migrator.currentVersion(connection) == 99)
        #expect(try connection.fetchValue(Int.self, "SELECT count(*) FROM sqlite_master") == 0)
    }

    @Test func aFailingMigrationLeavesTheLastCompletedVersion() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("lotse.sqlite")
        let migrations = [
            Migration(version: 1, name: "first", sql: "CREATE TABLE a (x INTEGER) STRICT;"),
            Migration(version: 2, name: "broken", sql: "CREATE TABLE b (y INTEGER) STRICT; CREATE TABLE a (x INTEGER);"),
        ]
        let error = #expect(throws: StoreError.self) { _ = try Database(path: path, migrations: migrations) }
        #expect(error?.message.contains("Migration 2 (broken) failed") == true)
        #expect(error?.message.contains("already exists") == true)
        let connection = try Connection.open(path: path)
        #expect(try Migrator.currentVersion(connection) == 1)
        // The half of migration 2 that ran was rolled back with it.
        #expect(try connection.fetchValue(Int.self, "SELECT count(*) FROM sqlite_master WHERE name = 'b'") == 0)
    }

    @Test func aTableRebuildKeepsTheChildRowsAndForeignKeysComeBackOn() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("lotse.sqlite")
        do {
            let database = try Database(path: path)
            try database.write { (db: Connection) throws(StoreError) in
                try Fixtures.insertClient(db, "K-2026-0001")
                try db.execute("""
                    INSERT INTO consents (client, given_on, scope, recorded_by, recorded_at) VALUES ('K-2026-0001', '2026-01-06', '["referral"]', 'anna', 0)
                    """)
            }
            database.close()
        }
        // A later migration rebuilds the parent table `clients` the way SQLite prescribes.
        let rebuild = Migration(version: Schema.newestVersion + 1, name: "rebuild clients", sql: """
            CREATE TABLE clients_new (
                pseudonym TEXT PRIMARY KEY, caseworker TEXT NOT NULL, municipality TEXT NOT NULL, status TEXT NOT NULL,
                opened_on TEXT NOT NULL, closed_on TEXT, created_at INTEGER NOT NULL, note TEXT
            ) STRICT;
            INSERT INTO clients_new (pseudonym, caseworker, municipality, status, opened_on, closed_on, created_at)
                SELECT pseudonym, caseworker, municipality, status, opened_on, closed_on, created_at FROM clients;
            DROP TABLE clients;
            ALTER TABLE clients_new RENAME TO clients;
            """, rebuildsTables: true)
        let database = try Database(path: path, migrations: Schema.migrations + [rebuild])
        let (consents, foreignKeys) = try database.write { (db: Connection) throws(StoreError) -> (Int, Int) in
            (try db.fetchValue(Int.self, "SELECT count(*) FROM consents") ?? -1, try db.fetchValue(Int.self, "PRAGMA foreign_keys") ?? -1)
        }
        #expect(consents == 1)
        #expect(foreignKeys == 1)
    }

    @Test func aGapInTheMigrationListIsRefused() throws {
        let directory = try TemporaryDirectory()
        let migrations = [Migration(version: 1, name: "first", sql: "SELECT 1;"), Migration(version: 3, name: "third", sql: "SELECT 1;")]
        let error = #expect(throws: StoreError.self) { _ = try Database(path: directory.path("lotse.sqlite"), migrations: migrations) }
        #expect(error?.message.contains("without gaps") == true)
    }

    @Test func reopeningAnUpToDateDatabaseRunsNoMigration() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("lotse.sqlite")
        try Database(path: path).close()
        // A migration list whose first step would fail if it ran again.
        let poisoned = Schema.migrations.map { Migration(version: $0.version, name: $0.name, sql: "SELECT * FROM does_not_exist;") }
        let database = try Database(path: path, migrations: poisoned)
        let version = try database.read { (db: Connection) throws(StoreError) in try Migrator.currentVersion(db) }
        #expect(version == Schema.newestVersion)
    }
}
