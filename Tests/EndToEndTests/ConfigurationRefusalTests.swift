#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseTestSupport
import LotseVarlink
import Testing

/// A configuration that would leave the service useless is refused at start, by
/// `--check-config` and at reload (the old one stays); every reason is said.
@Suite struct ConfigurationRefusalTests {
    @Test func anEmptyFileOrOneWithoutRolesIsRefusedAtStartAndByCheckConfig() throws {
        let daemon = try DaemonHarness()
        for text in ["", "# only a comment\n\n", "[daemon]\nsocket = run/lotse.sock\ndatabase = db/lotse.db\n",
                     "[daemon]\nsocket = run/lotse.sock\n[roles]\n"] {
            try daemon.writeConfig(text)
            let start = try daemon.runDaemonToCompletion(arguments: ["--config", daemon.configPath])
            #expect(start.status == 78, "\(text): \(start.stderr)")
            #expect(start.stderr.contains("nobody could use Lotse"), "\(start.stderr)")
            let check = try daemon.runDaemonToCompletion(arguments: ["--check-config", "--config", daemon.configPath])
            #expect(check.status == 78)
            #expect(check.stderr.contains("lotse.conf"), "\(check.stderr)")
        }
        try daemon.writeConfig(daemon.configText())
        let good = try daemon.runDaemonToCompletion(arguments: ["--check-config", "--config", daemon.configPath])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(!FileManager.default.fileExists(atPath: daemon.socketPath), "--check-config must not start serving")
    }

    @Test func reloadToAnEmptyFileOrNoRolesKeepsTheOldConfiguration() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let before = try daemon.call("org.lotse.Admin.Status")["configuration"]
        for (round, text) in ["", "[daemon]\nsocket = run/lotse.sock\ndatabase = db/lotse.db\nsocket_group = lotse-e2e\n"].enumerated() {
            try daemon.writeConfig(text)
            daemon.signal(SIGHUP)
            try waitFor { daemon.log.components(separatedBy: "reload rejected").count > round + 1 }
            // root is still admin: the old mapping is in force.
            #expect(try daemon.call("org.lotse.Admin.Status")["configuration"] == before)
        }
        let viaCLI = try daemon.runLotse(["admin", "reload"])
        #expect(viaCLI.status == 78, "\(viaCLI.stderr)")
        #expect(daemon.stop() == 0)
    }

    @Test func anUnreadableMissingOrDirectoryPathSaysWhy() throws {
        let daemon = try DaemonHarness()
        let nobody = try TestUser.ensure("lotse-e2e-nobody")
        let cases: [(String, String, TestUser?)] = [
            (daemon.directory + "/missing.conf", "No such file or directory", nil),
            (daemon.directory, "Is a directory", nil),
            (daemon.configPath, "Permission denied", nobody),
        ]
        chmod(daemon.configPath, 0o600)
        for (path, reason, user) in cases {
            let lotsed = try DaemonHarness.binary(named: "lotsed")
            let run: ProcessOutput
            if let user {
                run = try DaemonHarness.run("/usr/bin/setpriv", ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups",
                                                                 lotsed, "--check-config", "--config", path])
            } else {
                run = try daemon.runDaemonToCompletion(arguments: ["--check-config", "--config", path])
            }
            #expect(run.status == 78)
            #expect(run.stderr.contains("cannot read: \(reason)"), "\(path): \(run.stderr)")
        }
    }

    @Test func anUnknownSocketGroupNamesFileAndLine() throws {
        let daemon = try DaemonHarness()
        try daemon.writeConfig("[roles]\nadmins = root\n\n[daemon]\nsocket = run/lotse.sock\nsocket_group = lotse-no-such-group\n")
        let run = try daemon.runDaemonToCompletion(arguments: ["--check-config", "--config", daemon.configPath])
        #expect(run.status == 78)
        #expect(run.stderr.contains("lotse.conf:6: [daemon] socket_group: there is no group \"lotse-no-such-group\""), "\(run.stderr)")
    }

    @Test func unknownUsersAndGroupsInRolesAreWarnedAboutAndListedByStatus() throws {
        let daemon = try DaemonHarness(roles: "admins = root, lotse-no-such-user\ncaseworkers = @lotse-no-such-group")
        let check = try daemon.runDaemonToCompletion(arguments: ["--check-config", "--config", daemon.configPath])
        #expect(check.status == 0)
        #expect(check.stderr.contains("@lotse-no-such-group, lotse-no-such-user"), "\(check.stderr)")
        try daemon.start()
        #expect(daemon.log.contains("[roles] names users or groups this system does not know"))
        let status = try daemon.call("org.lotse.Admin.Status")
        #expect(status["configuration"]?["unknownRoleMembers"] == ["@lotse-no-such-group", "lotse-no-such-user"])
        let shown = try daemon.runLotse(["admin", "status"], environment: ["LANG": "C.UTF-8"])
        #expect(shown.stdout.contains("Unknown in [roles]") && shown.stdout.contains(" @lotse-no-such-group, lotse-no-such-user"), "\(shown.stdout)")
        // At reload too.
        try daemon.writeConfig(daemon.configText(roles: "admins = root, lotse-other-missing"))
        daemon.signal(SIGHUP)
        try waitFor { daemon.log.contains("lotse-other-missing") }
        #expect(try daemon.call("org.lotse.Admin.Status")["configuration"]?["unknownRoleMembers"] == ["lotse-other-missing"])
        #expect(daemon.stop() == 0)
    }

    @Test func aTypoElsewhereInTheFileDoesNotBreakTheCommandLine() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        // The daemon keeps serving with its configuration; a person's lotse reads only the socket key.
        try daemon.writeConfig(daemon.configText(extraSections: "[mail]\nreminder_days = 7,x\nbogus_key = 1\n"))
        let lotse = try DaemonHarness.binary(named: "lotse")
        let run = try DaemonHarness.run(lotse, ["admin", "status", "--config", daemon.configPath])
        #expect(run.status == 0, "\(run.stderr)")
        let viaEnvironment = try DaemonHarness.run(lotse, ["admin", "status"], environment: ["LOTSE_CONFIG": daemon.configPath])
        #expect(viaEnvironment.status == 0, "\(viaEnvironment.stderr)")
        #expect(daemon.stop() == 0)
    }

    /// German and English stderr of `lotsed` for one refusal: each in its own language
    /// (no function word of the other), each naming `place`.
    static func expectWorded(_ run: (String) throws -> ProcessOutput, place: String, _ what: String) throws {
        let german = try run("de_DE.UTF-8"), english = try run("C.UTF-8")
        #expect(german.status == 78 && english.status == 78, "\(what): \(german.status) \(english.status)")
        #expect(german.stderr.contains(place) && english.stderr.contains(place), "\(what): \(german.stderr) | \(english.stderr)")
        #expect(german.stderr != english.stderr, "\(what): no German wording: \(german.stderr)")
        #expect(ForeignWords.englishIn(german: german.stderr).isEmpty, "\(what): \(german.stderr)")
        #expect(ForeignWords.germanIn(english: english.stderr).isEmpty, "\(what): \(english.stderr)")
    }

    @Test func everyRefusalOfTheFileIsInTheLocalesLanguageAtCheckAndStart() throws {
        let daemon = try DaemonHarness()
        let latin1 = daemon.directory + "/latin1.conf"
        try Data([0x5B, 0x72, 0x6F, 0x6C, 0x65, 0x73, 0x5D, 0x0A, 0x23, 0xE4, 0x0A]).write(to: URL(fileURLWithPath: latin1))
        let huge = daemon.directory + "/huge.conf"
        try Data(repeating: 0x23, count: (4 << 20) + 1).write(to: URL(fileURLWithPath: huge))
        let config = daemon.configPath
        let cases: [(text: String?, path: String, place: String)] = [
            ("", config, "\(config): "),
            ("[daemon]\nsocket = run/lotse.sock\n", config, "\(config): [roles]: "),
            ("[roles]\nadmins = root\n\n[daemon]\nsocket = run/lotse.sock\nsocket_group = lotse-no-such-group\n", config,
             "\(config):6: [daemon] socket_group: "),
            ("[roles]\nadmins = root\n[mail]\nreminder_days = 7,x\n", config, "\(config):4: [mail] reminder_days: "),
            (nil, latin1, "\(latin1): "),
            (nil, huge, "\(huge): "),
            (nil, daemon.directory + "/missing.conf", "\(daemon.directory)/missing.conf: "),
            (nil, daemon.directory, "\(daemon.directory): "),
            (nil, "/dev/null", "/dev/null: "),
        ]
        for (text, path, place) in cases {
            if let text { try daemon.writeConfig(text) }
            try Self.expectWorded({ try daemon.runDaemonToCompletion(arguments: ["--check-config", "--config", path], environment: ["LANG": $0]) },
                                  place: place, "--check-config \(path) \(text ?? "")")
        }
        // A start refuses the same way, in the same language.
        try daemon.writeConfig("[roles]\nadmins = root\n[mail]\nreminder_days = 7,x\n")
        try Self.expectWorded({ try daemon.runDaemonToCompletion(arguments: ["--config", config], environment: ["LANG": $0]) },
                              place: "\(config):4: [mail] reminder_days: ", "start")
        try daemon.writeConfig(daemon.configText())
        let good = try daemon.runDaemonToCompletion(arguments: ["--check-config", "--config", config], environment: ["LANG": "de_DE.UTF-8"])
        #expect(good.status == 0 && good.stdout.contains("die Konfiguration ist gültig"), "\(good.stdout)")
    }

    @Test func aRejectedReloadIsWordedForWhoeverAsksAndLoggedInTheDaemonsLanguage() throws {
        let daemon = try DaemonHarness()
        daemon.environment["LANG"] = "de_DE.UTF-8"
        try daemon.start()
        try daemon.writeConfig(daemon.configText(extraSections: "[mail]\nreminder_days = 7,x\n"))
        let german = try daemon.runLotse(["admin", "reload"], environment: ["LANG": "de_DE.UTF-8"])
        let english = try daemon.runLotse(["admin", "reload"], environment: ["LANG": "C.UTF-8"])
        #expect(german.status == 78 && english.status == 78)
        #expect(german.stderr.contains("Konfiguration abgelehnt, die bisherige bleibt in Kraft: ")
                && german.stderr.contains("[mail] reminder_days: „7,x“ ist keine Liste ganzer Zahlen"), "\(german.stderr)")
        #expect(english.stderr.contains("[mail] reminder_days: \"7,x\" is not a list of whole numbers"), "\(english.stderr)")
        #expect(ForeignWords.englishIn(german: german.stderr).isEmpty, "\(german.stderr)")
        #expect(ForeignWords.germanIn(english: english.stderr).isEmpty, "\(english.stderr)")
        // The daemon's own log follows its locale (its error lines; --debug also logs the
        // raw varlink error, which carries both wordings).
        let logged = daemon.log.split(separator: "\n").filter { $0.hasPrefix("<3>") && $0.contains("reminder_days") }
        #expect(!logged.isEmpty && logged.allSatisfy { $0.contains("Neuladen abgelehnt") }, "\(daemon.log)")
        #expect(ForeignWords.englishIn(german: logged.joined(separator: "\n")).isEmpty, "\(logged)")
        #expect(daemon.stop() == 0)
    }
}
