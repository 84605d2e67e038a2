#if canImport(Glibc)
import Glibc
#endif
import Foundation
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
        #expect(shown.stdout.contains("Unknown in [roles]  @lotse-no-such-group, lotse-no-such-user"), "\(shown.stdout)")
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
}
