import Foundation
import LotseVarlink
import Testing

/// `lotse admin …` with the real binaries.
@Suite struct AdminCommandTests {
    @Test func statusShowsVersionDatabaseAndConfiguration() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let human = try daemon.runLotse(["admin", "status"])
        #expect(human.status == 0, "\(human.stderr)")
        #expect(human.stdout.contains(daemon.databasePath))
        #expect(human.stdout.contains(daemon.configPath))
        let json = try daemon.runLotse(["admin", "status", "--json"])
        let value = try JSONParser().parse(json.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(value["configuration"]?["path"]?.stringValue == daemon.configPath)
        #expect(value["database"]?["schemaVersion"]?.integerValue ?? 0 >= 1)
        #expect(value["counts"]?["audit_log"] != nil)
        #expect(daemon.stop() == 0)
    }

    @Test func reloadReportsARejectedFileWithSeventyEightAndKeepsServing() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        #expect(try daemon.runLotse(["admin", "reload"]).status == 0)
        try daemon.writeConfig("[daemon]\nsocket = run/lotse.sock\n[nonsense]\n")
        let rejected = try daemon.runLotse(["admin", "reload"])
        #expect(rejected.status == 78)
        #expect(rejected.stderr.contains("lotse.conf:3"), "\(rejected.stderr)")
        #expect(try daemon.runLotse(["admin", "status"]).status == 0)
        #expect(daemon.stop() == 0)
    }

    @Test func backupWritesAConsistentCopyAndRefusesToOverwrite() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        // Backups go only into a directory that is the daemon's alone.
        try FileManager.default.createDirectory(atPath: daemon.directory + "/backups", withIntermediateDirectories: true)
        chmod(daemon.directory + "/backups", 0o700)
        let target = daemon.directory + "/backups/backup.db"
        let first = try daemon.runLotse(["admin", "backup", target])
        #expect(first.status == 0, "\(first.stderr)")
        let check = try DaemonHarness.run("/usr/bin/sqlite3", [target, "PRAGMA integrity_check"])
        #expect(check.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "ok")
        let again = try daemon.runLotse(["admin", "backup", target])
        #expect(again.status == 73)
        #expect(again.stderr.contains("already exists"))
        // A directory that does not exist: the system's reason in the reader's language,
        // naming the file asked for (not a temporary one), and no SQLite code.
        let nowhere = daemon.directory + "/nonexistent/backup.db"
        let german = try daemon.runLotse(["admin", "backup", nowhere], environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.status == 73)
        #expect(german.stderr == "lotse: Sicherung fehlgeschlagen: Die Sicherung kann nicht nach \(nowhere) geschrieben werden: Datei oder Verzeichnis nicht gefunden.\n")
        let english = try daemon.runLotse(["admin", "backup", nowhere])
        #expect(english.stderr == "lotse: Backup failed: Cannot write the backup to \(nowhere): No such file or directory.\n")
        #expect(daemon.stop() == 0)
    }

    @Test func noDaemonMeansExitSixtyNineWithAClearMessage() throws {
        let daemon = try DaemonHarness()
        let result = try daemon.runLotse(["admin", "status"])
        #expect(result.status == 69)
        #expect(result.stderr.contains("not running"))
        #expect(result.stderr.contains(daemon.socketPath))
    }

    @Test func theSocketIsFoundThroughTheEnvironmentOrTheConfiguration() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let lotse = try DaemonHarness.binary(named: "lotse")
        let viaEnvironment = try DaemonHarness.run(lotse, ["admin", "status"], environment: ["LOTSE_SOCKET": daemon.socketPath])
        #expect(viaEnvironment.status == 0, "\(viaEnvironment.stderr)")
        let viaConfig = try DaemonHarness.run(lotse, ["admin", "status", "--config", daemon.configPath])
        #expect(viaConfig.status == 0, "\(viaConfig.stderr)")
        #expect(daemon.stop() == 0)
    }

    @Test func wrongUsageExitsSixtyFour() throws {
        let lotse = try DaemonHarness.binary(named: "lotse")
        #expect(try DaemonHarness.run(lotse, ["admin"]).status == 64)
        #expect(try DaemonHarness.run(lotse, ["admin", "frobnicate"]).status == 64)
        #expect(try DaemonHarness.run(lotse, ["admin", "backup"]).status == 64)
        #expect(try DaemonHarness.run(lotse, ["admin", "status", "--socket"]).status == 64)
    }
}
