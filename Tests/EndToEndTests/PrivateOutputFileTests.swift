import Foundation
import LotseCLI
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `-o FILE` writes health data (plans, rosters, reports): the file is its owner's alone
/// whatever the umask, replaced whole, and a failure says why.
@Suite(.serialized) struct PrivateOutputFileTests {
    static let problem = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("LotseCoreTests/Fixtures/plan/tiny-5x3.json").path

    func run(_ arguments: [String], _ lang: String = "C.UTF-8") -> (ExitCode, CapturingTerminal) {
        let terminal = CapturingTerminal()
        let context = CommandContext(arguments: arguments, environment: ["LANG": lang, "LOTSE_SOCKET": "/nonexistent/lotse.sock"],
                                     terminal: terminal)
        return (LotseCommandLine.run(arguments: arguments, context: context), terminal)
    }

    @Test func aWrittenFileIsOnlyItsOwnersAndAFailureSaysWhy() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("plan.json").path
        let old = umask(0o022)
        defer { umask(old) }
        // An existing world-readable file is replaced by a private one.
        #expect(FileManager.default.createFile(atPath: output, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644]))
        #expect(run(["solve", Self.problem, "-o", output]).0 == .ok)
        let attributes = try FileManager.default.attributesOfItem(atPath: output)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect((try String(contentsOfFile: output, encoding: .utf8)).contains("lotse-plan/1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["plan.json"], "no temporary file left")

        let (exit, terminal) = run(["solve", Self.problem, "-o", directory.path + "/missing/plan.json"], "de_DE.UTF-8")
        #expect(exit == .cannotCreate)
        #expect(terminal.stderr.contains("kann nicht geschrieben werden: Datei oder Verzeichnis nicht gefunden"), "\(terminal.stderr)")
    }
}
