import Foundation
import LotseVarlink
import Testing

/// Issue 14, reproduction 4: `CreateClient {"pseudonym": …}` from a caseworker answered
/// "already in use" for another caseworker's client and created an unused one, unaudited
/// — an existence oracle. Choosing a pseudonym is now a coordinator's right (they see
/// every client anyway); a caseworker who names one gets the same refusal whether it
/// exists or not, nothing is created, and every refusal is audited.
@Suite struct PseudonymOracleTests {
    @Test func aCaseworkerChoosingAPseudonymIsRefusedAlikeWhetherItExistsOrNot() throws {
        let f = try CaseworkFixture()
        let existing = try #require(f.json(["client", "new", "--municipality", "ludwigsburg"], as: f.anna)["client"]?["pseudonym"]?.stringValue)
        let unused = "K-2026-0999"
        let taken = try f.lotse(["client", "new", "--municipality", "ludwigsburg", "--pseudonym", existing], as: f.ben)
        let free = try f.lotse(["client", "new", "--municipality", "ludwigsburg", "--pseudonym", unused], as: f.ben)
        #expect(taken.status == 77 && free.status == 77)
        #expect(taken.stdout == free.stdout)
        #expect(taken.stderr.replacingOccurrences(of: existing, with: "X") == free.stderr.replacingOccurrences(of: unused, with: "X"))
        // Over the wire as well: the same error, without any parameter that differs.
        let replies = try ForeignClient.call([
            VarlinkCall(method: "org.lotse.Referrals.CreateClient", parameters: ["pseudonym": .string(existing), "municipality": "ludwigsburg"]),
            VarlinkCall(method: "org.lotse.Referrals.CreateClient", parameters: ["pseudonym": .string(unused), "municipality": "ludwigsburg"]),
        ], socket: f.daemon.socketPath, as: f.ben)
        #expect(replies.map(\.error) == ["org.varlink.service.PermissionDenied", "org.varlink.service.PermissionDenied"])
        #expect(replies[0].parameters == replies[1].parameters)
        // Nothing was created, and both attempts are in the audit log with the pseudonym tried.
        #expect(try f.query("SELECT count(*) FROM clients WHERE pseudonym = '\(unused)'") == "0")
        #expect(try f.query("SELECT caseworker FROM clients WHERE pseudonym = '\(existing)'") == f.anna.name)
        #expect(try f.query("""
            SELECT DISTINCT record_id FROM audit_log WHERE user = '\(f.ben.name)' AND action = 'client.create' AND outcome = 'denied'
            ORDER BY record_id
            """) == [existing, unused].sorted().joined(separator: "\n"))
        // Nor may a caseworker open a client in someone else's name.
        #expect(try f.lotse(["client", "new", "--municipality", "ludwigsburg", "--caseworker", f.anna.name], as: f.ben).status == 77)
    }

    @Test func aCoordinatorChoosesAPseudonymForACaseworkerAndATakenOneIsAuditedToo() throws {
        let f = try CaseworkFixture()
        let existing = try #require(f.json(["client", "new", "--municipality", "ludwigsburg"], as: f.anna)["client"]?["pseudonym"]?.stringValue)
        let taken = try f.lotse(["client", "new", "--municipality", "ludwigsburg", "--pseudonym", existing, "--caseworker", f.ben.name], as: f.clara)
        #expect(taken.status == 65)
        #expect(taken.stderr.hasPrefix("lotse: --pseudonym: \(existing) is already in use"))
        #expect(try f.query("SELECT user, outcome, record_id FROM audit_log WHERE action = 'client.create' AND outcome <> 'ok'")
                == "\(f.clara.name)|failed|\(existing)")
        let opened = try f.json(["client", "new", "--municipality", "ludwigsburg", "--pseudonym", "K-2026-0999", "--caseworker", f.ben.name],
                                as: f.clara)
        #expect(opened["client"]?["pseudonym"] == "K-2026-0999")
        #expect(opened["client"]?["caseworker"] == .string(f.ben.name))
        #expect(try f.query("SELECT user, detail FROM audit_log WHERE action = 'client.create' AND record_id = 'K-2026-0999'")
                == "\(f.clara.name)|for \(f.ben.name)")
        // A coordinator who is no caseworker must name who takes the client.
        let nobody = try f.lotse(["client", "new", "--municipality", "ludwigsburg"], as: f.clara)
        #expect(nobody.status == 65)
        #expect(nobody.stderr.hasPrefix("lotse: caseworker: name the caseworker who takes the client"))
    }
}
