import Foundation
import LotseCore
import Testing

/// Every refusal is audited, not only denials and the screening's missing consent: a
/// referral refused for want of consent (exit 65) wrote no entry at all.
@Suite struct RefusalAuditTests {
    @Test func aReferralRefusedForMissingConsentIsAuditedLikeTheScreeningsRefusal() throws {
        let f = try CaseworkFixture()
        let client = try #require(try f.json(["client", "new", "--municipality", "ludwigsburg"], as: f.anna)["client"]?["pseudonym"]?.stringValue)
        let referral = try f.lotse(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "de",
                                    "--urgency", "routine", "--urgency-reason", "Erstgespräch", "--no-acute-risk"], as: f.anna)
        #expect(referral.status == 65)
        let screening = try f.lotse(["screen", client, "--instrument", "yesno10", "--answers", "0,0,0,0,0,0,0,0,0,0", "--no-acute-risk"],
                                    as: f.anna)
        #expect(screening.status == 65)
        #expect(try f.query("""
            SELECT action || '|' || record_kind || '|' || record_id || '|' || outcome || '|' || coalesce(subjects, '') || '|' || detail FROM audit_log
            WHERE outcome = 'failed' ORDER BY id
            """) == """
            referral.submit|client|\(client)|failed|\(client)|refused: no consent in force
            screening.record|client|\(client)|failed|\(client)|refused: no consent to screening in force
            """)
        #expect(try f.query("SELECT count(*) FROM referrals") == "0")
    }
}
