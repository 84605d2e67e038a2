import Foundation
import Testing
@testable import LotseStore

@Suite("Migration 3: audit_log without AUTOINCREMENT keeps every entry and never reuses an id")
struct SubmitPathMigrationTests {
    /// A database as version 2 left it, with three entries and, optionally, a sequence
    /// that had run ahead of the highest id (entries at the top deleted under the old rules).
    private func versionTwoDatabase(at path: String, sequence: Int64?) throws {
        let connection = try Connection.open(path: path)
        defer { connection.close() }
        try Migrator(migrations: Array(Schema.migrations.prefix(2))).migrate(connection)
        try connection.inTransaction(.immediate) { (db: Connection) throws(StoreError) in
            for second in [100, 200, 300] {
                try db.execute("""
                    INSERT INTO audit_log (at, uid, user, role, action, outcome) VALUES (?, 1001, 'cw-anna', 'caseworker', 'referral.show', 'ok')
                    """, [Int64(second)])
            }
            if let sequence { try db.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit_log'", [sequence]) }
        }
    }

    @Test func theEntriesKeepTheirIDsAndNewOnesContinueAfterThem() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        try versionTwoDatabase(at: path, sequence: nil)
        let database = try Database(path: path)
        let (ids, next) = try database.write { (db: Connection) throws(StoreError) -> ([Int64], Int64) in
            let ids = try db.fetchAll("SELECT id FROM audit_log ORDER BY id").map { (row: Row) throws(StoreError) in try row.decode(Int64.self, "id") }
            let next = try AuditLog(db).append(AuditEntry(at: Date(timeIntervalSince1970: 400), uid: nil, user: "root", role: "admin",
                                                          action: "referral.show", outcome: .ok))
            return (ids, next)
        }
        #expect(ids == [1, 2, 3])
        #expect(next == 4)
        let autoincrement = try database.read { (db: Connection) throws(StoreError) in
            try db.fetchValue(Int.self, "SELECT count(*) FROM sqlite_master WHERE name = 'audit_log' AND sql LIKE '%AUTOINCREMENT%'")
        }
        #expect(autoincrement == 0)
    }

    @Test func aSequenceAboveTheHighestIDIsKeptAsAnEntrySoNoIDBelowItReturns() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        try versionTwoDatabase(at: path, sequence: 10)
        let database = try Database(path: path)
        let (mark, next) = try database.write { (db: Connection) throws(StoreError) -> (String?, Int64) in
            let mark = try db.fetchValue(String.self, "SELECT action FROM audit_log WHERE id = 10")
            let next = try AuditLog(db).append(AuditEntry(at: Date(timeIntervalSince1970: 400), uid: nil, user: "root", role: "admin",
                                                          action: "referral.show", outcome: .ok))
            return (mark, next)
        }
        #expect(mark == "schema.migrate")
        #expect(next == 11)
    }
}

@Suite("Migration 11: audit_log.role holds every role of an account")
struct AuditRoleWidthMigrationTests {
    @Test func entriesSurviveTheRebuildAndAnEntryNamingFourRolesIsWritten() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        do {
            let connection = try Connection.open(path: path)
            defer { connection.close() }
            try Migrator(migrations: Array(Schema.migrations.prefix(10))).migrate(connection)
            try connection.inTransaction(.immediate) { (db: Connection) throws(StoreError) in
                try db.execute("""
                    INSERT INTO audit_log (at, uid, user, role, action, outcome, subjects) VALUES (100, 1001, 'cw-anna', 'caseworker', 'referral.list', 'ok', 'K-2026-0001')
                    """)
            }
        }
        let database = try Database(path: path)
        let (old, next) = try database.write { (db: Connection) throws(StoreError) -> (String?, Int64) in
            let old = try db.fetchValue(String.self, "SELECT user || '|' || role || '|' || subjects FROM audit_log WHERE id = 1")
            let next = try AuditLog(db).append(AuditEntry(at: Date(timeIntervalSince1970: 400), uid: 0, user: "root",
                                                          role: "caseworker+coordinator+specialist+admin",
                                                          action: "referral.list", outcome: .ok))
            return (old, next)
        }
        #expect(old == "cw-anna|caseworker|K-2026-0001")
        #expect(next == 2)
        let triggers = try database.read { (db: Connection) throws(StoreError) in
            try db.fetchValue(Int.self, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")
        }
        #expect(triggers == 2, "the append-only triggers are back")
    }
}
