import Foundation
import LotseCLI
import LotseVarlink
import Testing

/// With `--json`, a failure is one JSON object on standard error (a stable code, the exit
/// status, the sentence in the reader's language), wherever the option stands and however
/// early the command fails; without it, the usual `lotse: …` sentence.
@Suite struct JSONErrorTests {
    func run(_ arguments: [String], _ lang: String) -> (ExitCode, String) {
        let terminal = CapturingTerminal()
        let context = CommandContext(arguments: arguments, environment: ["LANG": lang, "LOTSE_SOCKET": "/nonexistent/lotse.sock"],
                                     terminal: terminal)
        return (LotseCommandLine.run(arguments: arguments, context: context), terminal.stderr)
    }

    @Test(arguments: [
        (["--json", "frobnicate"], ExitCode.usage, "usage"),
        (["appointment", "cancel", "abc", "--reason", "x", "--json"], ExitCode.usage, "usage"),
        (["mail", "outbox", "--limit", "0", "--json"], ExitCode.dataError, "data-error"),
        (["admin", "status", "--json"], ExitCode.unavailable, "unavailable"),
    ])
    func aFailureUnderJSONIsOneJSONObjectInTheReadersLanguage(arguments: [String], code: ExitCode, name: String) throws {
        for (lang, language) in [("de_DE.UTF-8", "de"), ("C.UTF-8", "en")] {
            let (exit, stderr) = run(arguments, lang)
            #expect(exit == code)
            #expect(stderr.hasSuffix("\n") && stderr.filter { $0 == "\n" }.count == 1, "\(stderr)")
            let object = try JSONParser().parse(stderr.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(object["error"]?.stringValue == name)
            #expect(object["exit"]?.integerValue == Int64(code.rawValue))
            #expect(object["language"]?.stringValue == language)
            let message: String = object["message"]?.stringValue ?? ""
            #expect(!message.isEmpty)
        }
        let plain = run(arguments.filter { $0 != "--json" }, "C.UTF-8").1
        #expect(plain.hasPrefix("lotse: "), "\(plain)")
    }
}
