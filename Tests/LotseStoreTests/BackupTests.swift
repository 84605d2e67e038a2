import Dispatch
import Foundation
import Synchronization
import Testing
@testable import LotseStore

@Suite("Online backup")
struct BackupTests {
    @Test func aBackupTakenWhileWritingIsOneConsistentSnapshot() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        // Enough data for the backup to take many steps.
        try database.write { (db: Connection) throws(StoreError) in
            for index in 0..<2_000 {
                try Fixtures.insertClient(db, Fixtures.pseudonym(series: 0, index))
                try AuditLog(db).append(AuditEntry(at: Date(), uid: 1, user: "cw", role: "caseworker", action: "client.create",
                                                   recordKind: "client", recordID: Fixtures.pseudonym(series: 0, index), detail: String(repeating: "x", count: 150)))
            }
        }
        let stop = Atomic<Bool>(false)
        let writes = Atomic<Int>(0)
        let writerDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var index = 0
            // Each transaction adds one client and its audit entry: any consistent
            // snapshot holds exactly as many of one as of the other.
            while !stop.load(ordering: .relaxed) || index < 20 {
                index += 1
                do throws(StoreError) {
                    try database.write { (db: Connection) throws(StoreError) in
                        try Fixtures.insertClient(db, Fixtures.pseudonym(series: 1, index))
                        try AuditLog(db).append(AuditEntry(at: Date(), uid: 1, user: "cw", role: "caseworker", action: "client.create",
                                                           recordKind: "client", recordID: Fixtures.pseudonym(series: 1, index)))
                    }
                    writes.add(1, ordering: .relaxed)
                } catch {
                    break
                }
            }
            writerDone.signal()
        }
        var backups: [String] = []
        for round in 0..<3 {
            let path = directory.path("backup-\(round).sqlite")
            let pages = try database.backup(to: path, pagesPerStep: 8)
            #expect(pages > 8)
            backups.append(path)
        }
        stop.store(true, ordering: .relaxed)
        writerDone.wait()
        #expect(writes.load(ordering: .relaxed) >= 20)
        for path in backups {
            #expect(try Fixtures.integrityCheck(path) == ["ok"])
            let restored = try Database(path: path)
            let counts = try restored.read { (db: Connection) throws(StoreError) in
                [try db.fetchValue(Int.self, "SELECT count(*) FROM clients") ?? -1,
                 try db.fetchValue(Int.self, "SELECT count(*) FROM audit_log") ?? -2]
            }
            #expect(counts[0] == counts[1])
            #expect(counts[0] >= 2_000)
            restored.close()
        }
        #expect(!FileManager.default.fileExists(atPath: backups[0] + ".partial-\(getpid())"))
    }

    /// Deterministic interleaving: a write commits between every two backup steps.
    @Test func writesCommittedBetweenBackupStepsDoNotEnterOrDisturbTheBackup() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        try database.write { (db: Connection) throws(StoreError) in
            for index in 0..<1_000 { try Fixtures.insertClient(db, Fixtures.pseudonym(series: 0, index)) }
        }
        var stepWrites = 0
        var stepFailure: StoreError?
        let path = directory.path("backup.sqlite")
        try database.backup(to: path, pagesPerStep: 4) { remaining, total in
            #expect(remaining <= total)
            do throws(StoreError) {
                try database.write { (db: Connection) throws(StoreError) in
                    try Fixtures.insertClient(db, Fixtures.pseudonym(series: 1, stepWrites))
                    try db.execute("DELETE FROM clients WHERE pseudonym = ?", [Fixtures.pseudonym(series: 0, stepWrites)])
                }
                stepWrites += 1
            } catch {
                stepFailure = error
            }
        }
        #expect(stepFailure == nil)
        #expect(stepWrites > 5)
        #expect(try Fixtures.integrityCheck(path) == ["ok"])
        let restored = try Database(path: path)
        let (count, newOnes) = try restored.read { (db: Connection) throws(StoreError) in
            (try db.fetchValue(Int.self, "SELECT count(*) FROM clients") ?? -1,
             try db.fetchValue(Int.self, "SELECT count(*) FROM clients WHERE pseudonym LIKE 'K-2001-%'") ?? -1)
        }
        #expect(count == 1_000)
        #expect(newOnes == 0)
        let live = try database.read { (db: Connection) throws(StoreError) in try db.fetchValue(Int.self, "SELECT count(*) FROM clients WHERE pseudonym LIKE 'K-2001-%'") }
        #expect(live == stepWrites)
    }

    @Test func backingUpOntoTheDatabaseItselfIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("lotse.sqlite")
        let database = try Database(path: path)
        let error = #expect(throws: StoreError.self) { try database.backup(to: path) }
        #expect(error?.message.contains("is the database itself") == true)
    }

    @Test func aBackupIntoAMissingDirectoryFailsClearly() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let error = #expect(throws: StoreError.self) { try database.backup(to: directory.path("missing/backup.sqlite")) }
        #expect(error?.message.isEmpty == false)
    }
}
