#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseTestSupport
import LotseVarlink
import Testing

/// Data at rest belongs to the daemon alone: database, WAL, SHM and backups are created
/// 0600 and the state directory 0700 by explicit mode, whatever the umask; lotsed refuses
/// to start on data that its group or others could read; the shipped layout gives the
/// socket to a group that is not the daemon's own.
@Suite struct DataAtRestTests {
    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    @Test func databaseWalShmAndBackupsAreCreatedPrivateEvenWithAnOpenUmask() throws {
        let daemon = try DaemonHarness(roles: "admins = root\ncaseworkers = root")
        daemon.umask = "000"
        try daemon.start()
        _ = try daemon.call("org.lotse.Referrals.CreateClient", ["municipality": "ludwigsburg"]).isEmpty
        let directory = (daemon.databasePath as NSString).deletingLastPathComponent
        #expect(Self.mode(directory) == 0o700)
        for suffix in ["", "-wal", "-shm"] {
            #expect(Self.mode(daemon.databasePath + suffix) == 0o600, "lotse.db\(suffix)")
        }
        let backups = daemon.directory + "/backups"
        #expect(mkdir(backups, 0o700) == 0)
        let backup = try daemon.runLotse(["admin", "backup", backups + "/copy.db"])
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(Self.mode(backups + "/copy.db") == 0o600)
        // A directory that others can read is refused, naming the fix.
        let open = daemon.directory + "/open"
        #expect(mkdir(open, 0o755) == 0)
        chmod(open, 0o755)
        let refused = try daemon.runLotse(["admin", "backup", open + "/copy.db"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("chmod 700 \(open)"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: open + "/copy.db"))
        #expect(daemon.stop() == 0)
    }

    @Test func lotsedRefusesToStartOnDataItsGroupOrOthersCouldRead() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        #expect(daemon.stop() == 0)
        let directory = (daemon.databasePath as NSString).deletingLastPathComponent
        let mark = directory + "/pseudonyms.mark"
        let cases: [(String, () -> Void, () -> Void, String)] = [
            ("directory 0750", { chmod(directory, 0o750) }, { chmod(directory, 0o700) }, "chmod 700 \(directory)"),
            ("database 0644", { chmod(daemon.databasePath, 0o644) }, { chmod(daemon.databasePath, 0o600) }, "chmod 600 \(daemon.databasePath)"),
            ("database owned by someone else", { chown(daemon.databasePath, 65534, 65534) }, { chown(daemon.databasePath, 0, 0) },
             "chown root \(daemon.databasePath)"),
            // Whoever can lower the pseudonym mark can have a pseudonym issued twice.
            ("pseudonym mark 0660", {
                if !FileManager.default.fileExists(atPath: mark) { _ = FileManager.default.createFile(atPath: mark, contents: Data("# mark\n".utf8)) }
                chmod(mark, 0o660)
            }, { chmod(mark, 0o600) }, "chmod 600 \(mark)"),
        ]
        for (name, spoil, repair, fix) in cases {
            spoil()
            let run = try daemon.runDaemonToCompletion(arguments: ["--config", daemon.configPath])
            #expect(run.status == 78, "\(name): exit \(run.status), not 78 (a restart cannot repair modes)")
            #expect(run.stderr.contains("refuses to start") && run.stderr.contains(fix), "\(name): \(run.stderr)")
            repair()
        }
        try daemon.start()
        #expect(daemon.stop() == 0)
    }

    /// The shipped sysusers and tmpfiles snippets, applied to an empty root: the state
    /// directory is the daemon's alone, the socket group is another group than the
    /// daemon's, and the daemon's account is not in it.
    @Test func theShippedLayoutKeepsTheStateDirectoryPrivateAndTheSocketGroupSeparate() throws {
        guard let sysusers = ExternalTool.find("systemd-sysusers"), let tmpfiles = ExternalTool.find("systemd-tmpfiles") else {
            ExternalTool.unavailable("systemd-sysusers and systemd-tmpfiles (package systemd)")
            return
        }
        let root = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let config = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Config")
        for directory in ["etc", "var/lib", "run"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(directory), withIntermediateDirectories: true)
        }
        let users = try ExternalTool.run(sysusers, ["--root=\(root.path)", config.appendingPathComponent("sysusers.d/lotse.conf").path], in: root)
        #expect(users.status == 0, "\(users.errorOutput)")
        let files = try ExternalTool.run(tmpfiles, ["--create", "--root=\(root.path)", config.appendingPathComponent("tmpfiles.d/lotse.conf").path], in: root)
        #expect(files.status == 0, "\(files.errorOutput)")
        let group = try String(contentsOf: root.appendingPathComponent("etc/group"), encoding: .utf8)
        let passwd = try String(contentsOf: root.appendingPathComponent("etc/passwd"), encoding: .utf8)
        func gid(_ name: String) -> UInt32? {
            group.split(separator: "\n").first { $0.hasPrefix(name + ":") }.flatMap { UInt32($0.split(separator: ":", omittingEmptySubsequences: false)[2]) }
        }
        let daemonUser = try #require(passwd.split(separator: "\n").first { $0.hasPrefix("lotse:") })
        let daemonGID = UInt32(daemonUser.split(separator: ":", omittingEmptySubsequences: false)[3])
        let socketGroup = try #require(group.split(separator: "\n").first { $0.hasPrefix("lotse-users:") })
        #expect(gid("lotse-users") != daemonGID, "the socket group must not be the daemon's own group")
        // The daemon's account is the socket group's only shipped member: a lotsed started
        // without socket activation must be able to hand its socket to that group. Staff join
        // lotse-users; nobody joins the daemon's own group, which owns the data.
        let socketMembers = (socketGroup.split(separator: ":", omittingEmptySubsequences: false).last ?? "")
            .split(separator: ",").map(String.init)
        #expect(socketMembers == ["lotse"], "the shipped socket group holds the daemon's account only")
        let daemonGroup = try #require(group.split(separator: "\n").first { $0.hasPrefix("lotse:") })
        #expect((daemonGroup.split(separator: ":", omittingEmptySubsequences: false).last ?? "").isEmpty,
                "nobody is a member of the daemon's own group")
        var info = stat()
        #expect(stat(root.appendingPathComponent("var/lib/lotse").path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
        // The units and the example configuration name the same socket group.
        for file in ["lotsed.socket", "lotse.conf"] {
            let text = try String(contentsOf: config.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains("lotse-users"), "\(file) does not name the socket group lotse-users")
        }
        let socketUnit = try String(contentsOf: config.appendingPathComponent("lotsed.socket"), encoding: .utf8)
        #expect(socketUnit.contains("SocketGroup=lotse-users"))
    }
}
