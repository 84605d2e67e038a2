import Foundation
import LotseCore
import LotseTestSupport
import Testing

/// Issue 16: lotsed said why it could not start in English only ("lotsed cannot start: …"),
/// while its configuration refusals were already German on a German server. Each start-up
/// refusal reached here is told in the administrator's language, naming the path, with no
/// sentence of the other language.
@Suite struct DaemonStartupLanguageTests {
    static let german = ["LANG": "de_DE.UTF-8"]
    static let english = ["LANG": "C.UTF-8"]

    /// Runs a second lotsed beside `daemon` (or alone) and returns its stderr.
    static func refusal(_ daemon: DaemonHarness, _ environment: [String: String]) throws -> (status: Int32, text: String) {
        let run = try daemon.runDaemonToCompletion(arguments: ["--config", daemon.configPath], environment: environment)
        return (run.status, run.stderr)
    }

    static func check(_ text: String, german: Bool, naming path: String) {
        #expect(text.contains(path), "\(text)")
        if german {
            #expect(text.contains("lotsed startet nicht"), "\(text)")
            #expect(ForeignWords.englishIn(german: text, skipping: { $0.contains("/") }).isEmpty, "English in: \(text)")
        } else {
            #expect(text.contains("lotsed cannot start"), "\(text)")
            #expect(ForeignWords.germanIn(english: text).isEmpty, "German in: \(text)")
        }
    }

    @Test func aSecondDaemonIsRefusedInTheAdministratorsLanguage() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        for (environment, german) in [(Self.german, true), (Self.english, false)] {
            let (status, text) = try Self.refusal(daemon, environment)
            #expect(status != 0)
            Self.check(text, german: german, naming: daemon.socketPath)
            #expect(text.contains(german ? "läuft schon" : "already running"), "\(text)")
        }
        #expect(daemon.stop() == 0)
    }

    @Test func aForeignFileAtTheSocketIsRefusedInTheAdministratorsLanguage() throws {
        let daemon = try DaemonHarness()
        try FileManager.default.createDirectory(atPath: daemon.directory + "/run", withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: URL(fileURLWithPath: daemon.socketPath))
        for (environment, german) in [(Self.german, true), (Self.english, false)] {
            let (status, text) = try Self.refusal(daemon, environment)
            #expect(status != 0)
            Self.check(text, german: german, naming: daemon.socketPath)
            #expect(text.contains(german ? "kein Socket" : "is not a socket"), "\(text)")
        }
    }

    /// The log of a daemon on a German server speaks German from start to stop (it spoke
    /// English for its lifecycle: "serving on", "SIGTERM received", "stopped").
    @Test func theLogOfAGermanDaemonIsGermanFromStartToStop() throws {
        let daemon = try DaemonHarness(environment: Self.german)
        try daemon.start()
        #expect(daemon.stop() == 0)
        let log = daemon.log
        #expect(log.contains("bedient") && log.contains("SIGTERM empfangen") && log.contains("angehalten"), "\(log)")
        let lines = log.split(separator: "\n").map(String.init)
        let english = lines.flatMap { ForeignWords.englishIn(german: $0, skipping: { $0.contains("/") }) }
        #expect(english.isEmpty, "English in the German log: \(english)")
    }
}
