import Foundation
import LotseCore
import LotseStore
import Testing
@testable import LotseDaemon

/// `[retention] audit_months`: the daily purge deletes audit entries older than that
/// many months (counted back from the real clock), keeps younger ones, and leaves no
/// trace on a day when nothing expired.
@Suite struct AuditRetentionTests {
    static func entry(_ action: String, at iso: String) throws -> AuditEntry {
        AuditEntry(at: try #require(ISO8601DateFormatter().date(from: iso)), uid: 1000, user: "anna", role: "caseworker",
                   action: action, recordKind: "client", recordID: "K-2026-0001")
    }

    @Test func entriesOlderThanAuditMonthsExpireAndYoungerOnesStay() throws {
        let directory = NSTemporaryDirectory() + "lotse-audit-retention-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let database = try Database(path: directory + "/lotse.sqlite")
        defer { database.close() }
        let old = try Self.entry("client.read", at: "2024-12-01T10:00:00Z")
        let young = try Self.entry("client.read", at: "2024-12-05T10:00:00Z")
        try database.write { (db: Connection) throws(StoreError) in
            for e in [old, young] { try AuditLog(db).append(e) }
        }
        let now = try #require(ISO8601DateFormatter().date(from: "2026-12-04T10:00:00Z"))
        let day = CalendarDate(instant: now, in: CaseworkClock.berlin)
        let outcome = try RetentionPurge.run(database: database, retention: RetentionSettings(auditMonths: 24), on: day, at: now,
                                             uid: nil, user: "lotsed", role: "system")
        #expect(outcome.auditEntries == 1)
        let left = try database.read { (db: Connection) throws(StoreError) in try AuditLog(db).entries() }
        #expect(left.map(\.action) == ["audit.purge", "client.read"])
        #expect(left.last?.at == young.at)
        // The next day nothing more expires, and the log does not grow by an empty entry.
        let again = try RetentionPurge.run(database: database, retention: RetentionSettings(auditMonths: 24), on: day.adding(days: 1),
                                           at: now.addingTimeInterval(86_400), uid: nil, user: "lotsed", role: "system")
        #expect(again.auditEntries == 0)
        #expect(try database.read { (db: Connection) throws(StoreError) in try AuditLog(db).count() } == 2)
    }

    @Test func theConfigurationReadsAuditMonthsWithinItsRange() throws {
        #expect(RetentionSettings().auditMonths == 24)
        let text = "[retention]\naudit_months = 36\n"
        #expect(try Configuration.parse(text, file: "lotse.conf", baseDirectory: "/etc/lotse").retention.auditMonths == 36)
        let error = #expect(throws: ConfigurationError.self) {
            try Configuration.parse("[retention]\naudit_months = 0\n", file: "lotse.conf", baseDirectory: "/etc/lotse")
        }
        #expect(error?.description.contains("audit_months") == true)
    }
}
