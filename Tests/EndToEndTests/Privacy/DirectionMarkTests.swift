import Foundation
import LotseCore
import Testing

/// Invisible direction marks (U+202E and the isolates U+2066–U+2069, U+200E/U+200F) were
/// accepted in notes and printed raw, so the next reader's terminal showed the rest of the
/// line reversed. They are refused like control characters, naming the field, and nothing
/// is stored.
@Suite struct DirectionMarkTests {
    @Test func aNoteOrTitleWithADirectionMarkIsRefusedNamingTheFieldAndNothingIsStored() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let submit = ["referral", "submit", "--client", client, "--kind", "assessment", "--language", "de", "--urgency", "routine",
                      "--urgency-reason", "Erstgespräch", "--no-acute-risk", "--note"]
        for mark in ["\u{202E}", "\u{2066}", "\u{2069}", "\u{200F}"] {
            let refused = try f.lotse(submit + ["keine Gefahr\(mark)rhafeG"], as: f.anna)
            #expect(refused.status == 65)
            #expect(refused.stderr.hasPrefix("lotse: --note: contains control characters (or invisible direction marks such as U+202E)"),
                    "\(refused.stderr)")
        }
        let german = try f.lotse(submit + ["a\u{202E}b"], as: f.anna, german: true)
        #expect(german.stderr.contains("enthält Steuerzeichen (oder unsichtbare Richtungszeichen wie U+202E)"), "\(german.stderr)")
        #expect(try f.query("SELECT count(*) FROM referrals") == "0")
        let goal = try f.lotse(["helpplan", "goal", "add", client, "--domain", "language", "--title", "Kurs\u{2067}B1"], as: f.anna)
        #expect(goal.status == 65)
        #expect(goal.stderr.contains("title: contains control characters"), "\(goal.stderr)")
        // Right-to-left script itself is fine.
        #expect(try f.lotse(submit + ["مرحبا"], as: f.anna).status == 0)
    }
}
