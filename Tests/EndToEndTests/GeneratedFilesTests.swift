import Foundation
import LotseCLI
import LotseTestSupport
import Testing

/// The files made from the command declarations and kept in the repository — lotse(1) and
/// the bash completion — are what the declarations make today, and the completion
/// completes (InstallationTests renders the page with mandoc). After changing a declaration:
/// `LOTSE_REGENERATE=1 swift test --filter GeneratedFilesTests`.
@Suite struct GeneratedFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let manualPath = "Config/packaging/man/lotse.1"
    static let germanManualPath = "Config/packaging/man/de/lotse.1"
    static let completionPath = "Config/packaging/bash-completion/lotse"

    static func manual() throws -> String {
        let template = try String(contentsOf: root.appendingPathComponent("Config/packaging/man/lotse.1.in"), encoding: .utf8)
        return ManualPage.render(template: template, commands: CommandTable.specs)
    }

    /// lotse(1) in German: its own template, the same declarations in German.
    static func germanManual() throws -> String {
        let template = try String(contentsOf: root.appendingPathComponent("Config/packaging/man/de/lotse.1.in"), encoding: .utf8)
        return ManualPage.render(template: template, commands: CommandTable.specs, language: .german)
    }

    /// Compares the stored file with `content` (and rewrites it first when asked to).
    func expectCurrent(_ path: String, _ content: String) throws {
        let url = Self.root.appendingPathComponent(path)
        if ProcessInfo.processInfo.environment["LOTSE_REGENERATE"] == "1" { try Data(content.utf8).write(to: url) }
        let stored = try String(contentsOf: url, encoding: .utf8)
        #expect(stored == content, "\(path) is not what the declarations make: LOTSE_REGENERATE=1 swift test --filter GeneratedFilesTests")
    }

    @Test func theManualPageIsWhatTheDeclarationsMake() throws {
        let page = try Self.manual()
        try expectCurrent(Self.manualPath, page)
        for command in CommandTable.specs {
            #expect(page.contains(".SS \(command.name)\n"))
            for verb in command.verbs {
                for option in verb.options { #expect(page.contains("\\fB\\-\\-" + option.name.replacingOccurrences(of: "-", with: "\\-") + "\\fR")) }
            }
        }
        #expect(!page.contains("@COMMANDS@") && !page.contains("@VERSION@") && page.contains("@DATE@"))
    }

    /// The German page is made from the same declarations, and it reads German: no
    /// English sentence outside its examples (the word lists of `ForeignWords`).
    @Test func theGermanManualPageIsWhatTheDeclarationsMakeInGerman() throws {
        let page = try Self.germanManual()
        try expectCurrent(Self.germanManualPath, page)
        for command in CommandTable.specs {
            #expect(page.contains(".SS \(command.name)\n"))
        }
        #expect(page.contains(".SH BEFEHLE\n") && page.contains("@DATE@") && !page.contains("@COMMANDS@"))
        #expect(page.contains("ein Monat zum Ausprobieren mit einem privaten Dienst"))
        let text = page.split(separator: "\n").filter { !$0.hasPrefix(".\\\"") && !$0.hasPrefix("lotse ") && !$0.hasPrefix("\\fBlotse ") }
            .joined(separator: "\n").replacingOccurrences(of: "\\-", with: "-")
        let english = ForeignWords.englishIn(german: text)
        #expect(english.isEmpty, "English in the German lotse(1):\n\(english.joined(separator: "\n"))")
    }

    @Test func theBashCompletionIsWhatTheDeclarationsMake() throws {
        try expectCurrent(Self.completionPath, BashCompletion.render(commands: CommandTable.specs))
    }

    /// What the completion offers after `words` (the last one being completed).
    func complete(_ words: [String]) throws -> [String] {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
        let script = """
        source '\(Self.root.appendingPathComponent(Self.completionPath).path)'
        COMP_WORDS=(lotse \(quoted)); COMP_CWORD=\(words.count)
        _lotse
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        let result = try ExternalTool.run("/bin/bash", ["-c", script], in: directory)
        #expect(result.status == 0, "\(result.errorOutput)")
        return result.output.split(separator: "\n").map(String.init).sorted()
    }

    func expectCompletion(_ words: [String], _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let offered = try complete(words)
        #expect(offered == expected, "lotse \(words.joined(separator: " ")): \(offered)", sourceLocation: sourceLocation)
    }

    @Test func theCompletionOffersCommandsVerbsOptionsAndValues() throws {
        try expectCompletion(["ro"], ["roster"])
        try expectCompletion(["--config", "/etc/lotse.conf", "adm"], ["admin"])
        try expectCompletion(["admin", ""], ["backup", "purge", "reload", "status"])
        try expectCompletion(["helpplan", "goal", ""], ["add", "update"])
        try expectCompletion(["client", "consent", "K-2026-0001", "--wi"], ["--withdraw"])
        try expectCompletion(["mail", "outbox", "--state", "f"], ["failed"])
        try expectCompletion(["roster", "show", "2027-01", "--format", ""], ["csv", "html", "ics", "json"])
        try expectCompletion(["helpplan", "goal", "add", "K-2026-0001", "--domain", "ho"], ["housing"])
        try expectCompletion(["helpplan", "goal", "add", "K-2026-0001", "--domain", "s"], ["school-and-education", "schule-und-bildung", "sprache"])
        try expectCompletion(["followup", "reassign", "3", "c"], ["caseworker", "coordinator"])
        try expectCompletion(["help", "se"], ["session"])
        try expectCompletion(["report", "--for"], ["--format"])
    }
}
