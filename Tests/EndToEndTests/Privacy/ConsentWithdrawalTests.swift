import Foundation
import LotseVarlink
import Testing

/// Withdrawing one scope stops that use from the day on and leaves the others; without
/// `referral` the open referral is not used any further — it is withdrawn and its place
/// freed in the same transaction.
@Suite struct ConsentWithdrawalTests {
    static let screen = ["--instrument", "yesno10", "--answers", "1,0,1,1,0,0,1,0,0,0", "--no-acute-risk"]

    @Test func withdrawingOneScopeKeepsTheOthersAndWithoutReferralTheOpenReferralIsWithdrawn() throws {
        let f = try CaseworkFixture()
        let created = try f.json(["client", "new", "--municipality", "ludwigsburg"], as: f.anna)
        let client = try #require(created["client"]?["pseudonym"]?.stringValue)
        #expect(try f.lotse(["client", "consent", client, "--date", "21.11.2026", "--scope", "screening,referral,exchange-with-specialist"], as: f.anna).status == 0)
        #expect(try f.lotse(["screen", client] + Self.screen, as: f.anna).status == 0)
        let submitted = try f.json(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "ar", "--no-acute-risk"], as: f.anna)
        let referral = String(try #require(submitted["referral"]?["id"]?.integerValue))

        // Only the exchange ends: the referral waits on, screening goes on.
        let exchange = try f.lotse(["client", "consent", client, "--withdraw", "--scope", "exchange-with-specialist"], as: f.anna)
        #expect(exchange.status == 0, "\(exchange.stderr)")
        #expect(try f.query("SELECT status FROM referrals WHERE id = \(referral)") == "waiting")
        let shown = try f.json(["client", "show", client], as: f.anna)
        let inForce = (shown["client"]?["consents"]?.arrayValue ?? []).filter { $0["withdrawnOn"] == .null }
        #expect(inForce.map { $0["scope"] } == [["screening", "referral"]], "\(inForce)")
        #expect(try f.lotse(["screen", client] + Self.screen, as: f.anna).status == 0)
        #expect(try f.query("SELECT detail FROM audit_log WHERE action = 'consent.withdraw'")
                == "1 consent; ended: exchange-with-specialist; kept: screening,referral")

        // Now referral ends: the open referral is withdrawn at once; screening still goes on.
        #expect(try f.lotse(["client", "consent", client, "--withdraw", "--scope", "referral"], as: f.anna).status == 0)
        #expect(try f.query("SELECT status FROM referrals WHERE id = \(referral)") == "withdrawn")
        #expect(try f.query("SELECT count(*) FROM audit_log WHERE action = 'referral.withdraw' AND record_id = '\(referral)'") == "1")
        // The reason Lotse recorded reads in the reader's language.
        let german = try f.lotse(["referral", "show", String(referral)], as: f.anna, german: true)
        #expect(german.stdout.contains("Zurückgezogen, weil:     Einwilligung in die Anmeldung widerrufen\n"), "\(german.stdout)")
        let english = try f.lotse(["referral", "show", String(referral)], as: f.anna)
        #expect(english.stdout.contains("Withdrawn because:") && english.stdout.contains("consent to referral withdrawn\n"), "\(english.stdout)")
        #expect(try f.lotse(["screen", client] + Self.screen, as: f.anna).status == 0)

        // An unknown scope is refused and changes nothing.
        let before = try f.dump()
        let bad = try f.lotse(["client", "consent", client, "--withdraw", "--scope", "everything"], as: f.anna)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--scope: \"everything\" is not one of screening, referral"), "\(bad.stderr)")
        #expect(try f.dump() == before)
    }
}
