#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseTestSupport
import Testing

/// `lotsed` speaks the administrator's language: its help, its refusal of a bad command
/// line and of data open to others are German under `LANG=de_DE.UTF-8`, English else.
@Suite struct DaemonLanguageTests {
    func lotsed(_ arguments: [String], _ locale: String) throws -> ProcessOutput {
        try DaemonHarness.run(try DaemonHarness.binary(named: "lotsed"), arguments, environment: ["LANG": locale])
    }

    @Test func helpAndUsageErrorsFollowTheLocale() throws {
        let german = try lotsed(["--help"], "de_DE.UTF-8"), english = try lotsed(["--help"], "C.UTF-8")
        #expect(german.status == 0 && german.stdout.hasPrefix("Aufruf: lotsed"), "\(german.stdout)")
        #expect(ForeignWords.englishIn(german: german.stdout).isEmpty, "\(ForeignWords.englishIn(german: german.stdout))")
        #expect(ForeignWords.germanIn(english: english.stdout).isEmpty)
        // The same options in both.
        let options = { (text: String) in Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "[" || $0 == "]" })
            .filter { $0.hasPrefix("--") }) }
        #expect(options(german.stdout) == options(english.stdout))
        for arguments in [["--frobnicate"], ["--config"], ["--restore"], ["--demo-identities"]] {
            let de = try lotsed(arguments, "de_DE.UTF-8"), en = try lotsed(arguments, "C.UTF-8")
            #expect(de.status == 64 && en.status == 64)
            #expect(de.stderr != en.stderr && ForeignWords.englishIn(german: de.stderr).isEmpty, "\(de.stderr)")
            #expect(ForeignWords.germanIn(english: en.stderr).isEmpty, "\(en.stderr)")
        }
    }

    @Test func aDatabaseDirectoryOpenToOthersIsRefusedInTheLocalesLanguage() throws {
        let daemon = try DaemonHarness()
        let open = daemon.directory + "/open"
        try FileManager.default.createDirectory(atPath: open, withIntermediateDirectories: true)
        chmod(open, 0o755)
        try daemon.writeConfig(daemon.configText().replacingOccurrences(of: "database = db/lotse.db", with: "database = \(open)/lotse.db"))
        let de = try daemon.runDaemonToCompletion(arguments: ["--config", daemon.configPath], environment: ["LANG": "de_DE.UTF-8"])
        let en = try daemon.runDaemonToCompletion(arguments: ["--config", daemon.configPath], environment: ["LANG": "C.UTF-8"])
        #expect(de.status == 78 && en.status == 78, "\(de.stderr) \(en.stderr)")
        #expect(de.stderr.contains("lotsed startet nicht: \(open) ist offen für"), "\(de.stderr)")
        #expect(en.stderr.contains("lotsed refuses to start: \(open) is open to"), "\(en.stderr)")
        #expect(ForeignWords.englishIn(german: de.stderr).isEmpty, "\(de.stderr)")
    }
}
