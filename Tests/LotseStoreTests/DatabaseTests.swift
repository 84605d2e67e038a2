import CSQLite
import Dispatch
import Foundation
import Synchronization
import Testing
@testable import LotseStore

@Suite("Database: transactions, durability, concurrency")
struct DatabaseTests {
    @Test func aCommittedWriteSurvivesCloseAndReopen() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("lotse.sqlite")
        do {
            let database = try Database(path: path)
            try database.write { (db: Connection) throws(StoreError) in
                try Fixtures.insertClient(db, "K-2026-0001")
            }
            database.close()
        }
        let reopened = try Database(path: path)
        let caseworker = try reopened.read { (db: Connection) throws(StoreError) in
            try db.fetchValue(String.self, "SELECT caseworker FROM clients WHERE pseudonym = ?", ["K-2026-0001"])
        }
        #expect(caseworker == "cw-anna")
    }

    @Test func aFailedTransactionLeavesNothingBehind() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in
                try Fixtures.insertClient(db, "K-2026-0001")
                try AuditLog(db).append(AuditEntry(at: Date(), uid: 1000, user: "cw-anna", role: "caseworker", action: "client.create"))
                // The same pseudonym again: the primary key refuses it, the whole transaction rolls back.
                try Fixtures.insertClient(db, "K-2026-0001")
            }
        }
        #expect(error?.isConstraintViolation == true)
        let counts = try database.read { (db: Connection) throws(StoreError) in
            [try db.fetchValue(Int.self, "SELECT count(*) FROM clients") ?? -1,
             try db.fetchValue(Int.self, "SELECT count(*) FROM audit_log") ?? -1]
        }
        #expect(counts == [0, 0])
        // The writer is usable again afterwards.
        try database.write { (db: Connection) throws(StoreError) in try Fixtures.insertClient(db, "K-2026-0002") }
    }

    /// A caller's own error type travels through `write` unchanged and still rolls back.
    @Test func aCallersOwnErrorRollsBackAndIsRethrownAsIs() throws {
        enum ServiceError: StoreErrorConvertible, Equatable {
            case store(StoreError)
            case refused(String)
            init(storeError: StoreError) { self = .store(storeError) }
        }
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        #expect(throws: ServiceError.refused("no consent")) {
            try database.write { (db: Connection) throws(ServiceError) in
                do throws(StoreError) { try Fixtures.insertClient(db, "K-2026-0001") } catch { throw .store(error) }
                throw .refused("no consent")
            }
        }
        let count = try database.read { (db: Connection) throws(StoreError) in try db.fetchValue(Int.self, "SELECT count(*) FROM clients") }
        #expect(count == 0)
    }

    @Test func readsSeeTheLastCommitAndDoNotWaitForAnOpenWrite() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        try database.write { (db: Connection) throws(StoreError) in try Fixtures.insertClient(db, "K-2026-0001") }
        // While the write transaction is open and holds the write lock, a read on another
        // connection completes at once and sees only committed data.
        let seenDuringWrite = try database.write { (db: Connection) throws(StoreError) -> Int in
            try Fixtures.insertClient(db, "K-2026-0002")
            return try database.read { (reader: Connection) throws(StoreError) in
                try reader.fetchValue(Int.self, "SELECT count(*) FROM clients") ?? -1
            }
        }
        #expect(seenDuringWrite == 1)
        let seenAfter = try database.read { (db: Connection) throws(StoreError) in try db.fetchValue(Int.self, "SELECT count(*) FROM clients") }
        #expect(seenAfter == 2)
    }

    @Test func readersCannotWrite() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let error = #expect(throws: StoreError.self) {
            try database.read { (db: Connection) throws(StoreError) in try Fixtures.insertClient(db, "K-2026-0001") }
        }
        #expect(error?.resultCode == SQLITE_READONLY)
    }

    @Test func twoThreadsWritingAtOnceBothSucceedAndTheFileStaysIntact() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("lotse.sqlite")
        // Two independent Database values on one file: their writers really compete for
        // SQLite's write lock (as two processes would), and the busy timeout arbitrates.
        let first = try Database(path: path, options: StoreOptions(busyTimeoutMilliseconds: 10_000, readerCount: 1))
        let second = try Database(path: path, options: StoreOptions(busyTimeoutMilliseconds: 10_000, readerCount: 1))
        let failures = Mutex<[StoreError]>([])
        let perThread = 150
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            let database = worker % 2 == 0 ? first : second
            for index in 0..<perThread {
                do throws(StoreError) {
                    try database.write { (db: Connection) throws(StoreError) in
                        try Fixtures.insertClient(db, Fixtures.pseudonym(series: worker, index))
                        try AuditLog(db).append(AuditEntry(at: Date(), uid: 1000, user: "cw-\(worker)", role: "caseworker",
                                                           action: "client.create", recordKind: "client", recordID: Fixtures.pseudonym(series: worker, index)))
                    }
                } catch {
                    failures.withLock { $0.append(error) }
                }
            }
        }
        let errors = failures.withLock { $0 }
        // Either every write succeeded, or the ones that did not got a clear busy error.
        #expect(errors.allSatisfy { $0.isBusy }, "unexpected errors: \(errors)")
        let counts = try first.read { (db: Connection) throws(StoreError) in
            [try db.fetchValue(Int.self, "SELECT count(*) FROM clients") ?? -1,
             try db.fetchValue(Int.self, "SELECT count(*) FROM audit_log") ?? -1]
        }
        #expect(counts == [4 * perThread - errors.count, 4 * perThread - errors.count])
        #expect(errors.isEmpty, "with a 10 s busy timeout no write should have given up")
        first.close()
        second.close()
        #expect(try Fixtures.integrityCheck(path) == ["ok"])
    }

    @Test func aBusyWriterPastTheTimeoutGivesAClearBusyError() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("lotse.sqlite")
        let holder = try Database(path: path)
        let impatient = try Database(path: path, options: StoreOptions(busyTimeoutMilliseconds: 0, readerCount: 1))
        let error = try holder.write { (db: Connection) throws(StoreError) -> StoreError? in
            try Fixtures.insertClient(db, "K-2026-0001")
            do throws(StoreError) {
                try impatient.write { (other: Connection) throws(StoreError) in try Fixtures.insertClient(other, "K-2026-0002") }
                return nil
            } catch {
                return error
            }
        }
        #expect(error?.isBusy == true)
        #expect(error?.sql == "BEGIN IMMEDIATE")
        #expect(error?.message.contains("locked") == true)
    }

    @Test func integrityAndSchemaVersionAreReportedForAdminStatus() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        try database.write { (db: Connection) throws(StoreError) in try Fixtures.insertClient(db, "K-2026-0001") }
        #expect(try database.checkIntegrity() == ["ok"])
        #expect(try database.checkIntegrity(full: true) == ["ok"])
        #expect(try database.schemaVersion() == Schema.newestVersion)
    }

    @Test func aDatabaseInAMissingDirectoryGivesAClearError() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("missing/lotse.sqlite")
        let error = #expect(throws: StoreError.self) { _ = try Database(path: path) }
        #expect(error?.message == "Cannot create \(path): No such file or directory")
        #expect(error?.resultCode == SQLITE_CANTOPEN)
    }

    @Test func aClosedDatabaseRefusesWork() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        database.close()
        let error = #expect(throws: StoreError.self) {
            try database.read { (db: Connection) throws(StoreError) in try db.fetchValue(Int.self, "SELECT 1") }
        }
        #expect(error?.kind == .closed)
    }

    @Test func foreignKeysAreEnforced() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in
                try db.execute("""
                    INSERT INTO consents (client, given_on, scope, recorded_by, recorded_at)
                    VALUES ('K-2099-0001', '2026-01-01', '["referral"]', 'cw-anna', 0)
                    """)
            }
        }
        #expect(error?.extendedResultCode == SQLITE_CONSTRAINT | (3 << 8)) // SQLITE_CONSTRAINT_FOREIGNKEY
    }
}

@Suite("Database: a full disk")
struct FullDiskTests {
    /// `max_page_count` makes SQLite report a full database exactly as a full disk does.
    @Test func aFullDatabaseFailsWritesClearlyKeepsReadsAndRecovers() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("lotse.sqlite")
        let database = try Database(path: path)
        try database.write { (db: Connection) throws(StoreError) in try Fixtures.insertClient(db, "K-2026-0001") }
        try database.write { (db: Connection) throws(StoreError) in
            let pages = try db.fetchValue(Int.self, "PRAGMA page_count") ?? 0
            try db.executeScript("PRAGMA max_page_count = \(pages + 1)")
        }
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in
                for index in 0..<200 {
                    try AuditLog(db).append(AuditEntry(at: Date(), uid: 1, user: "cw", role: "caseworker", action: "client.read",
                                                       detail: String(repeating: "\(index % 10)", count: 200)))
                }
            }
        }
        #expect(error?.isDiskFull == true)
        #expect(error?.message.contains("full") == true)
        let readable = try database.read { (db: Connection) throws(StoreError) in
            (try db.fetchValue(Int.self, "SELECT count(*) FROM clients") ?? -1, try db.fetchValue(Int.self, "SELECT count(*) FROM audit_log") ?? -1)
        }
        #expect(readable.0 == 1)
        #expect(readable.1 == 0)
        // Space returns: the same writer works again.
        try database.write { (db: Connection) throws(StoreError) in
            try db.executeScript("PRAGMA max_page_count = 1073741823")
            try Fixtures.insertClient(db, "K-2026-0002")
        }
        database.close()
        #expect(try Fixtures.integrityCheck(path) == ["ok"])
    }
}
