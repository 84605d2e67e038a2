import Foundation
import LotseCLI
import LotseCore
import LotseTestSupport
import Testing

/// The installed documentation and configuration cannot drift from the code: the keys
/// of lotse.conf(5) and of the packaged lotse.conf are compared with the keys the parser
/// really reads (`Configuration.keyCatalogue` runs the section parsers), the options of
/// lotsed(8) with `lotsed --help`, and lotse(1) is made from the command declarations.
/// Each failure says what to add where.
@Suite struct InstallationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let packaging = root.appendingPathComponent("Config/packaging")

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: packaging.appendingPathComponent(relative), encoding: .utf8)
    }

    /// `\-` and font escapes out, quotes removed: the words of a roff request line.
    static func roffWords(_ line: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var hadQuotes = false
        for character in line.replacingOccurrences(of: "\\-", with: "-").replacingOccurrences(of: "\\&", with: "") {
            if character == "\"" { quoted.toggle(); hadQuotes = true; continue }
            if character == " " && !quoted {
                if !current.isEmpty || hadQuotes { words.append(current) }
                current = ""; hadQuotes = false
                continue
            }
            current.append(character)
        }
        if !current.isEmpty || hadQuotes { words.append(current) }
        return words
    }

    /// A documented key with its placeholders (upper-case words such as ID, N, CODE)
    /// turned into `*`: `quota.ID` → `quota.*`, `CODE.de` → `*.de`.
    static func pattern(_ key: String) -> String {
        var result = ""
        var inPlaceholder = false
        for character in key {
            if character.isUppercase {
                if !inPlaceholder { result.append("*") }
                inPlaceholder = true
            } else {
                inPlaceholder = false
                result.append(character)
            }
        }
        return result
    }

    /// The keys lotse.conf(5) lists per section: `.TP` then `.B key` / `.BI prefix. PLACEHOLDER`.
    static func manualKeys() throws -> [String: [String]] {
        var keys: [String: [String]] = [:]
        var section: String?
        var previous: Substring = ""
        for line in try text("man/lotse.conf.5").split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(".SH") { section = nil }
            if line.hasPrefix(".SS ") {
                let name = roffWords(line.dropFirst(4)).joined(separator: " ")
                section = name.hasPrefix("[") && name.hasSuffix("]") ? String(name.dropFirst().dropLast()) : nil
            }
            if let section, previous == ".TP", line.hasPrefix(".B ") || line.hasPrefix(".BI ") {
                let words = roffWords(line.drop(while: { $0 != " " }).dropFirst())
                keys[section, default: []].append(pattern(words.joined()))
            }
            previous = line
        }
        return keys
    }

    /// Whether a documented pattern stands for a key the code reads (a prefix family
    /// `p*` in the code covers documented `p…*…`).
    static func covers(_ codeKey: String, _ documented: String) -> Bool {
        if codeKey.hasSuffix("*") {
            let prefix = codeKey.dropLast()
            return documented.hasPrefix(prefix) && documented.dropFirst(prefix.count).contains("*")
        }
        return codeKey == documented
    }

    @Test func theConfigurationManualListsExactlyTheKeysTheParserReads() throws {
        let documented = try Self.manualKeys()
        let catalogue = Configuration.keyCatalogue
        #expect(catalogue.allSatisfy { !$0.keys.isEmpty }, "a section parser read no key in the probe: \(catalogue)")
        for (section, keys) in catalogue {
            let listed = documented[section] ?? []
            for key in keys where !listed.contains(where: { Self.covers(key, $0) }) {
                Issue.record("""
                    [\(section)] \(key) is read by the configuration parser but not documented. Add to \
                    Config/packaging/man/lotse.conf.5 under `.SS [\(section)]` the lines `.TP` and `.B \(key)` \
                    (a family as `.BI prefix. PLACEHOLDER`) with its meaning, default and range, and a commented \
                    `# \(key) = DEFAULT` line with the same facts in Config/packaging/lotse.conf.
                    """)
            }
            for entry in listed where !keys.contains(where: { Self.covers($0, entry) }) {
                Issue.record("""
                    lotse.conf(5) documents [\(section)] \(entry), which the parser does not read (it knows: \
                    \(keys.joined(separator: ", "))). Remove it from Config/packaging/man/lotse.conf.5 (and \
                    Config/packaging/lotse.conf), or make the parser read it.
                    """)
            }
        }
        let sections = Set(catalogue.map(\.section))
        for section in documented.keys where !sections.contains(section) {
            Issue.record("lotse.conf(5) has a section [\(section)] the parser does not know; remove it from Config/packaging/man/lotse.conf.5.")
        }
    }

    @Test func thePackagedConfigurationMentionsEveryKeyAndHoldsNoDemoData() throws {
        let text = try Self.text("lotse.conf")
        let lines = text.split(separator: "\n").map { $0.drop(while: { $0 == "#" || $0 == " " }) }
        for (section, keys) in Configuration.keyCatalogue {
            for key in keys where !key.hasSuffix("*") {
                let mentioned = lines.contains { $0.hasPrefix(key + " =") || $0.hasPrefix(key + "  ") }
                #expect(mentioned, """
                    [\(section)] \(key) is not in Config/packaging/lotse.conf: add a commented `# \(key) = DEFAULT` \
                    line with a comment saying what it does, its range and default (as in lotse.conf(5)).
                    """)
            }
        }
        #expect(!text.lowercased().contains("ludwigsburg"), "the packaged configuration must not carry the demo district")
        #expect(!text.contains("../"), "the packaged configuration must use absolute paths")
    }

    @Test func thePackagedConfigurationIsRefusedUntilTheDistrictIsNamed() throws {
        let text = try Self.text("lotse.conf")
        #expect(throws: ConfigurationError.self) {
            _ = try Configuration.parse(text, file: "/etc/lotse/lotse.conf", baseDirectory: "/etc/lotse")
        }
        do {
            _ = try Configuration.parse(text, file: "/etc/lotse/lotse.conf", baseDirectory: "/etc/lotse")
        } catch {
            #expect(error.section == "district" && error.key == "name", "\(error)")
        }
        let filled = text.replacingOccurrences(of: "\nname =\n", with: "\nname = Landkreis Musterstadt\n")
        let config = try Configuration.parse(filled, file: "/etc/lotse/lotse.conf", baseDirectory: "/etc/lotse")
        #expect(config.district.name == "Landkreis Musterstadt")
        #expect(config.mail.templateDirectory == "/usr/share/lotse/mail")
        #expect(config.mail.templateOverrideDirectory == "/etc/lotse/mail")
        #expect(config.daemon.socketPath == "/run/lotse/lotse.sock")
        #expect(config.daemon.databasePath == "/var/lib/lotse/lotse.db")
    }

    @Test func theDaemonManualListsExactlyTheOptionsOfLotsedHelp() throws {
        let help = try DaemonHarness.run(try DaemonHarness.binary(named: "lotsed"), ["--help"])
        #expect(help.status == 0)
        func options(_ text: some StringProtocol) -> Set<String> {
            var found: Set<String> = []
            for word in text.replacingOccurrences(of: "\\-", with: "-").split(whereSeparator: { !($0.isLetter || $0 == "-") })
            where word.hasPrefix("--") && word.count > 2 {
                found.insert(String(word))
            }
            return found
        }
        let page = try Self.text("man/lotsed.8")
        guard let start = page.range(of: "\n.SH OPTIONS\n"), let end = page.range(of: "\n.SH ", range: start.upperBound..<page.endIndex) else {
            Issue.record("Config/packaging/man/lotsed.8 has no OPTIONS section")
            return
        }
        let documented = options(page[start.upperBound..<end.lowerBound])
        let accepted = options(help.stdout + help.stderr).union(["--help"])
        for option in accepted.subtracting(documented) {
            Issue.record("lotsed accepts \(option) (lotsed --help) but lotsed(8) does not say so: add `.TP` and `.B \\-\\-\(option.dropFirst(2))` with its meaning under OPTIONS in Config/packaging/man/lotsed.8.")
        }
        for option in documented.subtracting(accepted) {
            Issue.record("lotsed(8) documents \(option), which `lotsed --help` does not list: remove it from Config/packaging/man/lotsed.8 or add it to DaemonCommandLine.options.")
        }
    }

    @Test func theManualPagesRenderWithoutWarnings() throws {
        guard let mandoc = ExternalTool.find("mandoc") else {
            ExternalTool.unavailable("mandoc is not installed (apt-get install mandoc)")
            return
        }
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let generated = try ExternalTool.run("/bin/bash", [Self.packaging.appendingPathComponent("make-lotse-man").path], in: directory)
        #expect(generated.status == 0, "\(generated.errorOutput)")
        let lotse1 = directory.appendingPathComponent("lotse.1")
        try Data(generated.output.utf8).write(to: lotse1)
        // The German page, made from the same declarations (installed as de/man1/lotse.1).
        let german = try ExternalTool.run("/bin/bash", [Self.packaging.appendingPathComponent("make-lotse-man").path, "de"], in: directory)
        #expect(german.status == 0 && german.output.contains(".SH BEFEHLE"), "\(german.errorOutput)")
        let lotse1de = directory.appendingPathComponent("lotse.de.1")
        try Data(german.output.utf8).write(to: lotse1de)
        for group in CommandTable.all {
            #expect(generated.output.contains("\n.SS \(group.name)\n"), "lotse(1) lacks the command \(group.name)")
            #expect(generated.output.contains("lotse \(group.name)"), "lotse(1) lacks the help of \(group.name)")
        }
        for page in [lotse1.path, lotse1de.path, Self.packaging.appendingPathComponent("man/lotsed.8").path,
                     Self.packaging.appendingPathComponent("man/lotse.conf.5").path] {
            let lint = try ExternalTool.run(mandoc, ["-T", "lint", "-W", "warning", page], in: directory)
            #expect(lint.status == 0 && lint.output.isEmpty && lint.errorOutput.isEmpty, "\(page): \(lint.output)\(lint.errorOutput)")
        }
        // groff (what `man` uses on Debian) warns where mandoc does not, e.g. of a line it
        // cannot break; the package check refuses any such warning, so this test does too.
        guard let man = ExternalTool.find("man") else {
            ExternalTool.unavailable("man is not installed (apt-get install man-db)")
            return
        }
        for page in [lotse1.path, lotse1de.path, Self.packaging.appendingPathComponent("man/lotsed.8").path,
                     Self.packaging.appendingPathComponent("man/lotse.conf.5").path] {
            let rendered = try ExternalTool.run(man, ["-l", page], in: directory)
            #expect(rendered.status == 0 && rendered.errorOutput.isEmpty, "man -l \(page): \(rendered.errorOutput)")
        }
    }

    /// Every option a command reads (`parsed.value("x")`, `.has("x")`, `.list("x")`) is one
    /// its declaration has: the parser refuses undeclared options, so reading one would be
    /// dead code or a misspelling. Files map to commands by their type (`FollowUpCommand` →
    /// `followup`); the specialist's session view belongs to `session`, the acute-risk
    /// questions to `screen` and `referral`.
    @Test func everyOptionACommandReadsIsDeclared() throws {
        let sources = Self.root.appendingPathComponent("Sources/LotseCLI")
        let owners: [String: [String]] = ["Specialist/SpecialistSessionView.swift": ["session"],
                                          "Casework/AcuteRiskQuestions.swift": ["screen", "referral"]]
        var files = owners
        for file in try FileManager.default.contentsOfDirectory(atPath: sources.appendingPathComponent("Commands").path)
        where file.hasSuffix("Command.swift") {
            files["Commands/" + file] = [String(file.dropLast("Command.swift".count)).lowercased()]
        }
        guard let regex = try? NSRegularExpression(pattern: #"\.(?:value|has|list)\("([a-z][a-z0-9-]*)"\)"#) else { return }
        var checked = 0
        for (file, commands) in files.sorted(by: { $0.key < $1.key }) {
            let source = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let names = regex.matches(in: source, range: NSRange(source.startIndex..., in: source)).compactMap {
                Range($0.range(at: 1), in: source).map { String(source[$0]) }
            }
            for command in commands {
                guard let spec = CommandTable.group(named: command)?.spec else { continue }
                let declared = Set(spec.verbs.flatMap { $0.options.map(\.name) })
                for name in names where !declared.contains(name) {
                    Issue.record("\(file) reads --\(name), which the declaration of lotse \(command) does not have (Sources/LotseCLI/Declarations)")
                }
                checked += names.count
            }
        }
        #expect(checked >= 30, "only \(checked) option reads were checked")
    }

    @Test func bashCompletionOffersEveryCommandItsVerbsAndOptions() throws {
        let binaries = (try DaemonHarness.binary(named: "lotse") as NSString).deletingLastPathComponent
        let script = """
            source '\(Self.packaging.appendingPathComponent("bash-completion/lotse").path)'
            complete -p lotse >/dev/null || exit 3
            COMP_WORDS=(lotse ''); COMP_CWORD=1; _lotse; echo "commands: ${COMPREPLY[*]}"
            COMP_WORDS=(lotse roster ''); COMP_CWORD=2; _lotse; echo "roster: ${COMPREPLY[*]}"
            COMP_WORDS=(lotse session add --sp); COMP_CWORD=3; _lotse; echo "options: ${COMPREPLY[*]}"
            COMP_WORDS=(lotse roster show ''); COMP_CWORD=3; _lotse; echo "months: ${COMPREPLY[*]}"
            """
        let result = try DaemonHarness.run("/bin/bash", ["-c", script], environment: ["PATH": binaries + ":/usr/bin:/bin"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = Dictionary(result.stdout.split(separator: "\n").compactMap { line -> (String, [String])? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].split(separator: " ").map(String.init))
        }, uniquingKeysWith: { first, _ in first })
        for group in CommandTable.all {
            #expect(lines["commands"]?.contains(group.name) == true, "completion lacks the command \(group.name): \(result.stdout)")
        }
        #expect(Set(lines["roster"] ?? []).isSuperset(of: ["plan", "pin", "approve", "publish", "show"]), "\(result.stdout)")
        #expect(lines["options"] == ["--specialist"], "\(result.stdout)")
        #expect((lines["months"] ?? []).count == 6, "\(result.stdout)")
    }

    @Test func aDatabaseWithANewerSchemaIsRefusedAndLeftAlone() throws {
        guard let sqlite = ExternalTool.find("sqlite3") else {
            ExternalTool.unavailable("sqlite3 is not installed (apt-get install sqlite3)")
            return
        }
        let daemon = try DaemonHarness()
        try daemon.makePrivateDatabaseDirectory()
        let made = try DaemonHarness.run(sqlite, [daemon.databasePath, "PRAGMA user_version = 999;"])
        chmod(daemon.databasePath, 0o600)
        #expect(made.status == 0, "\(made.stderr)")
        // The socket may be bound for a moment before the database is opened and refused.
        _ = try? daemon.start(timeout: 10)
        #expect(daemon.waitForExit(timeout: 10) == 78)
        #expect(daemon.log.contains("newer Lotse"), "\(daemon.log)")
        let after = try DaemonHarness.run(sqlite, [daemon.databasePath, "PRAGMA user_version;"])
        #expect(after.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "999")
    }
}
