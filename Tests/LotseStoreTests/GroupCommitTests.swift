import CSQLite
import Dispatch
import Foundation
import Synchronization
import Testing
@testable import LotseStore

@Suite("Group commit: many writers, one transaction")
struct GroupCommitTests {
    private func insertJob(_ pseudonym: String) -> WriteJob<Int, StoreError> {
        WriteJob { (db: Connection) throws(StoreError) -> Int in
            try Fixtures.insertClient(db, pseudonym)
            return 1
        }
    }

    @Test func aFailingWriteInABatchUndoesOnlyItsOwnChanges() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection.open(path: directory.path("lotse.sqlite"))
        try Migrator(migrations: Schema.migrations).migrate(connection)
        let first = insertJob("K-2026-0001")
        let failing = WriteJob { (db: Connection) throws(StoreError) -> Int in
            try Fixtures.insertClient(db, "K-2026-0002")
            try Fixtures.insertClient(db, "K-2026-0001") // duplicate: this write fails
            return 2
        }
        let third = insertJob("K-2026-0003")
        GroupCommitQueue.runBatch([first, failing, third], on: connection, closedError: StoreError(kind: .closed, message: "closed"))
        #expect(try first.outcome?.get() == 1)
        #expect(try third.outcome?.get() == 1)
        if case .failure(let error) = failing.outcome { #expect(error.isConstraintViolation) } else { Issue.record("the duplicate was accepted") }
        let stored = try connection.fetchAll("SELECT pseudonym FROM clients ORDER BY pseudonym").map { try $0.decode(String.self, "pseudonym") }
        #expect(stored == ["K-2026-0001", "K-2026-0003"])
        #expect(!connection.isInTransaction)
    }

    @Test func aLoneFailingWriteLeavesNothingBehindAndTheNextWriteCommits() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection.open(path: directory.path("lotse.sqlite"))
        try Migrator(migrations: Schema.migrations).migrate(connection)
        let failing = WriteJob { (db: Connection) throws(StoreError) -> Int in
            try Fixtures.insertClient(db, "K-2026-0001")
            try Fixtures.insertClient(db, "K-2026-0001") // duplicate: this write fails after a change
            return 1
        }
        let closed = StoreError(kind: .closed, message: "closed")
        GroupCommitQueue.runBatch([failing], on: connection, closedError: closed)
        if case .failure(let error) = failing.outcome { #expect(error.isConstraintViolation) } else { Issue.record("the duplicate was accepted") }
        #expect(!connection.isInTransaction)
        #expect(try connection.fetchValue(Int.self, "SELECT count(*) FROM clients") == 0)
        let next = insertJob("K-2026-0002")
        GroupCommitQueue.runBatch([next], on: connection, closedError: closed)
        #expect(try next.outcome?.get() == 1)
        #expect(try connection.fetchValue(Int.self, "SELECT count(*) FROM clients") == 1)
        #expect(!connection.isInTransaction)
    }

    @Test func whenTheSharedCommitFailsNoWriteOfTheBatchReportsSuccess() throws {
        let directory = try TemporaryDirectory()
        let connection = try Connection.open(path: directory.path("lotse.sqlite"))
        try Migrator(migrations: Schema.migrations).migrate(connection)
        let innocent = insertJob("K-2026-0001")
        // A deferred foreign-key violation passes its own savepoint and fails at COMMIT.
        let deferred = WriteJob { (db: Connection) throws(StoreError) -> Int in
            try db.execute("PRAGMA defer_foreign_keys = ON")
            try db.execute("""
                INSERT INTO consents (client, given_on, scope, recorded_by, recorded_at) VALUES ('K-2099-0001', '2026-01-01', '["referral"]', 'anna', 0)
                """)
            return 2
        }
        GroupCommitQueue.runBatch([innocent, deferred], on: connection, closedError: StoreError(kind: .closed, message: "closed"))
        for job in [innocent, deferred] {
            guard case .failure(let error) = job.outcome else {
                Issue.record("a write reported success although the commit failed")
                continue
            }
            #expect(error.isConstraintViolation)
            #expect(error.sql == "COMMIT")
        }
        #expect(try connection.fetchValue(Int.self, "SELECT count(*) FROM clients") == 0)
        #expect(!connection.isInTransaction)
    }

    @Test func concurrentWritersAllCommitWithGroupCommit() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("lotse.sqlite")
        let database = try Database(path: path, options: StoreOptions(groupCommit: true))
        let failures = Mutex<[StoreError]>([])
        let perThread = 60
        DispatchQueue.concurrentPerform(iterations: 6) { worker in
            for index in 0..<perThread {
                do throws(StoreError) {
                    let value = try database.write { (db: Connection) throws(StoreError) -> Int in
                        try Fixtures.insertClient(db, Fixtures.pseudonym(series: worker, index))
                        try AuditLog(db).append(AuditEntry(at: Date(), uid: 1, user: "cw", role: "caseworker", action: "client.create"))
                        return index
                    }
                    if value != index { failures.withLock { $0.append(StoreError(kind: .sqlite, message: "wrong result \(value)")) } }
                } catch {
                    failures.withLock { $0.append(error) }
                }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        let counts = try database.read { (db: Connection) throws(StoreError) in
            [try db.fetchValue(Int.self, "SELECT count(*) FROM clients") ?? -1, try db.fetchValue(Int.self, "SELECT count(*) FROM audit_log") ?? -1]
        }
        #expect(counts == [6 * perThread, 6 * perThread])
        database.close()
        #expect(try Fixtures.integrityCheck(path) == ["ok"])
    }

    @Test func aFailingWriteUnderGroupCommitRollsBackAndRethrowsTheCallersError() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"), options: StoreOptions(groupCommit: true))
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in
                try Fixtures.insertClient(db, "K-2026-0001")
                throw StoreError(kind: .invalidValue(field: "consent"), message: "no consent")
            }
        }
        #expect(error?.message == "no consent")
        try database.write { (db: Connection) throws(StoreError) in try Fixtures.insertClient(db, "K-2026-0002") }
        let stored = try database.read { (db: Connection) throws(StoreError) in
            try db.fetchAll("SELECT pseudonym FROM clients").map { (row: Row) throws(StoreError) in try row.decode(String.self, "pseudonym") }
        }
        #expect(stored == ["K-2026-0002"])
    }
}
