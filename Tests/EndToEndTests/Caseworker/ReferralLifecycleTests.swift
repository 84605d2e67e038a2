import Foundation
import LotseVarlink
import Testing

/// A caseworker's referral from consent to withdrawal, against a real lotsed, run as
/// real Unix users.
@Suite struct ReferralLifecycleTests {
    @Test func submissionWithoutConsentIsRefusedAndChangesNothing() throws {
        let f = try CaseworkFixture()
        let reply = try f.json(["client", "new", "--municipality", "ludwigsburg"], as: f.anna)
        let client = try #require(reply["client"]?["pseudonym"]?.stringValue)
        #expect(client == "K-2026-0001")
        let before = try f.dump()
        let refused = try f.lotse(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "ar",
                                   "--urgency", "elevated", "--urgency-reason", "strain", "--no-acute-risk"], as: f.anna)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("consent: no consent to a referral is recorded for \(client)"))
        #expect(try f.dump() == before)
    }

    @Test func overrideWithReasonIsStoredAndAudited() throws {
        let f = try CaseworkFixture()
        let client = try #require(f.json(["client", "new", "--municipality", "kornwestheim"], as: f.anna)["client"]?["pseudonym"]?.stringValue)
        let submitted = try f.json(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "uk",
                                    "--urgency", "high", "--urgency-reason", "sleepless for weeks", "--no-acute-risk",
                                    "--consent-override", "client agreed orally, form follows"], as: f.anna)
        let referral = try #require(submitted["referral"])
        #expect(referral["consentOverrideReason"] == "client agreed orally, form follows")
        #expect(referral["consentGivenOn"] == .null)
        #expect(referral["status"] == "waiting")
        #expect(try f.query("SELECT consent_override_reason FROM referrals") == "client agreed orally, form follows")
        #expect(try f.query("SELECT user, action, outcome FROM audit_log WHERE action = 'referral.submit'")
                == "lotse-e2e-anna|referral.submit|ok")
        #expect(try f.query("SELECT detail FROM audit_log WHERE action = 'referral.submit'").contains("consent override"))
    }

    @Test func withConsentTheReferralWaitsAndASecondIsRefusedNamingTheFirst() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let first = try f.lotse(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "ar",
                                 "--interpreter", "--urgency", "routine", "--urgency-reason", "no screening yet",
                                 "--no-acute-risk"], as: f.anna)
        #expect(first.status == 0)
        #expect(first.stdout == "Referral 1 for \(client) submitted (routine).\n")
        let before = try f.dump()
        let second = try f.lotse(["referral", "submit", "--client", client, "--kind", "follow-up", "--language", "ar",
                                  "--urgency", "high", "--urgency-reason", "again", "--no-acute-risk"], as: f.anna)
        #expect(second.status == 65)
        #expect(second.stderr == "lotse: client: \(client) already has an open referral (1); update or withdraw it instead.\n")
        #expect(try f.dump() == before)
    }

    @Test func updateWorksOnlyWhileWaitingAndWithdrawNeedsAReason() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        _ = try f.json(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "ar",
                        "--urgency", "routine", "--urgency-reason", "r", "--no-acute-risk"], as: f.anna)
        let updated = try f.json(["referral", "update", "1", "--language", "fa", "--note", "prefers mornings",
                                  "--unavailable", "01.12.2026,24.12.2026"], as: f.anna)
        #expect(updated["referral"]?["language"] == "fa")
        #expect(updated["referral"]?["unavailableDates"] == ["2026-12-01", "2026-12-24"])

        let noReason = try f.lotse(["referral", "withdraw", "1"], as: f.anna)
        #expect(noReason.status == 64)
        let withdrawn = try f.lotse(["referral", "withdraw", "1", "--reason", "moved to another district"], as: f.anna)
        #expect(withdrawn.status == 0)
        #expect(withdrawn.stdout == "Referral 1 withdrawn.\n")
        #expect(try f.query("SELECT status, withdrawal_reason FROM referrals WHERE id = 1") == "withdrawn|moved to another district")

        let before = try f.dump()
        let late = try f.lotse(["referral", "update", "1", "--language", "ar"], as: f.anna)
        #expect(late.status == 65)
        #expect(late.stderr == "lotse: referral: 1 is withdrawn; only a waiting referral can be changed.\n")
        #expect(try f.dump() == before)

        // Withdrawn, the client may be referred again.
        let again = try f.lotse(["referral", "submit", "--client", client, "--kind", "follow-up", "--language", "ar",
                                 "--urgency", "routine", "--urgency-reason", "r", "--no-acute-risk"], as: f.anna)
        #expect(again.status == 0)
    }

    @Test func urgencyComesFromTheLatestScreening() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let screened = try f.lotse(["screen", client, "--instrument", "yesno10", "--answers", "1,1,1,1,1,1,1,1,0,0",
                                    "--no-acute-risk"], as: f.anna)
        #expect(screened.status == 0)
        let reply = try f.json(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "ti",
                                "--no-acute-risk"], as: f.anna)
        #expect(reply["referral"]?["urgency"] == "high")
        #expect(reply["referral"]?["screening"]?["band"] == "high")
        #expect(try f.query("SELECT screening_id FROM referrals WHERE id = 1") == "1")
    }

    @Test func withoutATerminalMissingValuesAreNeverPrompted() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let before = try f.dump()
        let noAcute = try f.lotse(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "ar"], as: f.anna)
        #expect(noAcute.status == 64)
        #expect(noAcute.stderr.contains("acute-risk questions come first"))
        let noKind = try f.lotse(["referral", "submit", "--client", client, "--language", "ar", "--no-acute-risk"], as: f.anna)
        #expect(noKind.status == 64)
        #expect(noKind.stderr == "lotse: --kind is missing; see \"lotse referral submit --help\".\n")
        #expect(try f.dump() == before)
    }

    @Test func withdrawingAScheduledReferralFreesItsSlot() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        #expect(try f.lotse(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "ar",
                             "--urgency", "routine", "--urgency-reason", "r", "--no-acute-risk"], as: f.anna).status == 0)
        _ = try f.query("""
            INSERT INTO specialists (id, name, qualification, languages, email, unix_user, created_at)
                VALUES (1, 'Dr. Weber', 'Psychotherapeutin', '["de"]', 'weber@testkreis.example', 'lotse-e2e-weber', 0);
            INSERT INTO sessions (id, specialist_id, held_on, start_time, slot_count, slot_minutes, place, kinds, created_at)
                VALUES (1, 1, '2026-12-01', '14:00', 1, 60, 'Landratsamt', '["assessment"]', 0);
            INSERT INTO slots (id, session_id, position, start_time, minutes) VALUES (1, 1, 1, '14:00', 60);
            INSERT INTO appointments (id, referral_id, slot_id, created_at) VALUES (1, 1, 1, 0);
            UPDATE referrals SET status = 'scheduled' WHERE id = 1;
            """, write: true)
        #expect(try f.json(["referral", "show", "1"], as: f.anna)["referral"]?["placement"]?["date"] == "2026-12-01")
        let update = try f.lotse(["referral", "update", "1", "--note", "x"], as: f.anna)
        #expect(update.status == 65)
        #expect(update.stderr == "lotse: referral: 1 has an appointment; only a waiting referral can be changed.\n")
        #expect(try f.lotse(["referral", "withdraw", "1", "--reason", "client moved away"], as: f.anna).status == 0)
        #expect(try f.query("SELECT attendance, attendance_by FROM appointments") == "cancelled-by-client|lotse-e2e-anna")
    }
}
