import Foundation
import LotseTestSupport
import Testing

/// Runs every `lotse` command in the README's `sh` code blocks with the built `lotse`,
/// through `/bin/sh` as a reader would paste it, so that the examples cannot drift from
/// the program again: a command that needs no daemon must succeed; every other one must
/// get as far as looking for the daemon (exit 69), which means its verb, options and
/// values were all accepted. `lotse demo` is left to `.ci/run`, which runs it first.
@Suite struct ReadmeCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The README's `sh` blocks as logical lines (continuations joined), split at ` ; `.
    static func commands() throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        var commands: [String] = []
        var inBlock = false
        var pending = ""
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.hasPrefix("```") {
                inBlock = !inBlock && line == "```sh"
                pending = ""
                continue
            }
            guard inBlock else { continue }
            if line.hasSuffix("\\") {
                pending += line.dropLast() + " "
                continue
            }
            let logical = pending + line
            pending = ""
            for part in logical.components(separatedBy: " ; ") {
                let command = part.trimmingCharacters(in: .whitespaces)
                if command.hasPrefix("lotse ") || command.hasPrefix(".build/debug/lotse ") { commands.append(command) }
            }
        }
        return commands
    }

    @Test func everyLotseCommandInTheReadmeIsAccepted() throws {
        let commands = try Self.commands()
        #expect(commands.count >= 20, "only \(commands.count) lotse commands found in the README's sh blocks: \(commands)")
        let binaries = (try DaemonHarness.binary(named: "lotse") as NSString).deletingLastPathComponent
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // `lotse solve problem.json` reads the exchange format: a small public sample.
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Tests/LotseCoreTests/Fixtures/plan/tiny-5x3.json"),
                                         to: directory.appendingPathComponent("problem.json"))
        var ran = 0
        for command in commands {
            let words = command.split(separator: " ")
            guard words.count > 1, words[1] != "demo" else { continue }
            let needsNoDaemon = words[1] == "solve" || words[1] == "help" || words.contains("--help") || words[1] == "--version"
            // Placeholders a reader replaces: the appointment number from `session today`.
            let line = command.replacingOccurrences(of: "APPOINTMENT", with: "1")
                .replacingOccurrences(of: ".build/debug/lotse ", with: "lotse ")
            // Comments stay: the shell drops them, as it does for the reader.
            let result = try DaemonHarness.run("/bin/sh", ["-c", "cd '\(directory.path)' && " + line], environment: [
                "PATH": binaries + ":/usr/bin:/bin",
                "LOTSE_SOCKET": directory.path + "/no-daemon.sock",
                "LOTSE_CONFIG": directory.path + "/no-such.conf",
            ])
            let expected: Int32 = needsNoDaemon ? 0 : 69
            #expect(result.status == expected, """
                README command `\(command)` exited \(result.status), expected \(expected) \
                (\(needsNoDaemon ? "it needs no daemon" : "only the daemon should be missing")): \(result.stderr)
                """)
            ran += 1
        }
        #expect(ran >= 20)
    }
}
