import Foundation
import LotseVarlink
import Testing

extension Proof {
    /// Retention: `lotse admin purge` and the daemon's daily timer delete clients whose case
    /// closed longer ago than `[retention] months_after_close`, with their screenings,
    /// referrals (and notes) and help plans; the audit log keeps that a deletion happened,
    /// not the data. Run alone: `swift test --filter RetentionPurgeProof`.
    @Suite(.serialized) struct RetentionPurgeProofTests {
        /// A client with consent, a screening, a referral with a note and a help-plan goal.
        static func clientWithData(_ client: VarlinkClient, note: String) throws -> String {
            let created = try client.call("org.lotse.Referrals.CreateClient", ["municipality": "ludwigsburg"], timeoutMilliseconds: 30_000)
            guard let pseudonym = created["client"]?["pseudonym"]?.stringValue else { throw HarnessError("no pseudonym: \(created)") }
            _ = try client.call("org.lotse.Referrals.RecordConsent", ["client": .string(pseudonym), "givenOn": "2026-11-21",
                                                                       "scope": ["referral", "screening"]], timeoutMilliseconds: 30_000)
            _ = try client.call("org.lotse.Screening.Record", ["client": .string(pseudonym), "instrument": "yesno10",
                                                               "answers": [1, 1, 1, 1, 1, 0, 0, 0, 0, 0],
                                                               "acuteRisk": ["suicidality": false, "dangerToOthers": false]],
                                timeoutMilliseconds: 30_000)
            _ = try client.call("org.lotse.Referrals.Submit", ["client": .string(pseudonym), "acuteRisk": ["suicidality": false, "dangerToOthers": false],
                                                               "kind": "assessment", "language": "de", "interpreter": false, "note": .string(note)],
                                timeoutMilliseconds: 30_000)
            _ = try client.call("org.lotse.HelpPlans.AddGoal", ["client": .string(pseudonym), "domain": "work", "title": .string("Praktikum " + note)],
                                timeoutMilliseconds: 30_000)
            return pseudonym
        }

        /// Closes a case on `date` behind the daemon's back (no close method exists yet).
        static func close(_ pseudonym: String, on date: String, _ daemon: DaemonHarness) throws {
            _ = try ProofDaemon.query(daemon.databasePath, """
                UPDATE referrals SET status = 'closed' WHERE client = '\(pseudonym)';
                UPDATE clients SET status = 'closed', closed_on = '\(date)' WHERE pseudonym = '\(pseudonym)';
                """)
        }

        /// Rows that still mention the pseudonym, per table.
        static func mentions(_ pseudonym: String, _ daemon: DaemonHarness) throws -> Int {
            var total = 0
            for table in ["clients WHERE pseudonym", "consents WHERE client", "screenings WHERE client", "referrals WHERE client",
                          "help_plans WHERE client", "outbox WHERE client"] {
                total += Int(try ProofDaemon.query(daemon.databasePath, "SELECT count(*) FROM \(table) = '\(pseudonym)'")) ?? 1
            }
            return total
        }

        static func makeDaemon(environment: [String: String] = [:]) throws -> DaemonHarness {
            var env = ["LOTSE_TEST_NOW": CaseworkFixture.fixedNow, "LOTSE_MAIL_POLL_MILLISECONDS": "600000"]
            for (key, value) in environment { env[key] = value }
            let daemon = try DaemonHarness(environment: env)
            try daemon.writeConfig(daemon.configText(roles: ProofDaemon.roles) + "\n" + CaseworkFixture.sections
                                   + "\n[retention]\nmonths_after_close = 24\n")
            return daemon
        }

        @Test func adminPurgeDeletesExactlyTheExpiredCasesAndAuditsOnlyThatItHappened() throws {
            let daemon = try Self.makeDaemon()
            try daemon.start()
            let client = try daemon.client()
            defer { client.close() }
            let expired = try Self.clientWithData(client, note: "geheime Notiz A")
            let recent = try Self.clientWithData(client, note: "Notiz B")
            let active = try Self.clientWithData(client, note: "Notiz C")
            // Today is 2026-11-21: closed 2024-11-20 is past 24 months, 2024-11-22 is not.
            try Self.close(expired, on: "2024-11-20", daemon)
            try Self.close(recent, on: "2024-11-22", daemon)

            let output = try daemon.runLotse(["admin", "purge"])
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout == "Retention 24 months: 1 closed case deleted: \(expired).\nAudit log 24 months: 0 older entries deleted.\n")
            #expect(try Self.mentions(expired, daemon) == 0)
            #expect(try Self.mentions(recent, daemon) > 0)
            #expect(try Self.mentions(active, daemon) > 0)
            #expect(try ProofDaemon.query(daemon.databasePath, "SELECT count(*) FROM screenings") == "2")
            #expect(try ProofDaemon.query(daemon.databasePath, "SELECT count(*) FROM help_plans") == "2")
            #expect(try ProofDaemon.query(daemon.databasePath, "PRAGMA foreign_key_check") == "")
            // The audit log says that it happened and who did it, and holds none of the data.
            #expect(try ProofDaemon.query(daemon.databasePath,
                                          "SELECT user, role, action, record_kind, record_id, outcome, ifnull(detail, '-') FROM audit_log WHERE action = 'client.purge'")
                    == "root|admin|client.purge|client||ok|0 mails deleted with it")
            // …not even which client: no entry names it any more.
            #expect(try ProofDaemon.query(daemon.databasePath,
                                          "SELECT count(*) FROM audit_log WHERE instr(ifnull(record_id, '') || ifnull(detail, '') || ifnull(subjects, ''), '\(expired)') > 0") == "0")
            #expect(try ProofDaemon.query(daemon.databasePath, "SELECT count(*) FROM audit_log WHERE detail LIKE '%geheime%'") == "0")
            // A second run finds nothing more.
            #expect(try daemon.call("org.lotse.Admin.Purge")["purged"] == [])
            // A caseworker who is not admin may not purge.
            let caseworker = try TestUser.ensure("lotse-e2e-anna", groups: [CaseworkFixture.caseworkerGroup])
            #expect(try daemon.runLotse(["admin", "purge"], as: caseworker).status == 77)
            #expect(daemon.stop() == 0)
        }

        @Test func theDailyTimerPurgesWithoutAnyone() throws {
            // The test switch makes the timer fire every second instead of daily at 03:30.
            let daemon = try Self.makeDaemon(environment: ["LOTSE_TEST_PURGE_SECONDS": "1"])
            try daemon.start()
            let client = try daemon.client()
            defer { client.close() }
            let expired = try Self.clientWithData(client, note: "Notiz")
            let kept = try Self.clientWithData(client, note: "Notiz")
            try Self.close(expired, on: "2020-01-01", daemon)
            var gone = false
            for _ in 0..<100 where !gone {
                usleep(100_000)
                gone = try Self.mentions(expired, daemon) == 0
            }
            #expect(gone)
            #expect(try Self.mentions(kept, daemon) > 0)
            #expect(try ProofDaemon.query(daemon.databasePath, "SELECT user, role, record_id FROM audit_log WHERE action = 'client.purge'")
                    == "lotsed|system|")
            #expect(daemon.stop() == 0)
            #expect(daemon.log.contains("retention purge on 21.11.2026: 1 closed client deleted"))
        }
    }
}
