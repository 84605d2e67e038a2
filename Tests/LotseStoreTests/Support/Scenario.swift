import Foundation
import LotseCore
@testable import LotseStore

/// A small month to plan, shared by the roster, appointment and assessment tests.
enum Scenario {
    /// Specialist 1, session 1 on 2026-03-03 with three slots, and waiting referrals 1…3.
    static func march(_ directory: TemporaryDirectory) throws -> Database {
        let database = try Database(path: directory.path("lotse.sqlite"))
        let specialist = try Model.specialist(SpecialistID(1))
        let session = try Session.make(id: SessionID(1), specialist: SpecialistID(1), date: try Model.date("2026-03-03"),
                                       start: try Model.time("14:00"), slotCount: 3, slotMinutes: 50, place: "Landratsamt",
                                       kinds: [.assessment]).get()
        var clients: [Client] = []
        var referrals: [Referral] = []
        for number in 1...3 {
            let client = try Model.clientWithConsent("K-2026-000\(number)")
            clients.append(client)
            let basis = try ConsentBasis.establish(consents: client.consents, overrideReason: nil, on: try Model.date("2026-02-02")).get()
            referrals.append(try Referral.submit(id: ReferralID(Int64(number)), client: client.id, caseworker: client.caseworker,
                                                 municipality: client.municipality, details: try Model.details(), screening: nil,
                                                 consentBasis: basis, referredOn: try Model.date("2026-02-02")).get())
        }
        let anna = try Model.user("anna")
        let (allClients, allReferrals) = (clients, referrals)
        try database.write { (db: Connection) throws(StoreError) in
            try SpecialistRepository(db).insert(specialist, now: Model.instant(0))
            try SessionRepository(db).insert(session, now: Model.instant(0))
            for client in allClients { try ClientRepository(db).insert(client, by: anna, now: Model.instant(0)) }
            for referral in allReferrals { try ReferralRepository(db).insert(referral, now: Model.instant(0)) }
        }
        return database
    }
}
