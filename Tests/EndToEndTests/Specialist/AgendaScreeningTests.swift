import Foundation
import LotseCore
import LotseVarlink
import Testing

/// Issue 14, reproduction 6: the specialist's `session today` showed "negative (10)" for a
/// screening the item rule (item 15 ≥ 5) had made positive with elevated urgency. The
/// agenda now says positive, names the rule and keeps the true band beside it.
@Suite struct AgendaScreeningTests {
    @Test func theAgendaShowsAnItemRulePositiveScreeningAsPositiveWithItsRule() throws {
        let world = try SpecialistWorld(extraConfig: CaseworkFixture.shippedInstruments)
        try world.setUpSessions(slots: 2)
        let today = CalendarDate(instant: Date(), in: SpecialistWorld.zone)
        let pseudonym = "K-\(today.year)-\(8000 + Int(getpid() % 900))"
        let answers = ScreeningBandTests.screen15(sum: 10, thermometer: 6).split(separator: ",").compactMap { Int64($0) }
        try ChosenClients.open([(pseudonym, "ludwigsburg")], for: world.caseworker, by: world.coordinator, socket: world.daemon.socketPath)
        let replies = try ForeignClient.call([            VarlinkCall(method: "org.lotse.Referrals.RecordConsent", parameters: [
                "client": .string(pseudonym), "givenOn": .string(today.description),
                "scope": ["screening", "referral", "exchange-with-specialist"]]),
            VarlinkCall(method: "org.lotse.Screening.Record", parameters: [
                "client": .string(pseudonym), "instrument": "screen15", "answers": .array(answers.map { .integer($0) }),
                "acuteRisk": ["suicidality": false, "dangerToOthers": false]]),
            VarlinkCall(method: "org.lotse.Referrals.Submit", parameters: [
                "client": .string(pseudonym), "acuteRisk": ["suicidality": false, "dangerToOthers": false],
                "kind": "assessment", "language": "de", "interpreter": false, "note": "",
                "preferredSpecialist": .integer(world.specialistID)]),
        ], socket: world.daemon.socketPath, as: world.caseworker)
        for reply in replies { try #require(reply.error == nil, "\(String(describing: reply.error)) \(reply.parameters)") }
        #expect(replies[2].parameters["referral"]?["urgency"] == "elevated")
        try world.publish()
        try world.moveClock(to: world.sessionDay)

        let agenda = try world.json(["session", "today", "--date", world.sessionDay.description], as: world.specialist)
        let row = try #require(agenda["appointments"]?.arrayValue?.first { $0["client"]?.stringValue == pseudonym })
        #expect(row["screening"]?["positive"] == true)
        #expect(row["screening"]?["decidedBy"] == "item-rule")
        #expect(row["screening"]?["ruleItem"] == 15)
        #expect(row["screening"]?["band"] == "negative")

        let german = try world.daemon.runLotse(["session", "today", "--date", world.sessionDay.description], as: world.specialist,
                                               environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.stdout.contains("positiv (Item-15-Regel; Band negative, 10)"), "\(german.stdout)")
        #expect(!german.stdout.contains("negative (10)"))
        let english = try world.daemon.runLotse(["session", "today", "--date", world.sessionDay.description], as: world.specialist,
                                                environment: ["LANG": "C"])
        #expect(english.stdout.contains("positive (item-15 rule; band negative, 10)"), "\(english.stdout)")
    }
}
