import Foundation
import LotseTestSupport
import Testing

/// `lotse screen instruments` describes the configured instruments in the reader's
/// language: how they score, their bands and the extra item rule ("Wertung sum" and
/// "item 15" were English in German output). The instrument's title is the district's
/// own text from the configuration and is shown as written.
@Suite struct ScreenInstrumentsLanguageTests {
    @Test func theInstrumentsAreDescribedInGermanAndInEnglish() throws {
        let f = try CaseworkFixture()
        let german = try f.lotse(["screen", "instruments"], as: f.anna, german: true)
        let english = try f.lotse(["screen", "instruments"], as: f.anna, german: false)
        #expect(german.status == 0 && english.status == 0, "\(german.stderr) \(english.stderr)")
        #expect(german.stdout.contains("  15 Fragen, gewertet als Summe der Antworten auf Fragen 1–14\n"), "\(german.stdout)")
        #expect(german.stdout.contains("  10 Fragen, gewertet als Zahl der Ja-Antworten\n"), "\(german.stdout)")
        #expect(german.stdout.contains("  Band „positiv“ (band.positive): 12–56 → erhöht, positiv\n"), "\(german.stdout)")
        #expect(german.stdout.contains("  positiv auch bei Frage 15 ≥ 5\n"), "\(german.stdout)")
        #expect(english.stdout.contains("  15 items, scored as the sum of the answers to items 1–14\n"), "\(english.stdout)")
        #expect(english.stdout.contains("  also positive if item 15 ≥ 5\n"), "\(english.stdout)")
        let titles = { (line: Substring) in !line.hasPrefix(" ") }
        #expect(ForeignWords.englishIn(german: german.stdout, skipping: titles).isEmpty, "\(german.stdout)")
        let described = german.stdout.split(separator: "\n").filter { $0.hasPrefix(" ") }.joined(separator: "\n")
        #expect(!described.contains("sum") && !described.contains("item "), "\(german.stdout)")
        #expect(ForeignWords.germanIn(english: english.stdout).isEmpty, "\(english.stdout)")
    }
}
