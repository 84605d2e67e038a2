import Foundation
import LotseVarlink
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Bounces through a real MTA: exim4 (from Debian's packages) with a private
/// configuration in which local users are checked as Debian's default does
/// (`check_local_user`), the bounce address is delivered into a Maildir
/// (`maildir_format`), and the coordinators' domain into an mbox. A real lotsed with
/// `[mail] bounce_maildir` sends a reminder to a local user that does not exist; exim
/// accepts it (sendmail exits 0, the row is `sent`), fails to route it and returns an
/// RFC 3464 report to the bounce address; lotsed reads it from the Maildir, marks the
/// reminder failed with exim's status, tells the coordinator once, and shows the failure
/// in `lotse admin status`.
@Suite(.serialized) struct RealMTABounceTests {
    static let exim = "/usr/sbin/exim4"

    /// Writes the exim configuration and a sendmail wrapper; returns the wrapper's path.
    static func setUpExim(in directory: URL, maildir: String, mbox: String) throws -> String {
        let spool = directory.appendingPathComponent("exim-spool").path
        let logs = directory.appendingPathComponent("exim-log").path
        let user = try RealMTATests.eximUser(owning: [spool, logs, maildir, mbox])
        let configuration = """
        primary_hostname = lotse.test
        qualify_domain = lotse.test
        spool_directory = \(spool)
        log_file_path = \(logs)/%slog
        never_users =
        keep_environment =
        begin routers
        bounces:
          driver = accept
          local_parts = bounce
          transport = to_maildir
        coordinators:
          driver = accept
          domains = landkreis.example
          transport = to_mbox
        local_users:
          driver = accept
          domains = lotse.test
          check_local_user
          transport = to_mbox
        begin transports
        to_maildir:
          driver = appendfile
          directory = \(maildir)
          maildir_format
          user = \(user)
          mode = 0600
          envelope_to_add
          return_path_add
        to_mbox:
          driver = appendfile
          file = \(mbox)/mbox
          user = \(user)
          mode = 0644

        """
        return try RealMTATests.installWrapper(configuration: configuration, in: directory)
    }

    @Test func aReminderToAMissingLocalUserBouncesIntoTheMaildirAndIsMarkedFailed() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.exim) else {
            let note = "\(Self.exim) is not installed (.ci/run installs exim4-daemon-light); the real-MTA bounce test did not run"
            if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record("CI is set but \(note)") } else { print("note: \(note)") }
            return
        }
        let staging = URL(fileURLWithPath: "/tmp").appendingPathComponent("lotse-bounce-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        chmod(staging.path, 0o755)
        defer { try? FileManager.default.removeItem(at: staging) }
        let maildir = staging.appendingPathComponent("bounces").path
        let mbox = staging.appendingPathComponent("mail").path
        let wrapper = try Self.setUpExim(in: staging, maildir: maildir, mbox: mbox)
        let eximLogPath = staging.appendingPathComponent("exim-log/mainlog").path
        var eximLog: String { (try? String(contentsOfFile: eximLogPath, encoding: .utf8)) ?? "(no exim log)" }

        let harness = try MailDaemonHarness(codes: "0", sendmailPath: wrapper, moreMailSettings: "bounce_maildir = \(maildir)")
        try harness.start()
        let missingUser = "lotse-e2e-nosuchuser"
        #expect(getpwnam(missingUser) == nil)
        let id = try harness.queueReminder(recipient: "\(missingUser)@lotse.test")

        // Exim takes it (the row is sent first), then the bounce turns it to failed.
        try harness.waitUntil("mail \(id) marked failed by its bounce; exim log:\n\(eximLog)") { try harness.entry(id)?.state == "failed" }
        let entry = try #require(try harness.entry(id))
        #expect(entry.attempts == 1, "sendmail ran once and accepted it")
        let lastError = entry.lastError ?? ""
        #expect(lastError.hasPrefix("bounced: status 5."), "\(lastError)")
        #expect(lastError.contains("final recipient \(missingUser)@lotse.test"), "\(lastError)")
        #expect(harness.log.contains("<4>mail \(id) \(entry.messageId): bounced: status 5."), "\(harness.log)")

        // The Maildir was read as a Maildir reader would: new/ is empty, the report in cur/.
        try harness.waitUntil("the report moved to cur/") {
            (try FileManager.default.contentsOfDirectory(atPath: maildir + "/new")).isEmpty
        }
        let seen = try FileManager.default.contentsOfDirectory(atPath: maildir + "/cur")
        #expect(seen.count == 1 && seen.allSatisfy { $0.hasSuffix(":2,S") }, "\(seen)")
        #expect(!FileManager.default.fileExists(atPath: maildir + "/aside"))

        // The coordinator is told once, and exim delivered that notice.
        try harness.waitUntil("the coordinator's notice is delivered") {
            try harness.outbox().contains { $0.kind == "delivery-failed" && $0.state == "sent" }
        }
        let notices = try harness.outbox().filter { $0.kind == "delivery-failed" }
        #expect(notices.map(\.recipient) == ["koordination@landkreis.example"])
        let delivered = (try? String(contentsOfFile: mbox + "/mbox", encoding: .utf8)) ?? ""
        #expect(delivered.contains("lotse mail retry \(id)"), "\(delivered)")

        // lotse admin status shows it.
        let status = try harness.lotse(["admin", "status", "--json"])
        #expect(status.status == 0, "\(status.err)")
        let mail = try JSONParser().parse(status.out.trimmingCharacters(in: .whitespacesAndNewlines))["mail"]
        #expect(mail?["failed"]?.integerValue == 1)
        #expect(mail?["lastError"]?.stringValue?.hasPrefix("bounced: status 5.") == true)
        #expect(mail?["bounceMaildir"]?.stringValue == maildir)
        let text = try harness.lotse(["admin", "status"])
        #expect(text.out.contains("failed") && text.out.contains("bounced: status 5."), "\(text.out)")
    }
}
