import Foundation
import LotseCLI
import LotseTestSupport
import Testing

/// `lotse solve` tells a coordinator what is wrong with a problem file in the coordinator's
/// language: every message of the format check and of the JSON parser, German in German,
/// English in English, each naming the field as the file spells it.
@Suite struct SolveLanguageTests {
    static let slot = #"{"id": "S1", "specialist": "sp", "start": "2026-12-01T09:00", "minutes": 60, "languages": ["de"], "kinds": ["assessment"]}"#
    static let referral = #"{"id": "R1", "caseworker": "cw", "municipality": "m", "kind": "assessment", "language": "de", "urgency": "high", "referredOn": "2026-11-01"}"#

    /// Files that break the format in every way the check words differently.
    static let broken: [String] = [
        "{\"format\": tru}",
        "{\"format\": \"lotse-plan/1\",\n \"month\": \"2026-12\", \"month\": \"2027-01\"}",
        "{\"a\": \"\\ud800\"}",
        "[1, 2",
        "[]",
        "{}",
        #"{"format": "lotse-plan/2", "month": "2026-13", "slots": {}, "referrals": 1, "quotas": [], "weights": 3}"#,
        #"{"format": "lotse-plan/1", "month": "2026-12", "quotas": {"": 1, "m": -1}, "weights": {"urgency": {"high": 1.5}, "latenessPerWeek": 2, "waitPerWeek": true, "extra": 1}, "slots": [1, {"id": "", "specialist": 3, "start": "2027-01-01T09:00", "minutes": 0, "languages": [""], "kinds": ["x"]}, {"id": "S", "specialist": "sp", "start": "x", "minutes": 60, "languages": ["de"], "kinds": 1}, {"id": "S", "specialist": "sp", "start": "2026-12-01T09:00", "minutes": 60, "languages": ["de"], "kinds": ["assessment"]}], "referrals": [1, {"id": "R", "caseworker": "", "municipality": "m", "kind": "x", "language": "de", "urgency": "acute", "referredOn": "2027-02-01", "preferredSpecialist": 1, "unavailableDates": ["1.12.2026"], "excludedSpecialists": [2], "priority": 1}, {"id": "R", "caseworker": "cw", "municipality": "m", "kind": "assessment", "language": "de", "urgency": "high", "referredOn": "x", "unavailableDates": 1}]}"#,
        #"{"format": "lotse-plan/1", "month": "2026-12", "weights": {"latenessPerWeek": {"routine": 3}}, "slots": [\#(slot)], "referrals": [\#(referral)]}"#,
    ]

    func solve(_ text: String, lang: String) throws -> (status: ExitCode, err: String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-solve-\(UUID().uuidString).json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let terminal = CapturingTerminal()
        let arguments = ["solve", path]
        let context = CommandContext(arguments: arguments, environment: ["LANG": lang, "LOTSE_SOCKET": "/nonexistent/lotse.sock"],
                                     terminal: terminal)
        return (LotseCommandLine.run(arguments: arguments, context: context), terminal.stderr)
    }

    @Test(arguments: broken)
    func everyMessageOfABrokenFileIsInTheUsersLanguage(_ text: String) throws {
        let german = try solve(text, lang: "de_DE.UTF-8")
        let english = try solve(text, lang: "C.UTF-8")
        #expect(german.status == .dataError && english.status == .dataError)
        #expect(german.err.contains("ist kein gültiges lotse-plan/1-Problem"), "\(german.err)")
        #expect(ForeignWords.englishIn(german: german.err).isEmpty, "\(ForeignWords.englishIn(german: german.err))")
        #expect(ForeignWords.germanIn(english: english.err).isEmpty, "\(ForeignWords.germanIn(english: english.err))")
        // One line per problem in both languages.
        #expect(german.err.split(separator: "\n").count == english.err.split(separator: "\n").count)
    }

    @Test func theJSONErrorNamesLineColumnAndByteInGerman() throws {
        let german = try solve("{\"format\": \"lotse-plan/1\",\n \"month\": 2026-12}", lang: "de_DE.UTF-8")
        #expect(german.err.hasSuffix("  Problem: kein gültiges JSON: „,“ oder „}“ erwartet in Zeile 2, Spalte 15 (Byte 41)\n"), "\(german.err)")
    }
}
