import Foundation
import LotseVarlink
import Testing

/// A screening stores health data, so it needs the client's consent to `screening` in
/// force on the day it is recorded (issue 14, reproduction 1): without it, or after the
/// client withdrew it, `lotse screen` is refused with a clear error in both languages,
/// nothing is stored and the refusal is audited. The acute-risk alert never waits for
/// consent; only storing the answers does.
@Suite struct ScreeningConsentTests {
    static let answers = ["--instrument", "yesno10", "--answers", "1,0,1,1,0,0,1,0,0,0", "--no-acute-risk"]

    @Test func aScreeningWithoutConsentToScreeningIsRefusedStoresNothingAndIsAudited() throws {
        let f = try CaseworkFixture()
        let created = try f.json(["client", "new", "--municipality", "ludwigsburg"], as: f.anna)
        let client = try #require(created["client"]?["pseudonym"]?.stringValue)

        // No consent at all.
        let none = try f.lotse(["screen", client] + Self.answers, as: f.anna)
        #expect(none.status == 65, "\(none.stderr)")
        #expect(none.stderr.contains("consent: no consent to screening is in force for \(client) today"), "\(none.stderr)")
        let german = try f.lotse(["screen", client] + Self.answers, as: f.anna, german: true)
        #expect(german.status == 65)
        #expect(german.stderr.contains("für \(client) gilt heute keine Einwilligung in „screening“"), "\(german.stderr)")
        #expect(try f.query("SELECT count(*) FROM screenings") == "0")
        #expect(try f.query("SELECT count(*) FROM audit_log WHERE action = 'screening.record' AND outcome = 'failed' AND record_id = '\(client)'") == "2")

        // Consent to a referral only does not cover a screening.
        #expect(try f.lotse(["client", "consent", client, "--date", "21.11.2026", "--scope", "referral"], as: f.anna).status == 0)
        #expect(try f.lotse(["screen", client] + Self.answers, as: f.anna).status == 65)
        #expect(try f.query("SELECT count(*) FROM screenings") == "0")

        // With it the screening is stored.
        #expect(try f.lotse(["client", "consent", client, "--date", "21.11.2026", "--scope", "screening"], as: f.anna).status == 0)
        let stored = try f.lotse(["screen", client] + Self.answers, as: f.anna)
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(try f.query("SELECT count(*) FROM screenings") == "1")

        // Withdrawn today: refused from this moment on.
        #expect(try f.lotse(["client", "consent", client, "--withdraw"], as: f.anna).status == 0)
        let after = try f.lotse(["screen", client] + Self.answers, as: f.anna)
        #expect(after.status == 65, "\(after.stderr)")
        #expect(try f.query("SELECT count(*) FROM screenings") == "1")
    }

    @Test func anAcuteRiskAlertGoesOutWithoutConsentButNoScreeningIsStored() throws {
        let f = try CaseworkFixture()
        let created = try f.json(["client", "new", "--municipality", "ludwigsburg"], as: f.anna)
        let client = try #require(created["client"]?["pseudonym"]?.stringValue)
        let reply = try f.json(["screen", client, "--instrument", "yesno10", "--suicidality", "yes", "--danger-to-others", "no"], as: f.anna)
        #expect(reply["escalation"]?["coordinatorsAlerted"]?.integerValue == 1, "\(reply)")
        #expect(reply["screening"] == .null)
        #expect(try f.query("SELECT count(*) FROM screenings") == "0")
        #expect(try f.query("SELECT count(*) FROM outbox") == "1")
    }
}
