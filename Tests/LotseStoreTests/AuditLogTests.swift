import CSQLite
import Foundation
import Testing
@testable import LotseStore

@Suite("Audit log: append-only")
struct AuditLogTests {
    private func entry(_ action: String, at seconds: TimeInterval, record: String? = "K-2026-0001") -> AuditEntry {
        AuditEntry(at: Date(timeIntervalSince1970: seconds), uid: 1001, user: "cw-anna", role: "caseworker",
                   action: action, recordKind: "client", recordID: record, outcome: .ok)
    }

    @Test func appendedEntriesReadBackNewestFirstAndFilter() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        try database.write { (db: Connection) throws(StoreError) in
            let log = AuditLog(db)
            try log.append(entry("referral.submit", at: 1_000))
            try log.append(entry("screening.read", at: 2_000, record: "K-2026-0002"))
            try log.append(AuditEntry(at: Date(timeIntervalSince1970: 3_000), uid: nil, user: "lotsed", role: "system",
                                      action: "roster.publish", outcome: .denied, detail: "not approved"))
        }
        let (all, forClient, recent) = try database.read { (db: Connection) throws(StoreError) in
            let log = AuditLog(db)
            return (try log.entries(),
                    try log.entries(AuditQuery(recordKind: "client", recordID: "K-2026-0002")),
                    try log.entries(AuditQuery(since: Date(timeIntervalSince1970: 2_000))))
        }
        #expect(all.map(\.action) == ["roster.publish", "screening.read", "referral.submit"])
        #expect(all.first?.uid == nil)
        #expect(all.first?.outcome == .denied)
        #expect(all.first?.detail == "not approved")
        #expect(all.last?.uid == 1001)
        #expect(all.last?.at == Date(timeIntervalSince1970: 1_000))
        #expect(forClient.map(\.action) == ["screening.read"])
        #expect(recent.count == 2)
        let (denials, page) = try database.read { (db: Connection) throws(StoreError) in
            (try AuditLog(db).entries(AuditQuery(outcome: .denied)),
             try AuditLog(db).entries(AuditQuery(beforeID: all.first?.id, limit: 1)))
        }
        #expect(denials.map(\.action) == ["roster.publish"])
        #expect(page.map(\.action) == ["screening.read"])
    }

    @Test func updatingAnEntryIsRefusedByTheDatabase() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        try database.write { (db: Connection) throws(StoreError) in try AuditLog(db).append(entry("referral.submit", at: 1_000)) }
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try db.execute("UPDATE audit_log SET user = 'someone-else'") }
        }
        #expect(error?.isConstraintViolation == true)
        #expect(error?.message.contains("append-only") == true)
        let users = try database.read { (db: Connection) throws(StoreError) in try AuditLog(db).entries().map(\.user) }
        #expect(users == ["cw-anna"])
    }

    @Test func deletingAnEntryIsRefusedByTheDatabase() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        try database.write { (db: Connection) throws(StoreError) in try AuditLog(db).append(entry("referral.submit", at: 1_000)) }
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try db.execute("DELETE FROM audit_log") }
        }
        #expect(error?.isConstraintViolation == true)
        #expect(error?.message.contains("append-only") == true)
        let count = try database.read { (db: Connection) throws(StoreError) in try AuditLog(db).count() }
        #expect(count == 1)
    }

    @Test func theRetentionPurgeRemovesOnlyOldEntriesAndRecordsItself() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let removed = try database.write { (db: Connection) throws(StoreError) -> Int in
            let log = AuditLog(db)
            for second in [100.0, 200, 300, 5_000] { try log.append(entry("referral.show", at: second)) }
            return try log.purge(olderThan: Date(timeIntervalSince1970: 1_000), now: Date(timeIntervalSince1970: 9_000),
                                 user: "root", role: "admin")
        }
        #expect(removed == 3)
        let entries = try database.read { (db: Connection) throws(StoreError) in try AuditLog(db).entries() }
        #expect(entries.map(\.action) == ["audit.purge", "referral.show"])
        #expect(entries.first?.detail?.contains("removed 3 entries") == true)
        // The gate is closed again: a plain delete is still refused afterwards.
        #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try db.execute("DELETE FROM audit_log") }
        }
    }

    @Test func aPurgeOfEveryEntryStillNeverLetsAnIDComeBack() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let (oldIDs, removed, nextID) = try database.write { (db: Connection) throws(StoreError) -> ([Int64], Int, Int64) in
            let log = AuditLog(db)
            var ids: [Int64] = []
            for second in [100.0, 200, 300] { ids.append(try log.append(entry("referral.show", at: second))) }
            // A cutoff after `now`: every older entry goes, the purge's own entry stays.
            let removed = try log.purge(olderThan: Date(timeIntervalSince1970: 99_000), now: Date(timeIntervalSince1970: 9_000),
                                        user: "root", role: "admin")
            return (ids, removed, try log.append(entry("referral.show", at: 9_500)))
        }
        #expect(removed == 3)
        #expect(oldIDs.allSatisfy { $0 < nextID })
        let actions = try database.read { (db: Connection) throws(StoreError) in try AuditLog(db).entries().map(\.action) }
        #expect(actions == ["referral.show", "audit.purge"])
    }

    @Test func theNewestEntryIsNeverDeletedEvenWithThePurgeGateOpen() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in
                try AuditLog(db).append(entry("referral.show", at: 100))
                try db.execute("UPDATE audit_purge_gate SET purge_before = 1000 WHERE id = 1")
                try db.execute("DELETE FROM audit_log")
            }
        }
        #expect(error?.message.contains("never the newest") == true)
    }

    @Test func purgingClientDataKeepsOnlyThatTheDeletionHappened() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        try database.write { (db: Connection) throws(StoreError) in
            try Fixtures.insertClient(db, "K-2024-0001")
            try db.execute("""
                INSERT INTO screenings (client, caseworker, performed_on, suicidality, danger_to_others, instrument, answers, outcome,
                                        score, band, positive, positive_by_item_rule, urgency, recorded_at)
                VALUES ('K-2024-0001', 'cw-anna', '2024-02-01', 0, 0, 'rhs-15', '[1,2,3]', 'scored', 6, 'low', 0, 0, 'routine', 0)
                """)
            try AuditLog(db).append(entry("screening.record", at: 1_000, record: "K-2024-0001"))
        }
        try database.write { (db: Connection) throws(StoreError) in
            try db.execute("DELETE FROM clients WHERE pseudonym = ?", ["K-2024-0001"])
            try AuditLog(db).append(AuditEntry(at: Date(timeIntervalSince1970: 2_000), uid: nil, user: "lotsed", role: "system",
                                               action: "client.purge", recordKind: "client", recordID: "K-2024-0001"))
        }
        let (screenings, actions) = try database.read { (db: Connection) throws(StoreError) in
            (try db.fetchValue(Int.self, "SELECT count(*) FROM screenings") ?? -1, try AuditLog(db).entries().map(\.action))
        }
        #expect(screenings == 0)
        #expect(actions == ["client.purge", "screening.record"])
    }
}
