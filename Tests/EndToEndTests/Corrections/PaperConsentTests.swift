import Foundation
import LotseCore
import LotseVarlink
import Testing

/// A consent the client gave on paper before the case was opened in Lotse (an existing
/// case) can be recorded with the form's date, stored beside the day it was entered and
/// shown with both (issue 15, reproduction 4). The daemon's clock is fixed on 21.11.2026.
@Suite(.serialized) struct PaperConsentTests {
    @Test func aConsentGivenOnPaperBeforeTheCaseOpenedIsRecordedWithBothDatesAndCarriesAReferral() throws {
        let fixture = try CaseworkFixture()
        let client = try #require(try fixture.json(["client", "new", "--municipality", "ludwigsburg"], as: fixture.anna)["client"]?["pseudonym"]?.stringValue)

        // Without saying it was on paper, a date before the case is refused, with the way out.
        let early = try fixture.lotse(["client", "consent", client, "--date", "01.09.2026"], as: fixture.anna)
        #expect(early.status == 65)
        #expect(early.stderr.contains("before the case was opened (21.11.2026)"), "\(early.stderr)")
        #expect(early.stderr.contains("--given"), "\(early.stderr)")
        let earlyDe = try fixture.lotse(["client", "consent", client, "--date", "01.09.2026"], as: fixture.anna, german: true)
        #expect(earlyDe.stderr.contains("eine vorher auf Papier gegebene Einwilligung wird mit --given erfasst"), "\(earlyDe.stderr)")
        // Not in the future, and not both ways at once.
        let future = try fixture.lotse(["client", "consent", client, "--given", "22.11.2026"], as: fixture.anna)
        #expect(future.status == 65)
        #expect(future.stderr.contains("in the future"), "\(future.stderr)")
        let both = try fixture.lotse(["client", "consent", client, "--given", "01.09.2026", "--date", "21.11.2026"], as: fixture.anna)
        #expect(both.status == 64)
        #expect(both.stderr.contains("not both"), "\(both.stderr)")
        #expect(try fixture.query("SELECT count(*) FROM consents") == "0")

        let recorded = try fixture.lotse(["client", "consent", client, "--given", "01.09.2026", "--scope", "referral,screening"], as: fixture.anna)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout.contains("Consent for \(client) of 01.09.2026 (given on paper) recorded"), "\(recorded.stdout)")
        #expect(try fixture.query("SELECT given_on, on_paper, recorded_at FROM consents") == "2026-09-01|1|\(CaseworkFixture.fixedNow)")
        #expect(try fixture.query("SELECT detail FROM audit_log WHERE action = 'consent.record'") == "scope screening,referral, given on paper on 2026-09-01")

        let json = try fixture.json(["client", "show", client], as: fixture.anna)
        let consent = try #require(json["client"]?["consents"]?.arrayValue?.first)
        #expect(consent["givenOn"]?.stringValue == "2026-09-01")
        #expect(consent["onPaper"]?.boolValue == true)
        #expect(consent["recordedOn"]?.stringValue == "2026-11-21")
        let shown = try fixture.lotse(["client", "show", client], as: fixture.anna)
        #expect(shown.stdout.contains("01.09.2026 on paper, recorded on 21.11.2026 (screening, referral)"), "\(shown.stdout)")
        let shownDe = try fixture.lotse(["client", "show", client], as: fixture.anna, german: true)
        #expect(shownDe.stdout.contains("01.09.2026 auf Papier, erfasst am 21.11.2026 (Screening, Anmeldung)"), "\(shownDe.stdout)")

        // The paper consent carries a referral like any other.
        let referral = try fixture.lotse(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "de",
                                          "--no-acute-risk", "--urgency", "routine", "--urgency-reason", "Erstgespräch"], as: fixture.anna)
        #expect(referral.status == 0, "\(referral.stderr)")
        #expect(try fixture.query("SELECT c.given_on FROM referrals r JOIN consents c ON c.id = r.consent_id") == "2026-09-01")
    }
}
