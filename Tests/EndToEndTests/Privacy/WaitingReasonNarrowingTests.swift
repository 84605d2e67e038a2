import Foundation
import LotseCore
import LotseVarlink
import Testing

/// An admin's waiting list hid the language but its reason said "no slot this month
/// offers Turkish". The reason code is frame (every reader sees it); the sentence is
/// narrowed like the fields it could name: an admin reads the code's general sentence,
/// a coordinator with consent to `referral` the particulars.
@Suite struct WaitingReasonNarrowingTests {
    @Test func anAdminsWaitingReasonNamesNoLanguageWhileTheCoordinatorsDoes() throws {
        let world = try SpecialistWorld()
        try world.setUpSessions(slots: 2)
        let today = CalendarDate(instant: Date(), in: SpecialistWorld.zone)
        let client = "K-\(today.year)-\(5000 + Int(getpid() % 900))"
        try ChosenClients.open([(client, "ludwigsburg")], for: world.caseworker, by: world.coordinator, socket: world.daemon.socketPath)
        let replies = try ForeignClient.call([
            VarlinkCall(method: "org.lotse.Referrals.RecordConsent", parameters: [
                "client": .string(client), "givenOn": .string(today.description), "scope": ["screening", "referral"]]),
            VarlinkCall(method: "org.lotse.Referrals.Submit", parameters: [
                "client": .string(client), "acuteRisk": ["suicidality": false, "dangerToOthers": false], "kind": "assessment",
                "language": "tr", "interpreter": false, "urgency": "routine", "urgencyReason": "Erstgespräch"]),
        ], socket: world.daemon.socketPath, as: world.caseworker)
        try #require(replies.allSatisfy { $0.error == nil }, "\(replies)")
        _ = try world.json(["roster", "plan", world.month.description])

        let coordinator = try world.json(["roster", "waiting", world.month.description])
        let seen = try #require(coordinator["referrals"]?.arrayValue?.first { $0["client"]?.stringValue == client })
        #expect(seen["reason"] == "no-language-match")
        #expect(seen["detail"]?.stringValue?.contains("Turkish") == true, "\(seen)")
        // JSON says the reason in both languages, as an error's message and messageDe.
        #expect(seen["detailDe"]?.stringValue?.contains("Türkisch") == true, "\(seen)")

        let admin = try world.daemon.runLotse(["roster", "waiting", world.month.description, "--json"])
        #expect(admin.status == 0, "\(admin.stderr)")
        let row = try #require(try JSONParser().parse(admin.stdout)["referrals"]?.arrayValue?.first { $0["client"]?.stringValue == client })
        #expect(row["reason"] == "no-language-match")
        #expect(row["language"] == .null)
        #expect(row["detail"] == "no slot this month offers the language", "\(row)")
        #expect(row["detailDe"] == "kein Platz in diesem Monat bietet die Sprache", "\(row)")
        for environment in [[:], ["LANG": "de_DE.UTF-8"]] {
            let text = try world.daemon.runLotse(["roster", "waiting", world.month.description], environment: environment)
            #expect(text.status == 0)
            #expect(!text.stdout.contains("Turkish") && !text.stdout.contains("Türkisch"), "\(text.stdout)")
        }
    }
}
