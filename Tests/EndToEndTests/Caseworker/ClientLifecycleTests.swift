import Foundation
import LotseVarlink
import Testing

/// Clients as pseudonyms: issued or given, one caseworker and municipality each, closed
/// for retention and reopened; the coordinator's list names each line's caseworker.
@Suite struct ClientLifecycleTests {
    @Test func pseudonymsAreIssuedInOrderOrGivenWhenUnused() throws {
        let f = try CaseworkFixture()
        // A chosen pseudonym is a coordinator's choice, for a caseworker (PseudonymOracleTests).
        let given = try f.lotse(["client", "new", "--municipality", "ludwigsburg", "--pseudonym", "K-2026-0002",
                                 "--caseworker", f.anna.name], as: f.clara)
        #expect(given.stdout == "Client K-2026-0002 opened (Ludwigsburg).\n")
        let first = try f.json(["client", "new", "--municipality", "ludwigsburg"], as: f.ben)
        let second = try f.json(["client", "new", "--municipality", "kornwestheim"], as: f.anna)
        #expect(first["client"]?["pseudonym"] == "K-2026-0001")
        #expect(second["client"]?["pseudonym"] == "K-2026-0003")  // 0002 was taken by hand
        #expect(first["client"]?["caseworker"] == "lotse-e2e-ben")
        // No names or contact data anywhere: the clients table holds exactly these columns.
        #expect(try f.query("SELECT group_concat(name, ',') FROM pragma_table_info('clients')")
                == "pseudonym,caseworker,municipality,status,opened_on,closed_on,created_at")
        let show = try f.lotse(["client", "show", "K-2026-0002"], as: f.anna, german: true)
        #expect(show.stdout == """
        Pseudonym:               K-2026-0002
        Integrationsmanager:in:  lotse-e2e-anna
        Gemeinde:                Ludwigsburg
        Status:                  aktiv
        Eröffnet am:             21.11.2026
        Einwilligungen:          keine
        Offene Anmeldung:        —

        """)
    }

    @Test func aCaseClosesOnlyWithoutAnOpenReferralAndCanBeReopened() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        #expect(try f.lotse(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "ar",
                             "--urgency", "routine", "--urgency-reason", "r", "--no-acute-risk"], as: f.anna).status == 0)
        let refused = try f.lotse(["client", "close", client], as: f.anna)
        #expect(refused.status == 65)
        #expect(refused.stderr.hasPrefix("lotse: client: \(client) has an open referral (1)"))
        #expect(try f.lotse(["referral", "withdraw", "1", "--reason", "no longer needed"], as: f.anna).status == 0)
        let closed = try f.lotse(["client", "close", client], as: f.anna)
        #expect(closed.status == 0)
        #expect(closed.stdout == "Case \(client) closed; its data will be deleted on 21.11.2028.\n")
        #expect(try f.query("SELECT status, closed_on FROM clients") == "closed|2026-11-21")
        let closedSubmit = try f.lotse(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "ar",
                                        "--urgency", "routine", "--urgency-reason", "r", "--no-acute-risk"], as: f.anna)
        #expect(closedSubmit.status == 65)
        #expect(closedSubmit.stderr.hasPrefix("lotse: --client: \(client) is closed"))
        #expect(try f.lotse(["client", "reopen", client], as: f.anna).stdout == "Case \(client) reopened.\n")
        #expect(try f.query("SELECT action FROM audit_log WHERE action IN ('client.close', 'client.reopen') AND outcome = 'ok' ORDER BY id")
                == "client.close\nclient.reopen")
    }

    @Test func theCoordinatorsListNamesEachLinesCaseworker() throws {
        let f = try CaseworkFixture()
        for user in [f.anna, f.ben] {
            let client = try f.clientWithConsent(for: user)
            #expect(try f.lotse(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "so",
                                 "--urgency", "routine", "--urgency-reason", "r", "--no-acute-risk"], as: user).status == 0)
        }
        let list = try f.lotse(["referral", "list"], as: f.clara)
        #expect(list.stdout == """
        No.  Client       Caseworker      Kind        Urgency  Language  Status   Referred    Waiting  Slot / reason
        1    K-2026-0001  lotse-e2e-anna  assessment  routine  Somali    waiting  21.11.2026  0 days   —
        2    K-2026-0002  lotse-e2e-ben   assessment  routine  Somali    waiting  21.11.2026  0 days   —
        2 referrals, as of 21.11.2026.

        """)
    }

    @Test func aWithdrawnConsentNoLongerCarriesAReferral() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let withdrawn = try f.lotse(["client", "consent", client, "--withdraw"], as: f.anna)
        #expect(withdrawn.stdout == "Withdrawal for \(client) recorded (1 consent).\n")
        #expect(try f.query("SELECT withdrawn_on FROM consents") == "2026-11-21")
        #expect(try f.query("SELECT detail FROM audit_log WHERE action = 'consent.withdraw'") == "1 consent")
        let submit = ["referral", "submit", "--client", client, "--kind", "assessment", "--language", "ar",
                      "--urgency", "routine", "--urgency-reason", "r", "--no-acute-risk"]
        let refused = try f.lotse(submit, as: f.anna)
        #expect(refused.status == 65)
        #expect(refused.stderr.hasPrefix("lotse: consent: no consent to a referral is recorded"))
        let before = try f.dump()
        let again = try f.lotse(["client", "consent", client, "--withdraw"], as: f.anna)
        #expect(again.status == 65)
        #expect(again.stderr == "lotse: consent: \(client) has no consent in force on 21.11.2026.\n")
        #expect(try f.dump() == before)
        #expect(try f.lotse(submit + ["--consent-override", "urgent, client agreed again orally"], as: f.anna).status == 0)
    }
}
