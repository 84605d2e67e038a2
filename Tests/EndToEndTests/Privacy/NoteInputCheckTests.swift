import Foundation
import LotseCore
import Testing

/// What a caseworker types is kept exactly or refused: a note file saved as Latin-1 (not
/// UTF-8) is refused instead of being stored with its umlauts garbled, and screening
/// answers with an empty place ("1,,0", a comma at the end) are refused instead of
/// shifting the following answers onto the wrong items.
@Suite struct NoteInputCheckTests {
    @Test func aLatinOneNoteOnStandardInputIsRefusedAndNothingIsStored() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let lotse = try DaemonHarness.binary(named: "lotse")
        // "Schlafstörung" in Latin-1: ö is the single byte 0xF6.
        let command = "printf 'Schlafst\\366rung\\n' | /usr/bin/setpriv --reuid=\(f.anna.uid) --regid=\(f.anna.gid) --clear-groups "
            + "\(lotse) referral submit --client \(client) --kind assessment --language de --urgency routine --no-acute-risk "
            + "--urgency-reason Erstgespräch --note - --socket \(f.daemon.socketPath)"
        let output = try DaemonHarness.run("/bin/sh", ["-c", command], environment: ["LANG": "de_DE.UTF-8"])
        #expect(output.status == 65, "\(output.stdout) \(output.stderr)")
        #expect(output.stderr.contains("--note -: die Standardeingabe ist kein UTF-8-Text"), "\(output.stderr)")
        #expect(try f.query("SELECT count(*) FROM referrals") == "0")
    }

    @Test func screeningAnswersWithAnEmptyPlaceAreRefusedNamingIt() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let before = try f.query("SELECT count(*) FROM screenings")
        let gap = try f.lotse(["screen", client, "--instrument", "yesno10", "--no-acute-risk", "--answers", "1,,0,0,0,0,0,0,0,0"], as: f.anna)
        #expect(gap.status == 65 && gap.stderr.contains("answer 2 is missing"), "\(gap.stderr)")
        let trailing = try f.lotse(["screen", client, "--instrument", "yesno10", "--no-acute-risk", "--answers", "1,0,0,0,0,0,0,0,0,0,"],
                                   as: f.anna, german: true)
        #expect(trailing.status == 65 && trailing.stderr.contains("Antwort 11 fehlt"), "\(trailing.stderr)")
        #expect(try f.query("SELECT count(*) FROM screenings") == before)
    }
}
