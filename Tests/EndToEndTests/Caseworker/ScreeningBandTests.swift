import Foundation
import LotseVarlink
import Testing

/// `lotse screen` with both shipped instruments at every band edge, end to end; and a
/// misconfigured instrument refused when the daemon loads its configuration.
@Suite struct ScreeningBandTests {
    /// Answers for screen15: `sum` spread over items 1–14 (0–4 each), item 15 = `thermometer`.
    static func screen15(sum: Int, thermometer: Int) -> String {
        var left = sum
        var answers: [Int] = []
        for _ in 1...14 {
            let value = min(4, left)
            answers.append(value)
            left -= value
        }
        return (answers + [thermometer]).map(String.init).joined(separator: ",")
    }

    /// Answers for yesno10 with `yes` yes answers.
    static func yesno10(yes: Int) -> String {
        (0..<10).map { $0 < yes ? "1" : "0" }.joined(separator: ",")
    }

    @Test func bothShippedInstrumentsScoreEveryBandEdgeThroughTheCLI() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        // (instrument, answers, score, band, positive, by item rule, urgency)
        let cases: [(String, String, Int64, String, Bool, Bool, String)] = [
            ("screen15", Self.screen15(sum: 0, thermometer: 0), 0, "negative", false, false, "routine"),
            ("screen15", Self.screen15(sum: 11, thermometer: 4), 11, "negative", false, false, "routine"),
            ("screen15", Self.screen15(sum: 11, thermometer: 5), 11, "negative", true, true, "elevated"),
            ("screen15", Self.screen15(sum: 12, thermometer: 0), 12, "positive", true, false, "elevated"),
            ("screen15", Self.screen15(sum: 56, thermometer: 10), 56, "positive", true, false, "elevated"),
            ("yesno10", Self.yesno10(yes: 0), 0, "low", false, false, "routine"),
            ("yesno10", Self.yesno10(yes: 3), 3, "low", false, false, "routine"),
            ("yesno10", Self.yesno10(yes: 4), 4, "medium", true, false, "elevated"),
            ("yesno10", Self.yesno10(yes: 7), 7, "medium", true, false, "elevated"),
            ("yesno10", Self.yesno10(yes: 8), 8, "high", true, false, "high"),
            ("yesno10", Self.yesno10(yes: 10), 10, "high", true, false, "high"),
        ]
        for (instrument, answers, score, band, positive, byRule, urgency) in cases {
            let reply = try f.json(["screen", client, "--instrument", instrument, "--answers", answers, "--no-acute-risk"], as: f.anna)
            let result = reply["screening"]?["result"]
            #expect(result?["score"]?.integerValue == score, "\(instrument) \(answers)")
            #expect(result?["band"]?.stringValue == band, "\(instrument) \(answers)")
            #expect(result?["positive"]?.boolValue == positive, "\(instrument) \(answers)")
            #expect(result?["positiveByItemRule"]?.boolValue == byRule, "\(instrument) \(answers)")
            #expect(result?["urgency"]?.stringValue == urgency, "\(instrument) \(answers)")
        }
        // Stored in their own table, readable by the caseworker and the coordinator.
        #expect(try f.query("SELECT count(*) FROM screenings") == String(cases.count))
        #expect(try f.json(["screen", "history", client], as: f.clara)["screenings"]?.arrayValue?.count == cases.count)
        let human = try f.lotse(["screen", client, "--instrument", "yesno10", "--answers", Self.yesno10(yes: 8), "--no-acute-risk"],
                                as: f.anna, german: true)
        #expect(human.stdout == "Screening \(cases.count + 1) für \(client) (yesno10): 8 Punkte, Band hoch, positiv → Dringlichkeit hoch\n")
    }

    @Test func wrongAnswersAreRefusedNamingTheItemAndNothingIsStored() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let before = try f.dump()
        let outOfRange = try f.lotse(["screen", client, "--instrument", "screen15", "--answers",
                                      Self.screen15(sum: 3, thermometer: 11), "--no-acute-risk"], as: f.anna)
        #expect(outOfRange.status == 65)
        #expect(outOfRange.stderr == "lotse: --answers: item 15: 11 is outside 0–10.\n")
        let tooFew = try f.lotse(["screen", client, "--instrument", "yesno10", "--answers", "1,0,1", "--no-acute-risk"], as: f.anna)
        #expect(tooFew.status == 65)
        #expect(tooFew.stderr == "lotse: --answers: yesno10 has 10 items, but 3 answers were given.\n")
        let unknown = try f.lotse(["screen", client, "--instrument", "phq9", "--answers", "1", "--no-acute-risk"], as: f.anna, german: true)
        #expect(unknown.status == 65)
        #expect(unknown.stderr == "lotse: --instrument: „phq9“ ist kein konfiguriertes Instrument (screen15, yesno10).\n")
        #expect(try f.dump() == before)
    }

    @Test func aBandGapOrOverlapKeepsTheDaemonFromStartingAndNamesFileAndLine() throws {
        let harness = try DaemonHarness()
        for (bands, expected) in [("band.low = 0-3, routine, negative\nband.high = 5-10, high, positive", "gap"),
                                  ("band.low = 0-4, routine, negative\nband.high = 4-10, high, positive", "overlap")] {
            let text = harness.configText() + "\n[instrument.broken]\nitems = 10\nscoring = count-yes\n" + bands + "\n"
            try harness.writeConfig(text)
            let lineNumber = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("band.high") }.map { $0 + 1 } ?? 0
            let output = try harness.runDaemonToCompletion(arguments: ["--config", harness.configPath])
            #expect(output.status == 78, "\(expected)")
            #expect(output.stderr.contains("\(harness.configPath):\(lineNumber)"), "\(expected): \(output.stderr)")
        }
    }

    @Test func aReloadWithAnOverlappingBandIsRefusedAndTheOldInstrumentsStay() throws {
        let f = try CaseworkFixture()
        let client = try f.clientWithConsent(for: f.anna)
        let good = try String(contentsOfFile: f.daemon.configPath, encoding: .utf8)
        let broken = good.replacingOccurrences(of: "band.medium = 4-7, elevated, positive", with: "band.medium = 3-7, elevated, positive")
        #expect(broken != good)
        try f.daemon.writeConfig(broken)
        let line = broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("band.medium") }.map { $0 + 1 } ?? 0
        let reload = try f.daemon.runLotse(["admin", "reload"])
        #expect(reload.status == 78)
        #expect(reload.stderr.contains("\(f.daemon.configPath):\(line)"), "\(reload.stderr)")
        let screened = try f.json(["screen", client, "--instrument", "yesno10", "--answers", Self.yesno10(yes: 3), "--no-acute-risk"], as: f.anna)
        #expect(screened["screening"]?["result"]?["band"] == "low")
    }
}
