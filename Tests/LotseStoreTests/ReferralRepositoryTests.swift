import Foundation
import LotseCore
import Testing
@testable import LotseStore

@Suite("Referrals and screenings")
struct ReferralRepositoryTests {
    /// A database with client K-2026-0001 (consent recorded), a screening and specialists 1 and 2.
    private func prepared(_ directory: TemporaryDirectory) throws -> (Database, Client, ScreeningID) {
        let database = try Database(path: directory.path("lotse.sqlite"))
        let client = try Model.clientWithConsent("K-2026-0001")
        let anna = try Model.user("anna")
        let screening = try Model.screening(ScreeningID(1), client: client.id)
        let first = try Model.specialist(SpecialistID(1))
        let second = try Model.specialist(SpecialistID(2), user: "dr-kaya")
        let screeningID = try database.write { (db: Connection) throws(StoreError) -> ScreeningID in
            _ = try SpecialistRepository(db).nextID()
            _ = try SpecialistRepository(db).nextID()
            try SpecialistRepository(db).insert(first, now: Model.instant(0))
            try SpecialistRepository(db).insert(second, now: Model.instant(0))
            try ClientRepository(db).insert(client, by: anna, now: Model.instant(0))
            #expect(try ScreeningRepository(db).nextID() == screening.id)
            try ScreeningRepository(db).insert(screening, now: Model.instant(1))
            return screening.id
        }
        return (database, client, screeningID)
    }

    private func submit(_ database: Database, client: Client, id: ReferralID? = nil, details: ReferralDetails,
                        override reason: String? = nil, referredOn: String = "2026-02-02",
                        screening: ScreeningResult? = nil) throws -> Referral {
        let basis = try ConsentBasis.establish(consents: reason == nil ? client.consents : [], overrideReason: reason,
                                               on: try Model.date(referredOn)).get()
        let referralID = try id ?? database.write { (db: Connection) throws(StoreError) in try ReferralRepository(db).nextID() }
        return try Referral.submit(id: referralID, client: client.id, caseworker: client.caseworker, municipality: client.municipality,
                                   details: details, screening: screening, consentBasis: basis, referredOn: try Model.date(referredOn)).get()
    }

    @Test func aSubmittedReferralReadsBackExactlyWithConsentScreeningAndPreferences() throws {
        let directory = try TemporaryDirectory()
        let (database, client, screeningID) = try prepared(directory)
        let referral = try submit(database, client: client, details: try Model.details(excluded: [SpecialistID(2)], preferred: SpecialistID(1)),
                                  screening: Model.result)
        try database.write { (db: Connection) throws(StoreError) in try ReferralRepository(db).insert(referral, screeningID: screeningID, now: Model.instant(2)) }
        let stored = try database.read { (db: Connection) throws(StoreError) in try ReferralRepository(db).find(referral.id) }
        #expect(stored == referral)
        let link = try database.read { (db: Connection) throws(StoreError) in try ReferralRepository(db).screeningID(of: referral.id) }
        #expect(link == screeningID)
    }

    @Test func anOverrideWithoutConsentIsStoredWithItsReason() throws {
        let directory = try TemporaryDirectory()
        let (database, client, _) = try prepared(directory)
        let referral = try submit(database, client: client, details: try Model.details(), override: "Klient in Krisenunterkunft, Einwilligung folgt")
        try database.write { (db: Connection) throws(StoreError) in try ReferralRepository(db).insert(referral, now: Model.instant(2)) }
        let stored = try database.read { (db: Connection) throws(StoreError) in try ReferralRepository(db).referral(referral.id) }
        #expect(stored == referral)
        #expect(stored.consentBasis == .override(reason: "Klient in Krisenunterkunft, Einwilligung folgt"))
    }

    @Test func aSecondOpenReferralIsRefusedWithTheFirstsID() throws {
        let directory = try TemporaryDirectory()
        let (database, client, _) = try prepared(directory)
        let first = try submit(database, client: client, details: try Model.details())
        try database.write { (db: Connection) throws(StoreError) in try ReferralRepository(db).insert(first, now: Model.instant(2)) }
        let second = try submit(database, client: client, details: try Model.details(kind: .followUp))
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try ReferralRepository(db).insert(second, now: Model.instant(3)) }
        }
        #expect(error?.message == "Client K-2026-0001 already has an open referral (\(first.id)); update or withdraw it instead.")
        let count = try database.read { (db: Connection) throws(StoreError) in try ReferralRepository(db).list().count }
        #expect(count == 1)
    }

    @Test func statusChangesNoShowsAndWithdrawalAreSaved() throws {
        let directory = try TemporaryDirectory()
        let (database, client, _) = try prepared(directory)
        var referral = try submit(database, client: client, details: try Model.details())
        let original = referral
        try database.write { (db: Connection) throws(StoreError) in try ReferralRepository(db).insert(original, now: Model.instant(2)) }
        try referral.schedule().get()
        try referral.record(.noShow, policy: .headOfUrgency).get()
        #expect(referral.status == .waiting)
        #expect(referral.atHeadOfUrgency)
        let afterNoShow = referral
        try database.write { (db: Connection) throws(StoreError) in try ReferralRepository(db).update(afterNoShow, now: Model.instant(3)) }
        #expect(try database.read { (db: Connection) throws(StoreError) in try ReferralRepository(db).referral(afterNoShow.id) } == afterNoShow)
        try referral.withdraw(reason: "Umzug in einen anderen Landkreis").get()
        let withdrawn = referral
        try database.write { (db: Connection) throws(StoreError) in try ReferralRepository(db).update(withdrawn, now: Model.instant(4)) }
        let stored = try database.read { (db: Connection) throws(StoreError) in try ReferralRepository(db).referral(withdrawn.id) }
        #expect(stored == withdrawn)
        #expect(stored.withdrawalReason == "Umzug in einen anderen Landkreis")
        // Withdrawn is not open: a new referral for the client is allowed again.
        let open = try database.read { (db: Connection) throws(StoreError) in try ReferralRepository(db).openReferral(client: client.id) }
        #expect(open == nil)
    }

    @Test func theWaitingListFollowsTheModelsOrder() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let anna = try Model.user("anna")
        var referrals: [Referral] = []
        let plan: [(String, Urgency, String)] = [("K-2026-0001", .routine, "2026-01-10"), ("K-2026-0002", .high, "2026-02-01"),
                                                  ("K-2026-0003", .routine, "2026-01-07"), ("K-2026-0004", .high, "2026-01-20")]
        for (index, (pseudonym, urgency, day)) in plan.enumerated() {
            let client = try Model.clientWithConsent(pseudonym)
            try database.write { (db: Connection) throws(StoreError) in try ClientRepository(db).insert(client, by: anna, now: Model.instant(0)) }
            referrals.append(try submit(database, client: client, id: ReferralID(Int64(index + 1)), details: try Model.details(urgency: urgency), referredOn: day))
        }
        let all = referrals
        try database.write { (db: Connection) throws(StoreError) in
            for referral in all { try ReferralRepository(db).insert(referral, now: Model.instant(1)) }
        }
        let stored = try database.read { (db: Connection) throws(StoreError) in try ReferralRepository(db).waitingList() }
        #expect(stored.map(\.id) == referrals.sorted(by: Referral.waitingListOrder).map(\.id))
        #expect(stored.map(\.id.rawValue) == [4, 2, 3, 1])
        let january = try database.read { (db: Connection) throws(StoreError) in
            try ReferralRepository(db).list(statuses: [.waiting], caseworker: nil, referredIn: "2026-01")
        }
        #expect(january.map(\.id.rawValue) == [3, 1, 4])
    }

    @Test func aScreeningResultMustComeWithTheStoredScreeningItCameFrom() throws {
        let directory = try TemporaryDirectory()
        let (database, client, screeningID) = try prepared(directory)
        let referral = try submit(database, client: client, details: try Model.details(), screening: Model.result)
        let missing = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try ReferralRepository(db).insert(referral, now: Model.instant(2)) }
        }
        #expect(missing?.message.contains("store the screening first") == true)
        let other = ScreeningResult(instrument: "rhs-15", score: 3, band: "negative", positive: false, positiveByItemRule: false, urgency: .routine)
        let mismatched = try submit(database, client: client, details: try Model.details(), screening: other)
        let wrong = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in
                try ReferralRepository(db).insert(mismatched, screeningID: screeningID, now: Model.instant(2))
            }
        }
        #expect(wrong?.message.contains("is not the screening of referral") == true)
    }

    @Test func aConsultationNeedsNoClient() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let referral = try Referral.submit(id: ReferralID(1), client: nil, caseworker: try Model.user("anna"),
                                           municipality: try Model.municipality("ludwigsburg"),
                                           details: try Model.details(kind: .consultation), screening: nil,
                                           consentBasis: .override(reason: "Fallberatung ohne Klientendaten"),
                                           referredOn: try Model.date("2026-02-02")).get()
        try database.write { (db: Connection) throws(StoreError) in try ReferralRepository(db).insert(referral, now: Model.instant(0)) }
        #expect(try database.read { (db: Connection) throws(StoreError) in try ReferralRepository(db).find(ReferralID(1)) } == referral)
    }

    @Test func screeningsReadBackAndNeedAKnownClient() throws {
        let directory = try TemporaryDirectory()
        let (database, client, screeningID) = try prepared(directory)
        let records = try database.read { (db: Connection) throws(StoreError) in try ScreeningRepository(db).list(client: client.id) }
        #expect(records.map(\.id) == [screeningID])
        #expect(records.first?.result == Model.result)
        #expect(records.first?.answers == Model.answers)
        let unknown = try Model.screening(ScreeningID(2), client: try Model.client("K-2026-0999"))
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try ScreeningRepository(db).insert(unknown, now: Model.instant(0)) }
        }
        #expect(error?.kind == .notFound(record: "client", id: "K-2026-0999"))
    }

    @Test func anEscalatedScreeningIsStoredWithoutAResult() throws {
        let directory = try TemporaryDirectory()
        let (database, client, _) = try prepared(directory)
        let escalated = try Model.screening(ScreeningID(2), client: client.id, on: "2026-02-03",
                                            acuteRisk: AcuteRiskAnswers(suicidality: true, dangerToOthers: false))
        #expect(escalated.result == nil)
        try database.write { (db: Connection) throws(StoreError) in try ScreeningRepository(db).insert(escalated, now: Model.instant(5)) }
        let stored = try database.read { (db: Connection) throws(StoreError) in try ScreeningRepository(db).find(ScreeningID(2)) }
        #expect(stored == escalated)
    }
}
