import Foundation
import LotseCore
import Testing

/// A pseudonym never names a second person: after a client was purged, a coordinator who
/// chooses its pseudonym again (`client new --pseudonym …`) is refused — old audit entries
/// would point at the new person — and so is any number the year's sequence has issued,
/// even when the client row is gone for another reason (a restored older backup). Each
/// refusal is audited; the database keeps the purged pseudonym only as a keyed digest.
@Suite struct PseudonymReuseTests {
    @Test func aPurgedOrIssuedPseudonymIsRefusedWhenChosenAgainAndTheRefusalIsAudited() throws {
        let f = try CaseworkFixture()
        let chosen = "K-2031-0004"
        let new = ["client", "new", "--municipality", "ludwigsburg", "--caseworker", f.anna.name, "--pseudonym"]
        #expect(try f.lotse(new + [chosen], as: f.clara).status == 0)
        _ = try f.query("UPDATE clients SET status = 'closed', closed_on = '2020-01-01' WHERE pseudonym = '\(chosen)'", write: true)
        let purge = try f.daemon.runLotse(["admin", "purge"])
        #expect(purge.status == 0 && purge.stdout.contains(chosen), "\(purge.stdout) \(purge.stderr)")
        #expect(try f.query("SELECT count(*) FROM clients WHERE pseudonym = '\(chosen)'") == "0")
        // Kept as a digest only: the pseudonym is in no column of the table.
        #expect(try f.query("SELECT count(*) || '|' || sum(instr(CAST(digest AS TEXT), '\(chosen)')) FROM retired_pseudonyms") == "1|0")

        let again = try f.lotse(new + [chosen], as: f.clara)
        #expect(again.status == 65)
        #expect(again.stderr.hasPrefix("lotse: --pseudonym: \(chosen) named a client whose data was deleted"), "\(again.stderr)")
        let german = try f.lotse(new + [chosen], as: f.clara, german: true)
        #expect(german.stderr.contains("bezeichnet nie eine zweite Person"), "\(german.stderr)")
        #expect(try f.query("SELECT count(*) FROM clients WHERE pseudonym = '\(chosen)'") == "0")
        #expect(try f.query("""
            SELECT user || '|' || outcome || '|' || record_id || '|' || detail FROM audit_log
            WHERE action = 'client.create' AND outcome <> 'ok' ORDER BY id
            """) == Array(repeating: "\(f.clara.name)|failed|\(chosen)|refused: pseudonym", count: 2).joined(separator: "\n"))

        // A number the sequence issued, whose row is gone (as after restoring an older
        // backup), is refused too.
        let issued = try #require(try f.json(["client", "new", "--municipality", "ludwigsburg"], as: f.anna)["client"]?["pseudonym"]?.stringValue)
        _ = try f.query("DELETE FROM clients WHERE pseudonym = '\(issued)'", write: true)
        let reused = try f.lotse(new + [issued], as: f.clara)
        #expect(reused.status == 65)
        #expect(reused.stderr.hasPrefix("lotse: --pseudonym: \(issued) was issued before"), "\(reused.stderr)")
        // A number never issued is free.
        #expect(try f.lotse(new + ["K-2031-0005"], as: f.clara).status == 0)
    }
}
