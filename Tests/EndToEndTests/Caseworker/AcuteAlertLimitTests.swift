import Foundation
import LotseVarlink
import Testing

/// Issue 14, reproduction 6: any caseworker could raise unlimited alerts for any
/// pseudonym, existing or not (44 queued in one sitting), and the alert mail did not say
/// who raised it. Now repeats are coalesced and counted, alerts for pseudonyms that are
/// not the caller's clients are capped per account and hour — answered with a clear error
/// and the route — the first alert for one's own client always goes out, the mail names
/// the raising account (never the risk), and an alert for a pseudonym that is not the
/// caller's says so, alike whether it exists or not.
@Suite struct AcuteAlertLimitTests {
    /// A fixture whose `[emergency]` section allows `perHour` alerts for others' pseudonyms.
    static func fixture(perHour: Int) throws -> CaseworkFixture {
        let f = try CaseworkFixture()
        let text = try String(contentsOfFile: f.daemon.configPath, encoding: .utf8)
        let limited = text.replacingOccurrences(of: "[emergency]\n", with: "[emergency]\nalerts_per_hour = \(perHour)\nalert_repeat_minutes = 30\n")
        #expect(limited != text)
        try f.daemon.writeConfig(limited)
        let reload = try f.daemon.runLotse(["admin", "reload"])
        try #require(reload.status == 0, "\(reload.stderr)")
        return f
    }

    @Test func repeatsForTheSameClientWithinTheWindowAreCountedWithoutASecondMail() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let first = try f.json(["screen", client, "--suicidality", "yes"], as: f.anna)["escalation"]
        #expect(first?["alert"] == "sent" && first?["coordinatorsAlerted"] == 1 && first?["ownClient"] == true)
        let second = try f.json(["screen", client, "--danger-to-others", "yes"], as: f.anna)["escalation"]
        #expect(second?["alert"] == "coalesced" && second?["coordinatorsAlerted"] == 0 && second?["reports"] == 2)
        #expect(second?["firstAlertAt"]?.stringValue != nil)
        let third = try f.lotse(["referral", "submit", "--client", client, "--suicidality", "yes"], as: f.anna, german: true)
        #expect(third.status == 0)
        #expect(third.stdout.contains("Die Koordination wurde zu \(client) bereits am "))
        #expect(third.stdout.contains("diese Meldung ist Ihre 3. innerhalb von 30 Minuten und wurde dazugezählt, ohne neue Nachricht."))
        #expect(third.stdout.contains(CaseworkFixture.emergencyDE))
        // One mail; every report audited and every screening stored.
        #expect(try f.query("SELECT count(*) FROM outbox WHERE kind = 'acute-risk-alert'") == "1")
        #expect(try f.query("SELECT count(*) FROM screenings WHERE outcome = 'escalated'") == "2")
        // Every report audited under the plain actions, with a neutral remark; the report
        // counts this escalation once (its own table).
        #expect(try f.query("""
            SELECT action, detail, count(*) FROM audit_log WHERE record_id = '\(client)' AND detail LIKE '%notice%'
            GROUP BY action, detail ORDER BY action, detail
            """) == "referral.submit|repeat: no new notice|1")
        // The two screenings stored with their escalations read like any screening.
        #expect(try f.query("SELECT count(*) FROM audit_log WHERE action = 'screening.record' AND record_kind = 'screening' AND detail = 'client \(client)'") == "2")
        #expect(try f.query("SELECT count(*) FROM acute_risk_escalations") == "1")
        // Another caseworker's report about their own client is not held back by Anna's.
        let bens = try f.clientWithConsent(for: f.ben)
        #expect(try f.json(["screen", bens, "--suicidality", "yes"], as: f.ben)["escalation"]?["alert"] == "sent")
        #expect(try f.query("SELECT count(*) FROM outbox WHERE kind = 'acute-risk-alert'") == "2")
    }

    @Test func thePerAccountCapRefusesClearlyButNeverHoldsBackAFirstAlertForAnOwnClient() throws {
        let f = try Self.fixture(perHour: 3)
        for n in 1...3 {
            let reply = try f.json(["screen", "K-2026-99\(n)1", "--suicidality", "yes"], as: f.anna)["escalation"]
            #expect(reply?["alert"] == "sent" && reply?["ownClient"] == false)
        }
        let refused = try f.lotse(["screen", "K-2026-9941", "--suicidality", "yes"], as: f.anna)
        #expect(refused.status == 75)
        #expect(refused.stderr.contains("!!! ACUTE RISK – ACT NOW !!!\nAcute danger: call the emergency number 112 at once."))
        #expect(refused.stderr.contains("No message was sent to the coordinators: alert them yourself."))
        #expect(refused.stderr.contains("you raised 3 acute-risk alerts within the last hour for pseudonyms that are not your clients (limit [emergency] alerts_per_hour); this one was not sent."))
        let german = try f.lotse(["referral", "submit", "--client", "K-2026-9951", "--danger-to-others", "yes"], as: f.anna, german: true)
        #expect(german.status == 75)
        #expect(german.stderr.contains("Sie haben in der letzten Stunde schon 3 Meldungen akuter Gefahr zu Pseudonymen ausgelöst, die nicht zu Ihren Klient:innen gehören"))
        #expect(try f.query("SELECT count(*) FROM outbox") == "3")
        #expect(try f.query("SELECT outcome, detail LIKE '%hourly limit (3)%' FROM audit_log WHERE record_id = 'K-2026-9941'") == "failed|1")
        // The first alert for Anna's own client goes out all the same.
        let client = try f.clientWithConsent(for: f.anna)
        let own = try f.json(["screen", client, "--suicidality", "yes"], as: f.anna)["escalation"]
        #expect(own?["alert"] == "sent" && own?["ownClient"] == true && own?["coordinatorsAlerted"] == 1)
        #expect(try f.query("SELECT count(*) FROM outbox") == "4")
        // A repeat of an alert already sent is still counted, not refused.
        #expect(try f.json(["screen", "K-2026-9911", "--suicidality", "yes"], as: f.anna)["escalation"]?["alert"] == "coalesced")
    }

    @Test func anotherCaseworkersClientAndAnUnknownPseudonymGetTheSameAnswerAndTheMailSaysSo() throws {
        let f = try CaseworkFixture()
        let bens = try f.clientWithConsent(for: f.ben)
        let unknown = "K-2026-9876"
        var replies: [JSONValue] = []
        for pseudonym in [bens, unknown] {
            var escalation = try #require(try f.json(["referral", "submit", "--client", pseudonym, "--suicidality", "yes"], as: f.anna)["escalation"])
            #expect(escalation["client"]?.stringValue == pseudonym)
            escalation = escalation.removingKey("client")
            replies.append(escalation)
        }
        #expect(replies[0] == replies[1], "the reply must not reveal whether \(bens) exists")
        #expect(replies[0]["ownClient"] == false && replies[0]["alert"] == "sent")
        let human = try f.lotse(["referral", "submit", "--client", "K-2026-9877", "--suicidality", "yes"], as: f.anna)
        #expect(human.stdout.contains("K-2026-9877 is not one of your clients (or is mistyped): the message says so and names your account; nothing was stored for a client."))
        let mail = try #require(f.sentMail(1))
        #expect(mail.message.contains("lotse-e2e-anna"))
        #expect(!mail.message.lowercased().contains("suizid") && !mail.message.lowercased().contains("suicid"))
        let bodies = try f.query("SELECT json_extract(payload, '$.body') FROM outbox ORDER BY id")
        #expect(bodies.contains("Ausgelöst vom Konto lotse-e2e-anna; das Pseudonym gehört nicht zu den Klient:innen dieses Kontos (vertippt, unbekannt oder fremd)"))
        #expect(!bodies.contains("gefährdung") && !bodies.contains("Suizid"))
    }

    @Test func theAlertMailNamesTheRaisingAccountForAnOwnClient() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        #expect(try f.lotse(["screen", client, "--suicidality", "yes"], as: f.anna).status == 0)
        let body = try f.query("SELECT json_extract(payload, '$.body') FROM outbox")
        #expect(body.contains("Ausgelöst vom Konto lotse-e2e-anna; das Pseudonym gehört zu den Klient:innen dieses Kontos."), "\(body)")
    }
}

private extension JSONValue {
    /// The object without `key` (other values unchanged).
    func removingKey(_ key: String) -> JSONValue {
        guard case .object(var object) = self else { return self }
        object[key] = nil
        return .object(object)
    }
}
