import Foundation
import LotseCore
import LotseStore
import LotseVarlink
import Testing
@testable import LotseDaemon
import LotseSystem

/// Every read call writes one audit entry naming exactly the clients its reply carried,
/// and a list that leaves records out for lack of right writes a denial naming them.
@Suite struct ReadAuditTests {
    /// A dispatcher on a fresh database holding clients and referrals of two caseworkers.
    final class Fixture {
        let directory: String
        let services: DaemonServices
        let dispatcher: Dispatcher
        static let anna = Caller(pid: 1, uid: 2001, gid: 2001, userName: "anna", groups: [], roles: [.caseworker])
        static let bernd = Caller(pid: 1, uid: 2002, gid: 2002, userName: "bernd", groups: [], roles: [.caseworker])
        static let cora = Caller(pid: 1, uid: 2003, gid: 2003, userName: "cora", groups: [], roles: [.coordinator])

        init() throws {
            directory = NSTemporaryDirectory() + "lotse-readaudit-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let text = """
            [daemon]
            socket = run.sock
            database = lotse.db
            [roles]
            caseworkers = anna, bernd
            coordinators = cora
            [district]
            name = Testkreis
            municipalities = ludwigsburg
            """
            let configPath = directory + "/lotse.conf"
            try Data(text.utf8).write(to: URL(fileURLWithPath: configPath))
            let loaded = try ConfigurationFile.load(path: configPath)
            let database = try Database(path: loaded.configuration.daemon.databasePath)
            services = DaemonServices(database: database, configuration: loaded, logger: Logger(threshold: .error),
                                      notifier: SystemdNotifier(environment: [:]), daemonUID: 4_000_000_000)
            dispatcher = try Dispatcher(interfaces: [ReferralsInterface()], services: services)
        }

        deinit {
            services.database.close()
            try? FileManager.default.removeItem(atPath: directory)
        }

        /// Opens a case with a waiting referral for each of `numbers` (referral id = number).
        func refer(_ numbers: [Int], caseworker: String) throws {
            let user = try #require(UserName(caseworker))
            let ludwigsburg = try #require(MunicipalityID("ludwigsburg"))
            let day = try #require(CalendarDate(year: 2026, month: 11, day: 2))
            let referrals = try numbers.map { number -> (Client, Referral) in
                let id = try #require(ClientID(year: 2026, number: number))
                let details = try ReferralDetails.make(kind: .assessment, urgency: .routine, urgencyReason: "given in the interview",
                                                       language: try #require(LanguageCode("de")), interpreterNeeded: false,
                                                       unavailableDates: [], note: "", today: day).get()
                let referral = try Referral.submit(id: ReferralID(Int64(number)), client: id, caseworker: user, municipality: ludwigsburg,
                                                   details: details, screening: nil, consentBasis: .override(reason: "test"),
                                                   referredOn: day, notBefore: nil).get()
                return (Client(id: id, caseworker: user, municipality: ludwigsburg, openedOn: day), referral)
            }
            try services.database.write { (db: Connection) throws(StoreError) in
                for (client, referral) in referrals {
                    try ClientRepository(db).insert(client, by: user, now: Date())
                    try ReferralRepository(db).insert(referral, now: Date())
                }
            }
        }

        func call(_ method: String, _ parameters: [String: JSONValue] = [:], as caller: Caller) throws -> JSONValue {
            var replies: [VarlinkReply] = []
            dispatcher.dispatch(VarlinkCall(method: method, parameters: parameters), caller: caller) { replies.append($0) }
            let reply = try #require(replies.first)
            #expect(reply.error == nil, "\(method): \(String(describing: reply.error))")
            return .object(reply.parameters)
        }

        /// The audit entries written since `count` entries were there, oldest first.
        func entries(after count: Int) throws -> [AuditEntry] {
            let all = try services.database.read { (db: Connection) throws(StoreError) in try AuditLog(db).entries(AuditQuery(limit: 100_000)) }
            return Array(all.reversed().dropFirst(count))
        }

        func entryCount() throws -> Int {
            try services.database.read { (db: Connection) throws(StoreError) in try AuditLog(db).count() }
        }
    }

    static func pseudonyms(_ numbers: ClosedRange<Int>) -> [ClientID] { numbers.compactMap { ClientID(year: 2026, number: $0) } }

    @Test func aListOfNReferralsWritesOneEntryNamingExactlyThoseClients() throws {
        let f = try Fixture()
        try f.refer(Array(1...40), caseworker: "anna")
        try f.refer(Array(41...45), caseworker: "bernd")
        let before = try f.entryCount()
        let all = try f.call("org.lotse.Referrals.List", as: Fixture.cora)
        let written = try f.entries(after: before)
        #expect(written.count == 1)
        let entry = try #require(written.first)
        #expect(entry.action == "referral.list" && entry.outcome == .ok && entry.user == "cora")
        #expect(entry.subjects.members == Self.pseudonyms(1...45))
        // Exactly what the reply carried, no more, no less.
        #expect(PseudonymList(ReadAudit.clients(in: all)) == entry.subjects)
        #expect(entry.detail == "45 referrals")

        let own = try f.call("org.lotse.Referrals.List", as: Fixture.bernd)
        let mine = try f.entries(after: before + 1)
        #expect(mine.count == 1)
        #expect(mine.first?.subjects.members == Self.pseudonyms(41...45))
        #expect(PseudonymList(ReadAudit.clients(in: own)) == mine.first?.subjects)
    }

    @Test func clientListsAndSingleReadsNameTheirClientsInOneEntryEach() throws {
        let f = try Fixture()
        try f.refer([1, 2, 3], caseworker: "anna")
        try f.refer([4], caseworker: "bernd")
        let before = try f.entryCount()
        _ = try f.call("org.lotse.Referrals.ListClients", as: Fixture.anna)
        _ = try f.call("org.lotse.Referrals.Get", ["id": 2], as: Fixture.anna)
        _ = try f.call("org.lotse.Referrals.GetClient", ["client": "K-2026-0004"], as: Fixture.cora)
        let written = try f.entries(after: before)
        #expect(written.map(\.action) == ["client.list", "referral.read", "client.read"])
        #expect(written.map(\.subjects.description) == ["K-2026-0001..0003", "K-2026-0002", "K-2026-0004"])
        #expect(written.allSatisfy { $0.outcome == .ok })
    }

    @Test func recordsLeftOutOfAListBecomeOneDenialNamingThem() throws {
        let audit = ReadAudit()
        let one = try #require(ClientID("K-2026-0001"))
        let two = try #require(ClientID("K-2026-0002"))
        audit.describe(kind: "client", id: one.description, detail: "1 assessment listed")
        audit.disclose(one)
        audit.withhold(kind: "assessment", id: "7", client: one)
        audit.withhold(kind: "assessment", id: "9", client: two)
        let entries = audit.entries(action: "assessment.read", at: Date(), caller: Fixture.anna, role: "specialist")
        #expect(entries.read.subjects.members == [one])
        let denial = try #require(entries.denial)
        #expect(denial.outcome == .denied)
        #expect(denial.subjects.members == [one, two])
        #expect(denial.detail == "2 assessments left out of the list, not the caller's: 7, 9")
        #expect(ReadAudit().entries(action: "x", at: Date(), caller: Fixture.anna, role: "caseworker").denial == nil)
    }
}
