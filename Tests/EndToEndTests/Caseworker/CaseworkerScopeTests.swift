import Foundation
import LotseVarlink
import Testing

/// Who sees what: a caseworker only their own clients — not even whether another's
/// exists — the coordinator the whole district; refusals are audited.
@Suite struct CaseworkerScopeTests {
    /// Anna's client with a waiting referral.
    func annasReferral(_ f: CaseworkFixture) throws -> String {
        let client = try f.clientWithConsent(for: f.anna)
        let submitted = try f.lotse(["referral", "submit", "--client", client, "--kind", "assessment", "--language", "ar",
                                     "--urgency", "routine", "--urgency-reason", "r", "--no-acute-risk"], as: f.anna)
        #expect(submitted.status == 0)
        return client
    }

    @Test func caseworkerBCannotSeeOrChangeAsClientAndEachAttemptIsAudited() throws {
        let f = try CaseworkFixture()
        let client = try annasReferral(f)
        let before = try f.query("SELECT * FROM referrals") + f.query("SELECT * FROM clients") + f.query("SELECT * FROM consents")
        let attempts: [[String]] = [
            ["referral", "show", "1"],
            ["referral", "update", "1", "--note", "mine now"],
            ["referral", "withdraw", "1", "--reason", "taken over"],
            ["client", "show", client],
            ["client", "consent", client, "--date", "21.11.2026"],
            ["helpplan", "show", client],
            ["helpplan", "goal", "add", client, "--domain", "work", "--title", "job"],
            ["screen", "history", client],
            ["screen", client, "--instrument", "yesno10", "--answers", "0,0,0,0,0,0,0,0,0,0", "--no-acute-risk"],
            ["referral", "submit", "--client", client, "--kind", "assessment", "--language", "ar", "--urgency", "high",
             "--urgency-reason", "r", "--no-acute-risk"],
        ]
        for arguments in attempts {
            let output = try f.lotse(arguments, as: f.ben)
            #expect(output.status == 77, "\(arguments): \(output.stderr)")
            #expect(output.stdout.isEmpty)
            #expect(output.stderr.hasPrefix("lotse: Permission denied for"), "\(arguments): \(output.stderr)")
        }
        #expect(try f.query("SELECT * FROM referrals") + f.query("SELECT * FROM clients") + f.query("SELECT * FROM consents") == before)
        let denials = try f.query("SELECT count(*) FROM audit_log WHERE user = 'lotse-e2e-ben' AND outcome = 'denied'")
        #expect(denials == String(attempts.count))
        #expect(try f.query("SELECT DISTINCT record_id FROM audit_log WHERE user = 'lotse-e2e-ben' AND record_kind = 'client'") == client)
        // Ben's own list does not show Anna's referral or client.
        #expect(try f.json(["referral", "list"], as: f.ben)["referrals"] == [])
        #expect(try f.json(["client", "list"], as: f.ben)["clients"] == [])
    }

    @Test func anotherCaseworkersClientLooksExactlyLikeOneThatDoesNotExist() throws {
        let f = try CaseworkFixture()
        let client = try annasReferral(f)
        let existing = try f.lotse(["client", "show", client], as: f.ben)
        let missing = try f.lotse(["client", "show", "K-2026-0999"], as: f.ben)
        #expect(existing.status == missing.status)
        #expect(existing.stderr.replacingOccurrences(of: client, with: "X") == missing.stderr.replacingOccurrences(of: "K-2026-0999", with: "X"))
        let referral = try f.lotse(["referral", "show", "1"], as: f.ben)
        let noReferral = try f.lotse(["referral", "show", "99"], as: f.ben)
        #expect(referral.status == noReferral.status)
        #expect(referral.stderr.replacingOccurrences(of: " 1:", with: " N:") == noReferral.stderr.replacingOccurrences(of: " 99:", with: " N:"))
    }

    @Test func coordinatorSeesBothCaseworkersAndHandsAClientOver() throws {
        let f = try CaseworkFixture()
        let annas = try annasReferral(f)
        let bens = try f.clientWithConsent(for: f.ben, municipality: "kornwestheim")
        #expect(try f.lotse(["referral", "submit", "--client", bens, "--kind", "consultation", "--language", "de",
                             "--urgency", "routine", "--urgency-reason", "advice", "--no-acute-risk"], as: f.ben).status == 0)
        let all = try f.json(["referral", "list"], as: f.clara)
        #expect(all["referrals"]?.arrayValue?.compactMap { $0["client"]?.stringValue } == [annas, bens])
        let onlyBen = try f.json(["referral", "list", "--caseworker", "lotse-e2e-ben"], as: f.clara)
        #expect(onlyBen["referrals"]?.arrayValue?.count == 1)
        #expect(try f.lotse(["referral", "show", "1"], as: f.clara).status == 0)
        #expect(try f.json(["client", "list"], as: f.clara)["clients"]?.arrayValue?.count == 2)

        // The coordinator may not submit or change; caseworkers may not hand over.
        #expect(try f.lotse(["referral", "withdraw", "1", "--reason", "x"], as: f.clara).status == 77)
        #expect(try f.lotse(["client", "handover", annas, "--to", "lotse-e2e-ben"], as: f.anna).status == 77)

        let handed = try f.lotse(["client", "handover", annas, "--to", "lotse-e2e-ben"], as: f.clara)
        #expect(handed.status == 0)
        #expect(handed.stdout == "\(annas) handed over to lotse-e2e-ben.\n")
        #expect(try f.query("SELECT detail FROM audit_log WHERE action = 'client.handover'") == "from lotse-e2e-anna to lotse-e2e-ben")
        // The open referral went with the client.
        #expect(try f.lotse(["referral", "show", "1"], as: f.ben).status == 0)
        #expect(try f.lotse(["referral", "show", "1"], as: f.anna).status == 77)

        let before = try f.dump()
        let unknown = try f.lotse(["client", "handover", "K-2026-0999", "--to", "lotse-e2e-ben"], as: f.clara)
        #expect(unknown.status == 67)
        #expect(unknown.stderr == "lotse: Not found: There is no client K-2026-0999.\n")
        let notCaseworker = try f.lotse(["client", "handover", bens, "--to", "lotse-e2e-clara"], as: f.clara)
        #expect(notCaseworker.status == 65)
        #expect(notCaseworker.stderr.hasPrefix("lotse: --to: lotse-e2e-clara does not hold the caseworker role"), "\(notCaseworker.stderr)")
        #expect(try f.dump() == before)
    }

    @Test func everyReadOfClientDataIsAudited() throws {
        let f = try CaseworkFixture()
        let client = try annasReferral(f)
        _ = try f.lotse(["referral", "show", "1"], as: f.anna)
        _ = try f.lotse(["referral", "list"], as: f.clara)
        _ = try f.lotse(["client", "show", client], as: f.anna)
        _ = try f.lotse(["helpplan", "show", client], as: f.clara)
        // One entry per call; the list's entry names every client it showed.
        let reads = try f.query("""
            SELECT user || ' ' || action || ' ' || record_id || ' ' || coalesce(subjects, '') FROM audit_log
            WHERE action LIKE '%.read' OR action LIKE '%.list' ORDER BY id
            """)
        #expect(reads == """
        lotse-e2e-anna referral.read 1 \(client)
        lotse-e2e-clara referral.list all \(client)
        lotse-e2e-anna client.read \(client) \(client)
        lotse-e2e-clara helpplan.read \(client) \(client)
        """)
    }
}
