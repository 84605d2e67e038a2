import Foundation
import LotseCore
import Testing
@testable import LotseStore

/// Acute-risk escalations are counted from their own table (schema 9), so the report of
/// an older year keeps them after the audit log's entries expire and after the client is
/// purged; the migration fills the table once from the audit entries still there.
@Suite struct EscalationCountsTests {
    static let berlin = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600) ?? .current

    /// A database as version 8 left it, with `entries` audit rows (instant, action,
    /// pseudonym, outcome) and one stored client, K-2027-0001.
    private func versionEightDatabase(at path: String, entries: [(Int64, String, String, String)]) throws {
        let connection = try Connection.open(path: path)
        defer { connection.close() }
        try Migrator(migrations: Array(Schema.migrations.prefix(8))).migrate(connection)
        try connection.inTransaction(.immediate) { (db: Connection) throws(StoreError) in
            try Fixtures.insertClient(db, "K-2027-0001")
            for (at, action, pseudonym, outcome) in entries {
                try db.execute("""
                    INSERT INTO audit_log (at, uid, user, role, action, record_kind, record_id, outcome)
                    VALUES (?, 1001, 'cw-anna', 'caseworker', ?, 'client', ?, ?)
                    """, [at, action, pseudonym, outcome])
            }
        }
    }

    @Test func theMigrationCountsEveryAlertOfTheAuditLogOnItsBerlinDay() throws {
        // Late evenings and nights all year round, across both changes of summer time and
        // the turn of the year: the day SQLite works out must be the one Foundation does.
        var instants: [Int64] = []
        let start: Int64 = 1_798_761_600 - 86_400 * 3  // 29.12.2026 00:00 UTC
        for day in 0..<372 {
            for minutes in [21 * 60 + 59, 22 * 60 + 30, 23 * 60 + 30, 30, 60 + 30] {
                instants.append(start + Int64(day) * 86_400 + Int64(minutes) * 60)
            }
        }
        var entries = instants.map { ($0, "screening.acute-risk", "K-2027-0001", "ok") }
        entries += [(1_800_000_000, "referral.acute-risk", "K-2027-0999", "ok"),     // not a stored client: counted, unlinked
                    (1_800_000_100, "referral.acute-risk-repeat", "K-2027-0001", "ok"),  // a coalesced repeat
                    (1_800_000_200, "referral.acute-risk", "K-2027-0001", "failed"),     // refused by the cap
                    (1_800_000_300, "referral.submit", "K-2027-0001", "ok")]
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        try versionEightDatabase(at: path, entries: entries)
        let database = try Database(path: path)
        defer { database.close() }
        let (days, linked) = try database.read { (db: Connection) throws(StoreError) -> ([String], Int) in
            (try db.fetchAll("SELECT raised_on FROM acute_risk_escalations ORDER BY id").map { (row: Row) throws(StoreError) in
                try row.decode(String.self, "raised_on")
            }, try db.fetchValue(Int.self, "SELECT count(client) FROM acute_risk_escalations") ?? -1)
        }
        let expected = instants.map { CalendarDate(instant: Date(timeIntervalSince1970: TimeInterval($0)), in: Self.berlin).description }
            + [CalendarDate(instant: Date(timeIntervalSince1970: 1_800_000_000), in: Self.berlin).description]
        #expect(days.count == expected.count)
        let wrong = zip(days, expected).enumerated().filter { $0.element.0 != $0.element.1 }
        #expect(wrong.isEmpty, "first wrong day: \(wrong.first.map { "\(instants[$0.offset]): \($0.element)" } ?? "")")
        #expect(linked == instants.count, "only alerts for the stored client are linked to it")
    }

    @Test func aPurgedClientsEscalationStillCountsWithoutItsPseudonymAndOutlivesTheAuditLog() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        defer { database.close() }
        let day = try #require(CalendarDate(iso: "2027-03-04"))
        try database.write { (db: Connection) throws(StoreError) in
            try Fixtures.insertClient(db, "K-2027-0001")
            try EscalationCounts(db).record(on: day, pseudonym: "K-2027-0001")
            try EscalationCounts(db).record(on: day, pseudonym: "K-2027-0002")  // no such client
            try db.execute("UPDATE clients SET status = 'closed', closed_on = '2027-03-05' WHERE pseudonym = 'K-2027-0001'")
        }
        let linked = try database.read { (db: Connection) throws(StoreError) in
            try db.fetchValue(String.self, "SELECT group_concat(ifnull(client, '-')) FROM acute_risk_escalations ORDER BY id")
        }
        #expect(linked == "K-2027-0001,-")
        let pseudonym = try #require(ClientID("K-2027-0001"))
        try database.write { (db: Connection) throws(StoreError) in
            _ = try ClientRepository(db).purge(pseudonym, audit: AuditEntry(at: Date(), uid: nil, user: "lotsed", role: "system",
                                                                             action: "client.purge"))
            _ = try AuditLog(db).purge(olderThan: Date().addingTimeInterval(3600), now: Date(), user: "lotsed", role: "system")
        }
        let (rows, named, records) = try database.read { (db: Connection) throws(StoreError) -> (Int, Int, ReportRecords) in
            (try db.fetchValue(Int.self, "SELECT count(*) FROM acute_risk_escalations") ?? -1,
             try db.fetchValue(Int.self, "SELECT count(*) FROM acute_risk_escalations WHERE client IS NOT NULL") ?? -1,
             try ReportQueries(db).records(timeZone: Self.berlin))
        }
        #expect(rows == 2, "the purge deleted an escalation from the count")
        #expect(named == 0, "a purged client's pseudonym is kept with its escalation")
        #expect(records.escalations == [day, day])
    }
}
