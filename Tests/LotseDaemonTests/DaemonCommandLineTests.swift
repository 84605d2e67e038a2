@testable import LotseDaemon
import LotseCore
import Testing

/// lotsed's help and parser come from one declaration.
@Suite struct DaemonCommandLineTests {
    @Test func everyDeclaredOptionIsInTheHelpOfBothLanguagesAndIsAccepted() {
        for language in MessageLanguage.allCases {
            let help = DaemonCommandLine.help(language)
            for option in DaemonCommandLine.options {
                #expect(help.contains("  " + option.name), "\(language): \(option.name)")
                let arguments = [option.name] + (option.value == nil ? [] : ["/tmp/x"])
                guard case .success = DaemonCommandLine.parse(arguments) else {
                    Issue.record("\(option.name) is declared but refused")
                    continue
                }
            }
            #expect(help.split(separator: "\n").allSatisfy { $0.count <= 88 }, "\(language): a help line is too long")
        }
        #expect(DaemonCommandLine.help(.de).hasPrefix("Aufruf: lotsed [--config PFAD]"))
        #expect(DaemonCommandLine.help(.en).hasPrefix("Usage: lotsed [--config PATH]"))
    }

    @Test func valuesAndActionsAreRead() throws {
        let line = try DaemonCommandLine.parse(["--config", "/etc/x.conf", "--debug", "--restore", "/b.db"]).get()
        #expect(line.configPath == "/etc/x.conf" && line.debug && line.restorePath == "/b.db" && line.action == .run)
        #expect(try DaemonCommandLine.parse(["-h"]).get().action == .help)
        #expect(try DaemonCommandLine.parse(["--version"]).get().action == .version)
    }

    @Test func anUnknownOptionOrAMissingValueIsRefusedInBothLanguages() {
        guard case .failure(let unknown) = DaemonCommandLine.parse(["--frob"]) else { Issue.record("accepted"); return }
        #expect(unknown.german == "unbekanntes Argument „--frob“; siehe lotsed --help")
        #expect(unknown.english == "unknown argument \"--frob\"; see lotsed --help")
        guard case .failure(let missing) = DaemonCommandLine.parse(["--config", "--debug"]) else { Issue.record("accepted"); return }
        #expect(missing.german == "--config verlangt einen Dateipfad" && missing.english == "--config needs a file path")
    }
}
