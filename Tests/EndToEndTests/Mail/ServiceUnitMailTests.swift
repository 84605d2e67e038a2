import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The shipped unit delivers with Debian's default MTA: `lotsed` started exactly as
/// `Config/lotsed.service` would start it — its `User=` and `Group=`, its `UMask=`, its
/// capability bounding set, and `no_new_privs` whenever the unit sets or implies it —
/// hands a reminder to the system's real `/usr/sbin/sendmail` (exim4 with Debian's
/// default configuration), which delivers it to a local mailbox in `/var/mail`.
///
/// With the hardening the unit had before (SystemCallFilter=, PrivateDevices=, … each
/// implying no_new_privs) exim's setuid sendmail fails with "Failed to create spool file
/// … Permission denied" and this test fails; the second test shows that failure mode is
/// real on this machine, so the first cannot pass by accident.
@Suite(.serialized) struct ServiceUnitMailTests {
    static let sendmail = "/usr/sbin/sendmail"
    static let recipient = "lotse-e2e-mailbox"

    static var unit: ServiceUnitLaunch {
        get throws {
            let path = MailDaemonHarness.packageRoot.appendingPathComponent("Config/lotsed.service").path
            return ServiceUnitLaunch(unitText: try String(contentsOfFile: path, encoding: .utf8))
        }
    }

    /// Exim4 as Debian installs it, and root to switch users; nil when the test can run.
    static func missing() -> String? {
        guard getuid() == 0 else { return "the test runs lotsed as the unit's user and needs root" }
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/exim4"),
              (try? FileManager.default.destinationOfSymbolicLink(atPath: sendmail))?.contains("exim4") == true else {
            return "\(sendmail) is not Debian's exim4 (.ci/run installs exim4-daemon-light)"
        }
        return nil
    }

    static func skipOrFail(_ reason: String) {
        if ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("CI is set but \(reason)")
        } else {
            print("note: \(reason); the shipped-unit delivery test did not run")
        }
    }

    /// The unit's account (as `Config/sysusers.d/lotse.conf` makes it) and a local
    /// recipient with a home directory, as Debian's exim needs for /var/mail delivery.
    static func ensureAccounts(_ unit: ServiceUnitLaunch) throws {
        let user = try #require(unit.user, "the unit sets no User=")
        let group = unit.group ?? user
        if getgrnam(group) == nil { _ = try DaemonHarness.run("/usr/sbin/groupadd", ["--system", group]) }
        if getpwnam(user) == nil {
            _ = try DaemonHarness.run("/usr/sbin/useradd", ["--system", "--no-create-home", "--home-dir", "/var/lib/\(user)",
                                                           "--shell", "/usr/sbin/nologin", "--gid", group, user])
        }
        let mailbox = try TestUser.ensure(recipient)
        let home = String(cString: try #require(getpwnam(recipient)).pointee.pw_dir)
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        chown(home, mailbox.uid, mailbox.gid)
    }

    @Test func lotsedRunAsTheShippedUnitHasExim4DeliverAReminder() throws {
        if let reason = Self.missing() { Self.skipOrFail(reason); return }
        let unit = try Self.unit
        try Self.ensureAccounts(unit)
        let name = try #require(unit.user)
        let user = try #require(getpwnam(name))
        let (uid, gid) = (user.pointee.pw_uid, user.pointee.pw_gid)

        let harness = try MailDaemonHarness(codes: "0", sendmailPath: Self.sendmail)
        // The state directory as StateDirectory= makes it: the unit's user owns it.
        for path in [harness.directory.path, harness.configPath] { chown(path, uid, gid) }
        chmod(harness.directory.path, 0o700)  // StateDirectoryMode=0700
        harness.launcher = unit.launcher
        harness.sqlitePrefix = unit.launcher
        try harness.start()
        let pid = try #require(harness.daemon?.processIdentifier)
        // It really runs as the unit says.
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        #expect(status.contains("Uid:\t\(uid)\t\(uid)\t\(uid)"), "\(status)")
        #expect(status.contains("NoNewPrivs:\t\(unit.noNewPrivileges ? 1 : 0)"), "\(status)")

        let mailboxPath = "/var/mail/\(Self.recipient)"
        let id = try harness.queueReminder(recipient: "\(Self.recipient)@localhost")
        try harness.waitUntil("mail \(id) tried") {
            guard let entry = try harness.entry(id) else { return false }
            return entry.state == "sent" || entry.state == "failed" || (entry.state == "pending" && entry.attempts > 0)
        }
        let entry = try #require(try harness.entry(id))
        #expect(entry.state == "sent", """
            exim4's sendmail did not take the reminder from lotsed run as the unit \
            (no_new_privs \(unit.noNewPrivileges), implied by \(unit.implyingSettings)): \(entry.lastError ?? "")
            """)
        try harness.waitUntil("exim4 delivered \(entry.messageId) to \(mailboxPath)") {
            ((try? String(contentsOfFile: mailboxPath, encoding: .utf8)) ?? "").contains("Message-ID: \(entry.messageId)")
        }
        // Every file lotsed created carries the unit's user and umask.
        for name in ["lotse.db", "lotse.db-wal"] {
            var info = stat()
            guard stat(harness.directory.appendingPathComponent(name).path, &info) == 0 else { continue }
            #expect(info.st_uid == uid, "\(name) is owned by uid \(info.st_uid)")
            #expect(info.st_mode & 0o027 == 0, "\(name) has mode \(String(info.st_mode & 0o777, radix: 8)), beyond the unit's UMask")
        }
        #expect(!harness.log.contains("<4>mail"), "\(harness.log)")
    }

    @Test func withNoNewPrivsExim4SendmailCannotQueueAnything() throws {
        if let reason = Self.missing() { Self.skipOrFail(reason); return }
        var unit = try Self.unit
        try Self.ensureAccounts(unit)
        unit.noNewPrivileges = true
        let message = "Subject: nnp check\nMessage-ID: <lotse.nnp.\(UUID().uuidString)@localhost>\n\nx\n"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: unit.launcher[0])
        process.arguments = Array(unit.launcher.dropFirst()) + [Self.sendmail, "-i", "--", "\(Self.recipient)@localhost"]
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data(message.utf8))
        try input.fileHandleForWriting.close()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0, "exim4 accepted mail under no_new_privs, so the test above proves nothing: \(said)")
    }

    @Test func theUnitFileIsReadAsSystemdWould() {
        let old = """
            [Service]
            User=lotse
            UMask=0027
            PrivateDevices=yes
            SystemCallFilter=@system-service
            CapabilityBoundingSet=~CAP_SYS_ADMIN CAP_NET_RAW
            [Install]
            NoNewPrivileges=no
            """
        let launch = ServiceUnitLaunch(unitText: old)
        #expect(launch.noNewPrivileges)
        #expect(launch.implyingSettings == ["PrivateDevices", "SystemCallFilter"])
        #expect(launch.setprivBoundingSet == "-sys_admin,-net_raw")
        #expect(launch.launcher.contains("--no-new-privs"))
        #expect(!ServiceUnitLaunch(unitText: "[Service]\nUser=root\nPrivateDevices=yes\n").noNewPrivileges)
        #expect(!ServiceUnitLaunch(unitText: "[Service]\nUser=lotse\nPrivateDevices=no\nProtectSystem=full\n").noNewPrivileges)
        #expect(ServiceUnitLaunch(unitText: "[Service]\nNoNewPrivileges=yes\n").noNewPrivileges)
        #expect(ServiceUnitLaunch(unitText: "[Service]\nCapabilityBoundingSet=CAP_SETUID CAP_SETGID\n").setprivBoundingSet
            == "-all,+setuid,+setgid")
    }
}
