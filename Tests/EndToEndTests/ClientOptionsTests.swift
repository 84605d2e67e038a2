import LotseCLI
import Testing

/// The CLI's common options and socket discovery, in-process.
@Suite struct ClientOptionsTests {
    @Test func takesItsOptionsOutWhereverTheyStandAndLeavesTheRest() throws {
        for words in [["--json", "--socket", "/s", "admin", "backup", "--config=/c", "x"],
                      ["admin", "--socket=/s", "backup", "x", "--json", "--config", "/c"]] {
            guard case .run(let parsed) = try CommandLineParser.parse(words, commands: CommandTable.specs).get() else {
                Issue.record("\(words) not read as a command to run")
                continue
            }
            #expect(parsed.connection.json)
            #expect(parsed.connection.socket == "/s")
            #expect(parsed.connection.config == "/c")
            #expect(parsed.verb.words == ["backup"])
            #expect(parsed.options.operands == ["x"])
        }
    }

    @Test func aMissingValueIsAUsageError() {
        for words in [["admin", "status", "--socket"], ["--socket", "--json", "admin", "status"]] {
            guard case .failure(let failure) = CommandLineParser.parse(words, commands: CommandTable.specs) else {
                Issue.record("accepted --socket without a value: \(words)")
                continue
            }
            #expect(failure.exitCode == .usage)
            #expect(failure.english == "--socket needs a value.")
        }
    }

    @Test func socketPathPrecedenceIsOptionThenEnvironmentThenConfiguration() throws {
        var options = ClientOptions()
        options.socket = "/from/option"
        #expect(try DaemonConnection.socketPath(options: options, environment: ["LOTSE_SOCKET": "/from/env"]).get() == "/from/option")
        #expect(try DaemonConnection.socketPath(options: ClientOptions(), environment: ["LOTSE_SOCKET": "/from/env"]).get() == "/from/env")
        var withConfig = ClientOptions()
        withConfig.config = "/nonexistent/lotse.conf"
        guard case .failure(let failure) = DaemonConnection.socketPath(options: withConfig, environment: [:]) else {
            Issue.record("an unreadable --config was accepted")
            return
        }
        #expect(failure.exitCode == .configuration)
        // The reason is said, in both languages.
        #expect(failure.english == "Cannot read the configuration /nonexistent/lotse.conf: No such file or directory.")
        #expect(failure.german == "Die Konfiguration /nonexistent/lotse.conf kann nicht gelesen werden: Datei oder Verzeichnis nicht gefunden.")
        var directory = ClientOptions()
        directory.config = "/tmp"
        guard case .failure(let isDirectory) = DaemonConnection.socketPath(options: directory, environment: [:]) else {
            Issue.record("a directory as --config was accepted")
            return
        }
        #expect(isDirectory.english.hasSuffix(": Is a directory.") && isDirectory.german.hasSuffix(": ist ein Verzeichnis."))
    }
}
