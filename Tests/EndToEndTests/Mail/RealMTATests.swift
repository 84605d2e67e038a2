import Foundation
import LotseCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Delivery through a real MTA from Debian's packages: exim4 (installed by `.ci/run`) with
/// a private configuration that accepts every recipient and appends to one mbox file.
/// lotsed runs exim's sendmail interface exactly as it would run /usr/sbin/sendmail; the
/// mbox is read back by Python's `mailbox` and `email` packages.
///
/// No roster can be published through the daemon yet, so the test queues the reminders a
/// published roster causes ("appointment published", one per caseworker, German and
/// English) as outbox rows, the way the publishing transaction will.
@Suite(.serialized) struct RealMTATests {
    static let exim = "/usr/sbin/exim4"

    struct Delivered: Decodable {
        var envelope_to: String
        var return_path: String
        var subject: String
        var message_id: String
        var auto_submitted: String
        var body: String
    }

    /// Writes the private exim configuration and a sendmail wrapper into `directory`.
    static func setUpExim(in directory: URL) throws -> String {
        let spool = directory.appendingPathComponent("exim-spool").path
        let logs = directory.appendingPathComponent("exim-log").path
        let mail = directory.appendingPathComponent("exim-mail").path
        for path in [spool, logs, mail] { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        // Root's exim gives up root for a -C configuration and runs as Debian-exim.
        var user = "Debian-exim"
        if getuid() == 0, let account = getpwnam(user) {
            for path in [spool, logs, mail] { chown(path, account.pointee.pw_uid, account.pointee.pw_gid) }
        } else if let account = getpwuid(geteuid()) {
            user = String(cString: account.pointee.pw_name)
        }
        let configuration = """
        primary_hostname = lotse.test
        spool_directory = \(spool)
        log_file_path = \(logs)/%slog
        never_users =
        keep_environment =
        begin routers
        everything:
          driver = accept
          transport = to_mbox
        begin transports
        to_mbox:
          driver = appendfile
          file = \(mail)/mbox
          user = \(user)
          mode = 0644
          return_path_add
          envelope_to_add

        """
        let configPath = directory.appendingPathComponent("exim.conf").path
        try configuration.write(toFile: configPath, atomically: true, encoding: .utf8)
        let wrapper = directory.appendingPathComponent("exim-sendmail").path
        try "#!/bin/sh\n# exim's sendmail interface with the test's configuration, delivering at once.\nexec \(exim) -C \(configPath) -odi \"$@\"\n"
            .write(toFile: wrapper, atomically: true, encoding: .utf8)
        chmod(wrapper, 0o755)
        return wrapper
    }

    @Test func eximDeliversTheRemindersOfAPublishedRoster() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.exim) else {
            print("note: \(Self.exim) is not installed (.ci/run installs exim4-daemon-light); the real-MTA delivery test did not run")
            return
        }
        let staging = URL(fileURLWithPath: "/tmp").appendingPathComponent("lotse-exim-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        chmod(staging.path, 0o755)
        defer { try? FileManager.default.removeItem(at: staging) }
        let wrapper = try Self.setUpExim(in: staging)
        let harness = try MailDaemonHarness(codes: "0", sendmailPath: wrapper)
        try harness.start()

        let roster: [(recipient: String, language: MessageLanguage, pseudonym: String)] = [
            ("im-nord@landkreis.example", .de, "K-2026-0042"),
            ("im-sued@landkreis.example", .en, "K-2026-0043"),
            ("im-west@landkreis.example", .de, "K-2026-0044"),
        ]
        var expected: [String: (subject: String, body: String, id: Int)] = [:]
        for booking in roster {
            let id = try harness.queueReminder(recipient: booking.recipient, language: booking.language, pseudonym: booking.pseudonym)
            if let text = harness.lastQueued { expected[booking.recipient] = (text.subject, text.body, id) }
        }
        try harness.waitUntil("all reminders accepted by exim") { try harness.outbox().allSatisfy { $0.state == "sent" } }
        let entries = try harness.outbox()

        let mbox = staging.appendingPathComponent("exim-mail/mbox").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", MailDaemonHarness.packageRoot.appendingPathComponent("Tests/Support/read-mbox.py").path, mbox]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let eximLog = (try? String(contentsOfFile: staging.appendingPathComponent("exim-log/mainlog").path, encoding: .utf8)) ?? "(no exim log)"
        try #require(process.terminationStatus == 0, "the mbox could not be read; exim log:\n\(eximLog)")
        let delivered = try JSONDecoder().decode([Delivered].self, from: data)
        #expect(delivered.count == roster.count, "exim log:\n\(eximLog)")
        for message in delivered {
            let want = try #require(expected[message.envelope_to], "unexpected recipient \(message.envelope_to)")
            #expect(message.subject == want.subject)
            #expect(message.body == want.body)
            #expect(message.return_path == "<bounce@landkreis.example>")
            #expect(message.auto_submitted == "auto-generated")
            #expect(message.message_id == entries.first { $0.id == want.id }?.messageId)
        }
    }
}
