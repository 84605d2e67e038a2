import Foundation
import LotseVarlink
import Testing

/// Reproduction 6 of issue 12 and its cure: pseudonyms are rate-limited per account, and
/// `lotsed --restore` puts an older backup in place without ever reissuing a pseudonym,
/// and says so in the audit log.
@Suite struct RestoreTests {
    func newClient(_ f: CaseworkFixture, as user: TestUser) throws -> String {
        try f.json(["client", "new", "--municipality", "ludwigsburg"], as: user)["client"]?["pseudonym"]?.stringValue ?? "?"
    }

    @Test func aRestoredOlderBackupNeverReissuesAPseudonymAndTheRestoreIsAudited() throws {
        let f = try CaseworkFixture(daemonSection: "new_clients_per_hour = 3")
        #expect(try newClient(f, as: f.anna) == "K-2026-0001")
        // Backups go only into a directory that is the daemon's alone.
        try FileManager.default.createDirectory(atPath: f.daemon.directory + "/backups", withIntermediateDirectories: true)
        chmod(f.daemon.directory + "/backups", 0o700)
        let backup = f.daemon.directory + "/backups/backup.db"
        let made = try f.daemon.runLotse(["admin", "backup", backup])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try newClient(f, as: f.anna) == "K-2026-0002")
        #expect(try newClient(f, as: f.anna) == "K-2026-0003")

        // The fourth within the hour is refused with the limit and when to try again.
        let refused = try f.lotse(["client", "new", "--municipality", "ludwigsburg"], as: f.anna)
        #expect(refused.status == 75)
        #expect(refused.stderr.contains("you created 3 clients within the last hour (limit [daemon] new_clients_per_hour)"), "\(refused.stderr)")
        let refusedDE = try f.lotse(["client", "new", "--municipality", "ludwigsburg"], as: f.anna, german: true)
        #expect(refusedDE.stderr.contains("Sie haben in der letzten Stunde schon 3 Klient:innen angelegt"), "\(refusedDE.stderr)")
        // Another account has its own allowance.
        #expect(try newClient(f, as: f.ben) == "K-2026-0004")

        // A restore while the daemon runs is refused and changes nothing.
        let running = try f.daemon.runDaemonToCompletion(arguments: ["--config", f.daemon.configPath, "--restore", backup])
        #expect(running.status == 1)
        #expect(running.stderr.contains("already running"), "\(running.stderr)")

        #expect(f.daemon.stop() == 0)
        // A damaged backup is refused before anything changes.
        let damaged = f.daemon.directory + "/damaged.db"
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: damaged))
        let bad = try f.daemon.runDaemonToCompletion(arguments: ["--config", f.daemon.configPath, "--restore", damaged])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("nothing was restored"), "\(bad.stderr)")
        #expect(try f.query("SELECT count(*) FROM clients") == "4")

        let restored = try f.daemon.runDaemonToCompletion(arguments: ["--config", f.daemon.configPath, "--restore", backup])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(try f.query("SELECT group_concat(pseudonym) FROM clients") == "K-2026-0001")
        let audit = try f.query("SELECT user || '|' || detail FROM audit_log WHERE action = 'database.restore'")
        #expect(audit == "root|from backup.db (schema \(try f.query("PRAGMA user_version")), integrity ok); pseudonym mark kept (2026: 4)", "\(audit)")
        let state = (f.daemon.databasePath as NSString).deletingLastPathComponent
        let mark = state + "/pseudonyms.mark"
        let attributes = try FileManager.default.attributesOfItem(atPath: mark)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let kept = try FileManager.default.contentsOfDirectory(atPath: state).filter { $0.contains(".before-restore-") }
        #expect(kept.count == 1)

        try f.daemon.start()
        _ = try f.daemon.call("org.varlink.service.GetInfo")
        // 0002–0004 were issued after the backup: the next is 0005, never one of them.
        #expect(try newClient(f, as: f.ben) == "K-2026-0005")
    }
}
