import Foundation
import LotseVarlink
import Testing

/// Acute risk comes first: a yes queues nothing, prints the configured emergency route
/// at once, puts a highest-priority alert for the coordinators into the outbox and is
/// audited.
@Suite struct AcuteRiskEndToEndTests {
    @Test func aYesInScreeningQueuesNothingPrintsTheRouteAlertsAndAudits() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let output = try f.lotse(["screen", client, "--suicidality", "yes", "--instrument", "screen15"], as: f.anna, german: true)
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("!!! AKUTE GEFAHR – JETZT HANDELN !!!\n\(CaseworkFixture.emergencyDE)\n"))
        #expect(output.stdout.contains("Nichts wurde in die Warteliste aufgenommen."))
        // Recorded as an escalated screening (health data), but nothing is queued.
        #expect(try f.query("SELECT outcome, suicidality, danger_to_others, score IS NULL FROM screenings") == "escalated|1|0|1")
        #expect(try f.query("SELECT count(*) FROM referrals") == "0")
        #expect(try f.query("SELECT kind, recipient, recipient_role, priority, client FROM outbox")
                == "acute-risk-alert|\(CaseworkFixture.coordinatorAddress)|coordinator|100|\(client)")
        let subject = try f.query("SELECT json_extract(payload, '$.subject') FROM outbox")
        #expect(subject.contains(client))
        #expect(!subject.lowercased().contains("suizid") && !subject.lowercased().contains("suicid"))
        // Audited exactly like any screening (its number and the client), never that it
        // was an alert or which risk — that is health data.
        #expect(try f.query("SELECT count(*) FROM audit_log WHERE action = 'screening.record' AND detail LIKE '%notice%'") == "0")
        #expect(try f.query("SELECT user, action, record_kind, outcome, detail FROM audit_log WHERE action = 'screening.record'")
                == "lotse-e2e-anna|screening.record|screening|ok|client \(client)")
    }

    @Test func aYesInAReferralQueuesNothingEvenWithoutConsentOrOtherValues() throws {
        let f = try CaseworkFixture()
        let client = try #require(f.json(["client", "new", "--municipality", "ludwigsburg"], as: f.anna)["client"]?["pseudonym"]?.stringValue)
        let output = try f.lotse(["referral", "submit", "--client", client, "--suicidality", "no", "--danger-to-others", "yes"], as: f.anna)
        #expect(output.status == 0)
        #expect(output.stdout == """
        !!! ACUTE RISK – ACT NOW !!!
        \(CaseworkFixture.emergencyEN)
        The alert to the coordinators is queued and goes out at once (1 message). Nothing was put on the waiting list.

        """)
        #expect(try f.query("SELECT count(*) FROM referrals") == "0")
        #expect(try f.query("SELECT kind, priority FROM outbox") == "acute-risk-alert|100")
        #expect(try f.query("SELECT detail FROM audit_log WHERE action = 'referral.submit'") == "1 notice queued")
        // The alert goes out before anything else queued.
        #expect(try f.query("SELECT max(priority) FROM outbox") == "100")
    }

    @Test func withJSONTheRouteStillReachesThePersonOnStandardError() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let output = try f.lotse(["screen", client, "--suicidality", "yes", "--json"], as: f.anna)
        #expect(output.status == 0)
        #expect(output.stderr.contains(CaseworkFixture.emergencyEN))
        let reply = try JSONParser().parse(output.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(reply["screening"]?["escalated"] == true)
        #expect(reply["screening"]?["result"] == .null)
        #expect(reply["escalation"]?["emergencyText"]?["de"]?.stringValue == CaseworkFixture.emergencyDE)
        #expect(reply["escalation"]?["coordinatorsAlerted"] == 1)
    }

    @Test func theCoordinatorSeesTheAlertInTheOutbox() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        #expect(try f.lotse(["screen", client, "--suicidality", "yes"], as: f.anna).status == 0)
        let outbox = try f.json(["mail", "outbox"], as: f.clara)
        let entries = outbox["entries"]?.arrayValue ?? []
        #expect(entries.count == 1)
        #expect(entries.first?["kind"] == "acute-risk-alert")
        #expect(entries.first?["recipient"]?.stringValue == CaseworkFixture.coordinatorAddress)
    }

    @Test func aMistypedPseudonymDoesNotHoldUpTheEmergencyRoute() throws {
        let f = try CaseworkFixture()
        let output = try f.lotse(["screen", "K-26-7", "--danger-to-others", "yes"], as: f.anna)
        #expect(output.status == 0)
        #expect(output.stdout.contains(CaseworkFixture.emergencyEN))
        #expect(try f.query("SELECT kind, client IS NULL, subject_id FROM outbox") == "acute-risk-alert|1|none")
        #expect(try f.query("SELECT count(*) FROM audit_log WHERE action = 'screening.record' AND detail LIKE '%notice queued%'") == "1")
    }

    @Test func theAlertIsSentAtOnceNotAtTheNextMailRound() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        #expect(try f.lotse(["screen", client, "--suicidality", "yes"], as: f.anna).status == 0)
        // The mail thread polls every ten minutes in this fixture; the alert wakes it.
        let sent = try #require(f.sentMail(1))
        #expect(sent.arguments.hasSuffix("--\n\(CaseworkFixture.coordinatorAddress)\n"))
        #expect(sent.message.contains(client))
        #expect(!sent.message.lowercased().contains("suizid") && !sent.message.lowercased().contains("suicid"))
    }
}
