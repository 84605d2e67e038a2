import Foundation
import Testing

/// `Config/glossary.md` fixes one German term per concept; these tests hold the German
/// text of the program, the mail templates and the README to it (#16 "one vocabulary").
@Suite struct GlossaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The avoided terms of the glossary's last column.
    static func avoided() throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("Config/glossary.md"), encoding: .utf8)
        return text.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| concept") }.flatMap { row -> [String] in
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 6 else { return [] }
            return cells[4].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    /// Whether `text` holds `term`: a word beginning with it for `Term*`, the whole word
    /// (or words) otherwise.
    static func contains(_ text: String, _ term: String) -> Bool {
        let prefix = term.hasSuffix("*")
        let needle = prefix ? String(term.dropLast()) : term
        var start = text.startIndex
        while let found = text.range(of: needle, range: start..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            let startsWord = !(before?.isLetter ?? false)
            let endsWord = prefix || !(after?.isLetter ?? false) || !(needle.last?.isLetter ?? true)
            if startsWord && endsWord { return true }
            start = found.upperBound
        }
        return false
    }

    /// The German string literals of a Swift file: `de: "…"` and the first argument of
    /// `pick("…", "…")`, interpolations included.
    static func germanLiterals(_ source: String) -> [String] {
        var result: [String] = []
        let chars = Array(source)
        var i = 0
        func literal(at index: Int) -> (String, Int) {
            var j = index + 1, depth = 0, text = ""
            while j < chars.count {
                let c = chars[j]
                if depth == 0 && c == "\"" { return (text, j + 1) }
                if c == "\\" && j + 1 < chars.count {
                    if chars[j + 1] == "(" { depth += 1 }
                    text.append(c); text.append(chars[j + 1]); j += 2; continue
                }
                if depth > 0 && c == "(" { depth += 1 }
                if depth > 0 && c == ")" { depth -= 1 }
                if c == "\n" { return (text, j) }
                text.append(c); j += 1
            }
            return (text, j)
        }
        while i < chars.count {
            var opening: Int?
            for marker in ["de: \"", "pick(\""] where i + marker.count <= chars.count && String(chars[i..<(i + marker.count)]) == marker {
                opening = i + marker.count - 1
            }
            if let opening {
                let (text, next) = literal(at: opening)
                result.append(text)
                i = next
            } else {
                i += 1
            }
        }
        return result
    }

    /// Every German text the glossary governs, with where it is.
    static func germanTexts() throws -> [(place: String, text: String)] {
        var texts: [(String, String)] = []
        let manager = FileManager.default
        let sources = root.appendingPathComponent("Sources")
        for case let path as String in manager.enumerator(atPath: sources.path) ?? NSEnumerator() where path.hasSuffix(".swift") {
            let source = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            texts += germanLiterals(source).map { ("Sources/\(path)", $0) }
        }
        let mail = root.appendingPathComponent("Config/mail/de")
        for name in try manager.contentsOfDirectory(atPath: mail.path) where name.hasSuffix(".txt") {
            texts.append(("Config/mail/de/\(name)", try String(contentsOf: mail.appendingPathComponent(name), encoding: .utf8)))
        }
        // The German manual page: every German help text of the command line, generated.
        let manual = root.appendingPathComponent("Config/packaging/man/de/lotse.1")
        texts.append(("Config/packaging/man/de/lotse.1", try String(contentsOf: manual, encoding: .utf8)))
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        if let start = readme.range(of: "### Einwilligung") {
            let rest = readme[start.lowerBound...]
            let end = rest.dropFirst(3).range(of: "\n## ")?.lowerBound ?? rest.endIndex
            texts.append(("README.md (German section)", String(rest[..<end])))
        }
        return texts
    }

    @Test func theGlossaryNamesAvoidedTermsAndTheMatcherTellsWordsApart() throws {
        let avoided = try Self.avoided()
        #expect(avoided.contains("Überweis*") && avoided.contains("Dolmetsch") && avoided.contains("normal"), "\(avoided)")
        #expect(Self.contains("3 Überweisungen warten", "Überweis*"))
        #expect(Self.contains("Überweist einen Fall", "Überweis*"))
        #expect(Self.contains("Tigrinya (Dolm.)", "Dolm."))
        #expect(Self.contains("Legt eine:n Klient:in an", "eine:n"))
        #expect(!Self.contains("Benutzername", "Benutzer"))
        #expect(!Self.contains("mit Dolmetschung", "Dolmetsch"))
        #expect(Self.contains("Arabisch + Dolmetsch", "Dolmetsch"))
        #expect(!Self.contains("Normalfall", "normal"))
        #expect(Self.germanLiterals(#"x(de: "a \(t(r["b"])) c", en: "x"); pick("Gemeinde", "M")"#) == [#"a \(t(r["b"])) c"#, "Gemeinde"])
    }

    @Test func germanTextUsesOnlyTheGlossarysTerms() throws {
        let avoided = try Self.avoided()
        let texts = try Self.germanTexts()
        #expect(texts.count > 500, "the scan found only \(texts.count) German texts")
        var found: [String] = []
        for (place, text) in texts {
            for term in avoided where Self.contains(text, term) { found.append("\(place): „\(term)“ in „\(text.prefix(120))“") }
        }
        #expect(found.isEmpty, "\(found.count) German texts use an avoided term:\n\(found.joined(separator: "\n"))")
    }
}
