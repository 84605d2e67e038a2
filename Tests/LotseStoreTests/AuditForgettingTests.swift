import Foundation
import LotseCore
import Testing
@testable import LotseStore

/// Issue 18's outside check: a purged client's pseudonym stayed in the audit log (the
/// entries of its creation, consent, help-plan changes, every read) until the entries
/// expired two years later. The purge now empties those entries of the person, through a
/// gate that lets exactly that rewrite through.
@Suite("Audit log: a purged client is forgotten")
struct AuditForgettingTests {
    private static let gone = ClientID("K-2026-0002")
    private static func at(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: seconds) }

    /// Entries as a purge finds them: the client's own, a read of several clients (a run
    /// that holds the purged one in its middle), an entry about another client.
    private func seed(_ db: Connection) throws(StoreError) {
        let log = AuditLog(db)
        let many = PseudonymList(["K-2026-0001", "K-2026-0002", "K-2026-0003"].compactMap { ClientID($0) })
        try log.append(AuditEntry(at: Self.at(1_000), uid: 1001, user: "cw-anna", role: "caseworker", action: "consent.record",
                                  recordKind: "client", recordID: "K-2026-0002", detail: "scope screening,referral",
                                  subjects: PseudonymList([ClientID("K-2026-0002")].compactMap { $0 })))
        try log.append(AuditEntry(at: Self.at(1_100), uid: 1001, user: "cw-anna", role: "caseworker", action: "referral.submit",
                                  recordKind: "referral", recordID: "7", detail: "waiting until 2026-03-05"))
        try log.append(AuditEntry(at: Self.at(1_200), uid: 1002, user: "ko-berta", role: "coordinator", action: "referral.list",
                                  recordKind: "referrals", recordID: "all", detail: "3 referrals", subjects: many))
        try log.append(AuditEntry(at: Self.at(1_300), uid: 1002, user: "ko-berta", role: "coordinator", action: "roster.pin",
                                  recordKind: "roster", recordID: "2026-03", detail: "pinned for K-2026-0002"))
        try log.append(AuditEntry(at: Self.at(1_400), uid: 1001, user: "cw-anna", role: "caseworker", action: "client.create",
                                  recordKind: "client", recordID: "K-2026-0003"))
    }

    /// Every record id, remark and subject list of the log, for searching.
    private static func auditText(_ database: Database) throws -> String {
        try database.read { (db: Connection) throws(StoreError) -> String in
            var text: [String] = []
            for row in try db.fetchAll("SELECT ifnull(record_id, '') || ifnull(detail, '') || ifnull(subjects, '') AS t FROM audit_log") {
                text.append(try row.decode(String.self, "t"))
            }
            return text.joined(separator: "\n")
        }
    }

    @Test func theClientsEntriesLoseThePseudonymAndRecordButKeepWhoWhatAndWhen() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let gone = try #require(Self.gone)
        let changed = try database.write { (db: Connection) throws(StoreError) -> Int in
            try seed(db)
            return try AuditLog(db).forget(clients: [gone], records: [AuditRecordKey(kind: "client", id: "K-2026-0002"),
                                                                      AuditRecordKey(kind: "referral", id: "7")])
        }
        #expect(changed == 4)
        let entries = try database.read { (db: Connection) throws(StoreError) in try AuditLog(db).entries() }.reversed().map { $0 }
        #expect(entries.map(\.action) == ["consent.record", "referral.submit", "referral.list", "roster.pin", "client.create"])
        #expect(entries.map(\.redacted) == [true, true, true, true, false])
        // Who, what, when and the outcome stay.
        #expect(entries.map(\.user) == ["cw-anna", "cw-anna", "ko-berta", "ko-berta", "cw-anna"])
        #expect(entries[0].at == Self.at(1_000))
        // The client's own entries: no record id, no remark (the dated scope, the wait).
        #expect(entries[0].recordID == nil && entries[0].detail == nil && entries[0].subjects.isEmpty)
        #expect(entries[1].recordID == nil && entries[1].detail == nil)
        // A read of several: the others stay named, the remark stays.
        #expect(entries[2].subjects.members.map(\.description) == ["K-2026-0001", "K-2026-0003"])
        #expect(entries[2].detail == "3 referrals" && entries[2].recordID == "all")
        // A remark naming the client goes; the entry's own record stays.
        #expect(entries[3].detail == nil && entries[3].recordID == "2026-03")
        // Another client's entry is untouched.
        #expect(entries[4].recordID == "K-2026-0003")
        let all = try Self.auditText(database)
        #expect(!all.contains("K-2026-0002"))
        #expect(!all.contains("0001..0003"))
    }

    @Test func theGateLetsOnlyTheEmptyingThroughAndIsClosedAfterwards() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let gone = try #require(Self.gone)
        try database.write { (db: Connection) throws(StoreError) in
            try seed(db)
            try AuditLog(db).forget(clients: [gone], records: [])
        }
        // Closed again: even an emptying update is refused.
        let closed = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in
                try db.execute("UPDATE audit_log SET detail = NULL, redacted = 1 WHERE action = 'client.create'")
            }
        }
        #expect(closed?.message.contains("append-only") == true)
        // Open: changing who did it, giving an entry subjects, or not marking it are refused.
        for change in ["user = 'someone-else', redacted = 1", "subjects = 'K-2026-0009', redacted = 1",
                       "record_id = 'K-2026-0009', redacted = 1", "detail = NULL"] {
            let error = #expect(throws: StoreError.self, "\(change)") {
                try database.write { (db: Connection) throws(StoreError) in
                    try db.execute("UPDATE audit_purge_gate SET redacting = 1 WHERE id = 1")
                    try db.execute("UPDATE audit_log SET \(change) WHERE action = 'client.create'")
                }
            }
            #expect(error?.isConstraintViolation == true, "\(change)")
        }
        let untouched = try database.read { (db: Connection) throws(StoreError) in
            try AuditLog(db).entries(AuditQuery(action: "client.create")).first
        }
        #expect(untouched?.user == "cw-anna" && untouched?.recordID == "K-2026-0003" && untouched?.redacted == false)
    }

    @Test func clientsPurgedBeforeTheUpgradeAreForgottenOnceOnTheFirstRun() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let (first, second, swept) = try database.write { (db: Connection) throws(StoreError) -> (Int, Int, Int?) in
            // K-2026-0001 and -0003 are stored; K-2026-0002 and referral 7 were purged by an
            // older version, which left their entries as they were.
            try Fixtures.insertClient(db, "K-2026-0001")
            try Fixtures.insertClient(db, "K-2026-0003")
            try seed(db)
            let log = AuditLog(db)
            return (try log.forgetClientsPurgedBeforeRedaction(), try log.forgetClientsPurgedBeforeRedaction(),
                    try db.fetchValue(Int.self, "SELECT swept FROM audit_purge_gate"))
        }
        #expect(first == 4)
        #expect(second == 0)
        #expect(swept == 1)
        let text = try Self.auditText(database)
        #expect(!text.contains("K-2026-0002"))
        #expect(text.contains("K-2026-0003"))
    }
}
