import Foundation
import LotseCore
import Testing
@testable import LotseStore

@Suite("Clients and consents")
struct ClientRepositoryTests {
    @Test func aClientWithConsentsReadsBackExactly() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let client = try Model.clientWithConsent("K-2026-0001")
        let anna = try Model.user("anna")
        try database.write { (db: Connection) throws(StoreError) in try ClientRepository(db).insert(client, by: anna, now: Model.instant(0)) }
        let stored = try database.read { (db: Connection) throws(StoreError) in try ClientRepository(db).find(client.id) }
        #expect(stored == client)
    }

    @Test func handOverCloseAndWithdrawalAreSaved() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        var client = try Model.clientWithConsent("K-2026-0001")
        let anna = try Model.user("anna")
        try database.write { (db: Connection) throws(StoreError) in try ClientRepository(db).insert(client, by: anna, now: Model.instant(0)) }
        try client.handOver(to: try Model.user("ben")).get()
        try client.record(try Consent.make(givenOn: try Model.date("2026-02-01"), scope: [.exchangeWithSpecialist]).get()).get()
        try client.close(on: try Model.date("2026-06-30")).get()
        let changed = client
        try database.write { (db: Connection) throws(StoreError) in try ClientRepository(db).update(changed, by: anna, now: Model.instant(10)) }
        let stored = try database.read { (db: Connection) throws(StoreError) in try ClientRepository(db).client(changed.id) }
        #expect(stored == changed)
        #expect(stored.caseworker.value == "ben")
        #expect(stored.consents.count == 2)
        let ben = try Model.user("ben")
        let bens = try database.read { (db: Connection) throws(StoreError) in try ClientRepository(db).list(caseworker: ben) }
        #expect(bens.map(\.id) == [changed.id])
    }

    @Test func aTakenPseudonymIsRefusedAndNothingChanges() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let client = try Model.clientWithConsent("K-2026-0001")
        let anna = try Model.user("anna")
        try database.write { (db: Connection) throws(StoreError) in try ClientRepository(db).insert(client, by: anna, now: Model.instant(0)) }
        let other = try Model.clientWithConsent("K-2026-0001", caseworker: "ben")
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try ClientRepository(db).insert(other, by: anna, now: Model.instant(5)) }
        }
        #expect(error?.message == "The pseudonym K-2026-0001 is already in use.")
        let stored = try database.read { (db: Connection) throws(StoreError) in try ClientRepository(db).client(client.id) }
        #expect(stored.caseworker.value == "anna")
    }

    @Test func issuedPseudonymsSkipTakenOnesAndAreNeverReused() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let anna = try Model.user("anna")
        // A caseworker took K-2026-0002 by hand.
        let manual = try Model.clientWithConsent("K-2026-0002")
        try database.write { (db: Connection) throws(StoreError) in try ClientRepository(db).insert(manual, by: anna, now: Model.instant(0)) }
        let issued = try database.write { (db: Connection) throws(StoreError) -> [String] in
            let clients = ClientRepository(db)
            let first = try clients.issuePseudonym(year: 2026)
            let second = try clients.issuePseudonym(year: 2026)
            return [first.description, second.description]
        }
        #expect(issued == ["K-2026-0001", "K-2026-0003"])
        // A rolled-back transaction does not use up a number either.
        _ = try? database.write { (db: Connection) throws(StoreError) in
            _ = try ClientRepository(db).issuePseudonym(year: 2026)
            throw StoreError(kind: .invalidValue(field: "test"), message: "abandon")
        }
        let next = try database.write { (db: Connection) throws(StoreError) in try ClientRepository(db).issuePseudonym(year: 2026).description }
        #expect(next == "K-2026-0004")
    }

    @Test func theRetentionPurgeDeletesAllClientDataAndAuditsOnlyTheDeletion() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let anna = try Model.user("anna")
        var old = try Model.clientWithConsent("K-2024-0001")
        try old.close(on: try Model.date("2024-03-31")).get()
        var recent = try Model.clientWithConsent("K-2025-0001")
        try recent.close(on: try Model.date("2025-12-31")).get()
        let active = try Model.clientWithConsent("K-2026-0001")
        let (purgeable, closed) = (old, recent)
        let screening = try Model.screening(ScreeningID(1), client: old.id, on: "2024-01-10")
        try database.write { (db: Connection) throws(StoreError) in
            for client in [purgeable, closed, active] { try ClientRepository(db).insert(client, by: anna, now: Model.instant(0)) }
            try ScreeningRepository(db).insert(screening, now: Model.instant(1))
        }
        let due = try database.read { (db: Connection) throws(StoreError) in
            try ClientRepository(db).dueForPurge(on: try Self.date("2026-04-01"), monthsAfterClose: 24)
        }
        #expect(due.map(\.description) == ["K-2024-0001"])
        let purged = try database.write { (db: Connection) throws(StoreError) -> Bool in
            try ClientRepository(db).purge(purgeable.id, audit: AuditEntry(at: Model.instant(100), uid: nil, user: "lotsed",
                                                                             role: "system", action: "client.purge"))
        }
        #expect(purged)
        let (remaining, screenings, consents, audit) = try database.read { (db: Connection) throws(StoreError) -> ([String], Int, Int, [AuditEntry]) in
            (try ClientRepository(db).list().map(\.id.description),
             try db.fetchValue(Int.self, "SELECT count(*) FROM screenings") ?? -1,
             try db.fetchValue(Int.self, "SELECT count(*) FROM consents WHERE client = 'K-2024-0001'") ?? -1,
             try AuditLog(db).entries())
        }
        #expect(remaining == ["K-2025-0001", "K-2026-0001"])
        #expect(screenings == 0)
        #expect(consents == 0)
        #expect(audit.count == 1)
        #expect(audit.first?.action == "client.purge")
        // Which client it was is not kept (the audit log forgets it with the data).
        #expect(audit.first?.recordID == nil)
    }

    /// A CalendarDate inside typed-throws closures (the fixture throws `any Error`).
    private static func date(_ text: String) throws(StoreError) -> CalendarDate {
        guard let date = CalendarDate(iso: text) else {
            throw StoreError(kind: .invalidValue(field: "date"), message: "bad fixture date \(text)")
        }
        return date
    }
}
