import Foundation
import LotseCore
import LotseVarlink
import Testing

/// Health notes stay out of the process list: any free-text option given as `-` reads
/// its text from standard input, so the note never stands among the arguments that
/// every local account can read while the command runs.
@Suite struct NoteFromStandardInputTests {
    @Test func aNoteGivenAsDashIsReadFromStandardInputAndOnlyOneOptionMayReadIt() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let submit = ["referral", "submit", "--client", client, "--kind", "assessment", "--language", "de", "--urgency", "routine",
                      "--no-acute-risk", "--json"]
        let note = "Schlafstörungen seit der Flucht\nRückzug, Albträume"
        let output = try f.daemon.runLotse(submit + ["--urgency-reason", "Erstgespräch", "--note", "-"], as: f.anna, input: note + "\n")
        #expect(output.status == 0, "\(output.stderr)")
        let reply = try JSONParser().parse(output.stdout)
        #expect(reply["referral"]?["note"]?.stringValue == note)
        #expect(try f.query("SELECT note FROM referrals") == note)

        // Two options cannot both read standard input: refused before anything is sent.
        let twice = try f.daemon.runLotse(submit + ["--urgency-reason", "-", "--note", "-"], as: f.anna, input: "x\n")
        #expect(twice.status == 64)
        #expect(twice.stderr.contains("only one option can read its text from standard input"), "\(twice.stderr)")
        let german = try f.daemon.runLotse(submit + ["--urgency-reason", "-", "--note", "-"], as: f.anna,
                                           environment: ["LANG": "de_DE.UTF-8"], input: "x\n")
        #expect(german.stderr.contains("nur eine Option kann ihren Text von der Standardeingabe lesen"), "\(german.stderr)")
        #expect(try f.query("SELECT count(*) FROM referrals") == "1")

        // Empty input (the wrong file, a failed pipe) does not clear the note without a word.
        let empty = try f.daemon.runLotse(["referral", "update", "1", "--note", "-"], as: f.anna, environment: ["LANG": "de_DE.UTF-8"], input: "")
        #expect(empty.status == 65)
        #expect(empty.stderr == "lotse: --note -: die Standardeingabe ist leer; nichts wurde geändert (leeren mit --note \"\").\n", "\(empty.stderr)")
        #expect(try f.query("SELECT note FROM referrals") == note)

        // A pasted file far over any limit is refused as too large, not as a daemon gone.
        let huge = try f.daemon.runLotse(["referral", "update", "1", "--note", "-"], as: f.anna, environment: ["LANG": "de_DE.UTF-8"],
                                         input: String(repeating: "a", count: 2_000_000))
        #expect(huge.status == 65, "\(huge.stderr)")
        #expect(huge.stderr.hasPrefix("lotse: Die Angaben sind zu groß (1,9 MB;"), "\(huge.stderr)")
        #expect(try f.query("SELECT note FROM referrals") == note)

        // Help says how, in both languages.
        let help = try f.daemon.runLotse(["referral", "submit", "--help"])
        #expect(help.stdout.contains("Free text given as \"-\" is read from standard input (recommended for health notes:"))
        let hilfe = try f.daemon.runLotse(["referral", "submit", "--help"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(hilfe.stdout.contains("Freitext als „-“ wird von der Standardeingabe gelesen (empfohlen für Gesundheitsnotizen:"))
    }
}
