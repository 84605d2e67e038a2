import Foundation
import LotseVarlink
import Testing

/// Issue 14, reproduction 6: acute risk never looks harmless. An escalated screening
/// read back through `lotse screen history` (German, English, JSON) shows that it was
/// escalated, why, and the route that followed — never "0 Punkte, Band ?, negativ" — and
/// keeps the item answers given before the escalation. A result the item rule made
/// positive names the rule next to its true band.
@Suite struct AcuteRiskViewTests {
    @Test func anEscalatedScreeningReadsAsEscalatedWithItsRouteInEveryLanguageAndInJSON() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let answers = ScreeningBandTests.screen15(sum: 20, thermometer: 7)
        let escalated = try f.lotse(["screen", client, "--instrument", "screen15", "--answers", answers, "--danger-to-others", "yes"],
                                    as: f.anna, german: true)
        #expect(escalated.status == 0)
        #expect(escalated.stdout.contains("Die 15 gegebenen Antworten sind mit dem eskalierten Screening gespeichert."))
        // The answers given are stored with the escalation.
        #expect(try f.query("SELECT outcome, instrument, answers FROM screenings")
                == "escalated|screen15|[\(answers)]")

        let german = try f.lotse(["screen", "history", client], as: f.anna, german: true)
        #expect(german.status == 0)
        let row = try #require(german.stdout.split(separator: "\n").dropFirst().first.map(String.init))
        #expect(row.contains("akute Gefährdung (Fremdgefährdung) — eskaliert (Weg: Notfallweg angezeigt, Koordination alarmiert)"), "\(german.stdout)")
        #expect(row.contains(" screen15 "), "the instrument column is filled: \(row)")
        #expect(!german.stdout.contains("Punkte") && !german.stdout.contains("negativ") && !german.stdout.contains("Band ?"))
        let english = try f.lotse(["screen", "history", client], as: f.clara)
        #expect(english.stdout.contains("acute risk (danger to others) — escalated (route: emergency route shown, coordinators alerted)"),
                "\(english.stdout)")
        #expect(!english.stdout.contains("score") && !english.stdout.contains("negative"))

        let json = try f.json(["screen", "history", client], as: f.anna)
        let screening = try #require(json["screenings"]?.arrayValue?.first)
        #expect(screening["escalated"] == true)
        #expect(screening["escalationRoute"] == "emergency-route-shown, coordinators-alerted")
        #expect(screening["acuteRisk"]?["dangerToOthers"] == true && screening["acuteRisk"]?["suicidality"] == false)
        #expect(screening["result"] == .null)
        #expect(screening["instrument"] == "screen15")
        #expect(screening["answers"]?.arrayValue?.count == 15)
    }

    @Test func answersThatDoNotFitTheInstrumentAreNotStoredAndTheCaseworkerIsTold() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let output = try f.lotse(["screen", client, "--instrument", "yesno10", "--answers", "1,0,7", "--suicidality", "yes"], as: f.anna)
        #expect(output.status == 0)
        #expect(output.stdout.contains(CaseworkFixture.emergencyEN))
        #expect(output.stdout.contains("The 3 answers given do not fit the instrument and were not stored."))
        #expect(try f.query("SELECT outcome, answers FROM screenings") == "escalated|[]")
        // A form cut short keeps the answers given so far.
        let short = try f.lotse(["screen", client, "--instrument", "yesno10", "--answers", "1,0,1", "--suicidality", "yes"], as: f.anna)
        #expect(short.stdout.contains("The 3 answers given are stored with the escalated screening."))
        #expect(try f.query("SELECT answers FROM screenings ORDER BY id DESC LIMIT 1") == "[1,0,1]")
    }

    @Test func aResultTheItemRuleMadePositiveNamesTheRuleBesideItsTrueBand() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let answers = ScreeningBandTests.screen15(sum: 10, thermometer: 6)
        let recorded = try f.lotse(["screen", client, "--instrument", "screen15", "--answers", answers, "--no-acute-risk"], as: f.anna, german: true)
        #expect(recorded.stdout == "Screening 1 für \(client) (screen15): 10 Punkte, Band negativ, aber positiv (Item-15-Regel) → Dringlichkeit erhöht\n")
        let english = try f.lotse(["screen", "history", client], as: f.anna)
        #expect(english.stdout.contains("score 10, band negative, but positive (item-15 rule) → urgency elevated"))
        let result = try f.json(["screen", "history", client], as: f.anna)["screenings"]?.arrayValue?.first?["result"]
        #expect(result?["decidedBy"] == "item-rule")
        #expect(result?["rule"] == "item 15 >= 5")
        #expect(result?["ruleItem"] == 15)
        #expect(result?["positive"] == true)
        // The referral the screening sets the urgency of says the same.
        _ = try f.json(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "de", "--no-acute-risk"], as: f.anna)
        let shown = try f.lotse(["referral", "list"], as: f.anna)
        #expect(shown.status == 0)
        let referral = try #require(try f.json(["referral", "list"], as: f.anna)["referrals"]?.arrayValue?.first)
        #expect(referral["screening"]?["decidedBy"] == "item-rule")
        let detail = try f.lotse(["referral", "show", String(referral["id"]?.integerValue ?? 0)], as: f.anna, german: true)
        #expect(detail.stdout.contains("erhöht (Screening screen15: 10 Punkte, Band negativ, aber positiv (Item-15-Regel))"), "\(detail.stdout)")
    }
}
