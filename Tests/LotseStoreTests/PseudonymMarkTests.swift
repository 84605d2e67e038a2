import Foundation
import LotseCore
import Testing
@testable import LotseStore

@Suite("Pseudonyms: never reissued, not even after restoring an older backup")
struct PseudonymMarkTests {
    private func issue(_ database: Database, mark: PseudonymHighWaterMark, year: Int = 2026) throws -> ClientID {
        let anna = try Model.user("anna")
        let ludwigsburg = try Model.municipality("ludwigsburg")
        let opened = try Model.date("2026-03-01")
        return try database.write { (db: Connection) throws(StoreError) -> ClientID in
            let id = try ClientRepository(db).issuePseudonym(year: year, mark: mark)
            try ClientRepository(db).insert(Client(id: id, caseworker: anna, municipality: ludwigsburg, openedOn: opened), by: anna,
                                            now: Model.instant(0))
            return id
        }
    }

    /// Reproduction 6 of issue 12: stop, copy a backup over the database, start — and
    /// `K-2026-0007`, issued after the backup, was issued again to someone else.
    @Test func restoringAnOlderBackupDoesNotIssueAPseudonymAgain() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("lotse.db")
        let mark = try PseudonymHighWaterMark(path: PseudonymHighWaterMark.beside(database: path))
        var database = try Database(path: path)
        for _ in 1...3 { _ = try issue(database, mark: mark) }
        try database.backup(to: directory.path("backup.db"))
        var afterBackup: [ClientID] = []
        for _ in 1...4 { afterBackup.append(try issue(database, mark: mark)) }
        #expect(afterBackup.map(\.description) == ["K-2026-0004", "K-2026-0005", "K-2026-0006", "K-2026-0007"])
        database.close()

        // The backup goes back in place; the mark file beside it stays.
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try FileManager.default.copyItem(atPath: directory.path("backup.db"), toPath: path)
        database = try Database(path: path)
        let reread = try PseudonymHighWaterMark(path: mark.path)
        #expect(reread.mark(year: 2026) == 7)
        let next = try issue(database, mark: reread)
        #expect(next.description == "K-2026-0008")
        // Without the mark, the restored sequence would have said 0004.
        let sequence = try database.read { (db: Connection) throws(StoreError) in
            try db.fetchValue(Int.self, "SELECT last FROM id_sequences WHERE name = 'client-2026'")
        }
        #expect(sequence == 8)
        database.close()
    }

    @Test func theMarkIsWrittenOwnerOnlyBeforeThePseudonymIsReturned() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("lotse.db")
        let mark = try PseudonymHighWaterMark(path: PseudonymHighWaterMark.beside(database: path))
        let database = try Database(path: path)
        let old = umask(0)
        defer { umask(old) }
        let id = try issue(database, mark: mark)
        let text = try String(contentsOfFile: mark.path, encoding: .utf8)
        #expect(text.hasSuffix("\n2026 \(id.number)\n"))
        let attributes = try FileManager.default.attributesOfItem(atPath: mark.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(!FileManager.default.fileExists(atPath: mark.path + ".new"))
        database.close()
    }

    @Test func aDamagedMarkIsRefusedWithItsLineAndNeverLowered() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path(PseudonymHighWaterMark.fileName)
        try Data("2026 40\nzwanzig\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try PseudonymHighWaterMark(path: path) }
        #expect(error?.message.contains("\(path):2: \"zwanzig\"") == true)
        try Data("2026 40\n".utf8).write(to: URL(fileURLWithPath: path))
        let mark = try PseudonymHighWaterMark(path: path)
        try mark.raise(year: 2026, to: 12)
        #expect(try PseudonymHighWaterMark(path: path).mark(year: 2026) == 40)
    }

    @Test func aYearGoesOnPastNineThousandNineHundredNinetyNine() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("lotse.db")
        let mark = try PseudonymHighWaterMark(path: PseudonymHighWaterMark.beside(database: path))
        try mark.raise(year: 2026, to: 9998)
        let database = try Database(path: path)
        #expect(try issue(database, mark: mark).description == "K-2026-9999")
        #expect(try issue(database, mark: mark).description == "K-2026-10000")
        // The schema check accepts the wide form only in its canonical spelling.
        for (pseudonym, accepted) in [("K-2026-10001", true), ("K-2026-01234", false), ("K-2026-123456789", false), ("K-2026-12a45", false)] {
            let stored = (try? database.write { (db: Connection) throws(StoreError) in try Fixtures.insertClient(db, pseudonym) }) != nil
            #expect(stored == accepted, "\(pseudonym)")
        }
        database.close()
    }

    @Test func migrationFiveKeepsEveryClientAndItsData() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        do {
            let connection = try Connection.open(path: path)
            defer { connection.close() }
            try Migrator(migrations: Array(Schema.migrations.prefix(4))).migrate(connection)
            try connection.inTransaction(.immediate) { (db: Connection) throws(StoreError) in
                try Fixtures.insertClient(db, "K-2026-0001")
                try Fixtures.insertClient(db, "K-2026-9999")
                try db.execute("""
                    INSERT INTO consents (client, given_on, scope, recorded_by, recorded_at)
                    VALUES ('K-2026-0001', '2026-01-06', '["referral"]', 'cw-anna', 1)
                    """)
            }
        }
        let database = try Database(path: path)
        #expect(try database.schemaVersion() >= 5)
        let (clients, consents) = try database.read { (db: Connection) throws(StoreError) in
            (try db.fetchValue(String.self, "SELECT group_concat(pseudonym, ',') FROM (SELECT pseudonym FROM clients ORDER BY pseudonym)"),
             try db.fetchValue(Int.self, "SELECT count(*) FROM consents"))
        }
        #expect(clients == "K-2026-0001,K-2026-9999")
        #expect(consents == 1)
        // The consent still hangs off its client: deleting the client removes it.
        try database.write { (db: Connection) throws(StoreError) in try db.execute("DELETE FROM clients WHERE pseudonym = 'K-2026-0001'") }
        #expect(try database.read { (db: Connection) throws(StoreError) in try db.fetchValue(Int.self, "SELECT count(*) FROM consents") } == 0)
        #expect(try database.checkIntegrity(full: true) == ["ok"])
        database.close()
    }
}
