import Foundation
import LotseTestSupport
import Testing

/// `lotse demo` and the exports it writes speak one language: no English sentence with
/// `LANG=de_DE.UTF-8`, no German one with `LANG=C.UTF-8` (#16 "German first"), judged by
/// lists of function words (`ForeignWords`). The demo's mail table is left out: it lists
/// the subjects of mails written in each recipient's own language.
@Suite(.serialized) struct DemoLanguageTests {
    /// The visible text of an HTML page: without styles and tags.
    static func visibleText(_ html: String) -> String {
        var text = html
        while let start = text.range(of: "<style"), let end = text.range(of: "</style>", range: start.upperBound..<text.endIndex) {
            text.removeSubrange(start.lowerBound..<end.upperBound)
        }
        var result = ""
        var inTag = false
        for c in text {
            if c == "<" { inTag = true; result.append("\n"); continue }
            if c == ">" { inTag = false; continue }
            if !inTag { result.append(c) }
        }
        return result
    }

    /// Runs `lotse demo --keep` in `lang` and returns its output and the kept exports' texts.
    static func demo(_ lang: String) throws -> (stdout: String, exports: [String: String]) {
        let output = try DaemonHarness.run(try DaemonHarness.binary(named: "lotse"), ["demo", "--keep"], environment: ["LANG": lang])
        #expect(output.status == 0, "lotse demo failed: \(output.stderr)")
        let kept = output.stdout.split(separator: "\n").last.map(String.init) ?? ""
        let directory = kept.split(separator: " ").first { $0.contains("lotse-demo-") }.map { String($0) } ?? ""
        defer { if directory.contains("lotse-demo-") { try? FileManager.default.removeItem(atPath: directory) } }
        var exports: [String: String] = [:]
        for name in ["roster.html", "report.html", "roster.ics"] {
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            exports[name] = name.hasSuffix(".html") ? visibleText(text) : text
        }
        return (output.stdout, exports)
    }

    static func isMailRow(_ line: Substring) -> Bool { line.contains("@") }

    @Test func theGermanDemoAndItsExportsHoldNoEnglishSentence() throws {
        let (stdout, exports) = try Self.demo("de_DE.UTF-8")
        #expect(stdout.contains("optimal — kein besserer Plan möglich"), "\(stdout.prefix(600))")
        #expect(!stdout.contains("Zielwert") && !stdout.contains("Schranke"))
        var found = ForeignWords.englishIn(german: stdout, skipping: Self.isMailRow)
        for (name, text) in exports.sorted(by: { $0.key < $1.key }) {
            found += ForeignWords.englishIn(german: text).map { "\(name): \($0)" }
        }
        #expect(found.isEmpty, "English in German output:\n\(found.joined(separator: "\n"))")
    }

    @Test func theEnglishDemoAndItsExportsHoldNoGermanSentence() throws {
        let (stdout, exports) = try Self.demo("C.UTF-8")
        #expect(stdout.contains("optimal — no better plan possible"), "\(stdout.prefix(600))")
        var found = ForeignWords.germanIn(english: stdout, skipping: Self.isMailRow)
        for (name, text) in exports.sorted(by: { $0.key < $1.key }) {
            found += ForeignWords.germanIn(english: text).map { "\(name): \($0)" }
        }
        #expect(found.isEmpty, "German in English output:\n\(found.joined(separator: "\n"))")
    }
}
