import Foundation
import Testing

/// The CLI speaks to the daemon only through the generated typed requests and replies
/// (`Sources/LotseProtocol/Generated`): no method or error name is spelled out in its
/// sources, no call's parameters are put together as a dictionary by hand, no reply field
/// is read by its name, and no command words a daemon error itself (`DaemonErrors` does,
/// once). A field renamed in an
/// IDL then breaks the build instead of a call at run time.
@Suite struct CommandWireVocabularyTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Sources/LotseCLI").standardizedFileURL

    /// Every Swift file of the CLI with its text.
    static func files() throws -> [(name: String, text: String)] {
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var files: [(String, String)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            files.append((url.path.replacingOccurrences(of: sources.path + "/", with: ""), try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The lines of the CLI matching `pattern`, as `file:line: text`.
    static func lines(matching pattern: String) throws -> [String] {
        let expression = try NSRegularExpression(pattern: pattern)
        var found: [String] = []
        for (name, text) in try files() {
            for (number, line) in text.components(separatedBy: "\n").enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("///") || trimmed.hasPrefix("//") { continue }
                let range = NSRange(line.startIndex..., in: line)
                if expression.firstMatch(in: line, range: range) != nil { found.append("\(name):\(number + 1): \(trimmed)") }
            }
        }
        return found
    }

    @Test func theCLIFilesAreFound() throws {
        #expect(try Self.files().count > 40)
    }

    @Test func noMethodOrErrorNameIsSpelledOut() throws {
        let found = try Self.lines(matching: #""org\.(lotse|varlink)\.[A-Za-z]"#)
        #expect(found.isEmpty, "literal method or error names in the CLI:\n\(found.joined(separator: "\n"))")
    }

    @Test func noCallsParametersAreBuiltAsADictionary() throws {
        // A literal key mapped to a JSON value, a `[String: JSONValue]` filled by key, or a
        // call by method name: each the shape of a hand-made request.
        // The one JSON object the CLI writes of its own is not a call: the failure report of
        // `--json` (error, exit, language, message) on standard error.
        let found = try Self.lines(matching: #"("[A-Za-z]+": \.(string|integer|bool|array|object|double)\()|(\[String: JSONValue\] = \[[^:\]])|(parameters\["[A-Za-z]+"\] = )|(\.call\("[A-Za-z])"#)
            .filter { !$0.hasPrefix("Client/ClientOptions.swift:") || !$0.contains("let failure: JSONValue = [\"error\":") }
        #expect(found.isEmpty, "call parameters built by hand in the CLI:\n\(found.joined(separator: "\n"))")
    }

    @Test func noReplyFieldIsReadByItsName() throws {
        // Replies are read as their typed reply (`answer.reply.roster.month`); a member read
        // by a string key is a field the IDL could rename under it. An error's parameters
        // are read in DaemonErrors alone.
        let found = try Self.lines(matching: #"\["[A-Za-z]+"\]\??(\.(stringValue|integerValue|boolValue|arrayValue|objectValue|doubleValue|isNull)|\[)|parameters\["#)
            .filter { !$0.hasPrefix("Client/DaemonErrors.swift:") }
        #expect(found.isEmpty, "reply fields read by name in the CLI:\n\(found.joined(separator: "\n"))")
    }

    @Test func noCommandWordsADaemonErrorItself() throws {
        // Matching on an error's name belongs to DaemonErrors alone.
        let found = try Self.lines(matching: #"error\.name|VarlinkError\)\s*->\s*ClientFailure"#)
            .filter { !$0.hasPrefix("Client/DaemonErrors.swift:") }
        #expect(found.isEmpty, "error wording outside DaemonErrors:\n\(found.joined(separator: "\n"))")
    }
}
