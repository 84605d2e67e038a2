import Foundation
import LotseCore
import LotseVarlink
import Testing

/// Issue 14, reproduction 6: the specialist's `session today` showed "negative (10)" for a
/// screening the item rule (item 15 ≥ 5) had made positive with elevated urgency. The
/// agenda now says positive, names the rule and keeps the true band beside it; and an
/// acute-risk report for the client since shows as such, with its route.
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
        // Later the caseworker reports acute risk: the referral's urgency still comes from
        // the scored screening, but the agenda must not let it look calm.
        let escalated = try ForeignClient.call([
            VarlinkCall(method: "org.lotse.Screening.Record", parameters: [
                "client": .string(pseudonym), "instrument": "screen15", "answers": [],
                "acuteRisk": ["suicidality": true, "dangerToOthers": false]]),
        ], socket: world.daemon.socketPath, as: world.caseworker)
        try #require(escalated.first?.error == nil, "\(String(describing: escalated.first?.error))")
        try world.publish()
        try world.moveClock(to: world.sessionDay)

        let agenda = try world.json(["session", "today", "--date", world.sessionDay.description], as: world.specialist)
        let row = try #require(agenda["appointments"]?.arrayValue?.first { $0["client"]?.stringValue == pseudonym })
        #expect(row["screening"]?["positive"] == true)
        #expect(row["screening"]?["decidedBy"] == "item-rule")
        #expect(row["screening"]?["ruleItem"] == 15)
        #expect(row["screening"]?["band"] == "negative")
        #expect(row["escalation"]?["acuteRisk"]?["suicidality"] == true)
        #expect(row["escalation"]?["screenedOn"]?.stringValue == today.description)
        #expect(row["escalation"]?["escalationRoute"] == "emergency-route-shown, coordinators-alerted")

        let german = try world.daemon.runLotse(["session", "today", "--date", world.sessionDay.description], as: world.specialist,
                                               environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.stdout.contains("AKUT! positiv (Item-15-Regel; Band negativ, 10)"), "\(german.stdout)")
        #expect(german.stdout.contains("Akute Gefährdung gemeldet:\n  \(row["id"]?.integerValue ?? 0): am \(today.displayText) "
            + "akute Gefährdung (Suizidalität) — eskaliert (Weg: Notfallweg angezeigt, Koordination alarmiert)\n"), "\(german.stdout)")
        #expect(!german.stdout.contains("negative (10)"))
        let english = try world.daemon.runLotse(["session", "today", "--date", world.sessionDay.description], as: world.specialist,
                                                environment: ["LANG": "C"])
        #expect(english.stdout.contains("ACUTE! positive (item-15 rule; band negative, 10)"), "\(english.stdout)")
        #expect(english.stdout.contains("acute risk (suicidality) — escalated (route: emergency route shown, coordinators alerted)"))
    }
}
