import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The fault tests against a running lotsed with the fake sendmail, driven and
/// observed through the real `lotse mail outbox` and `lotse mail retry`.
@Suite(.serialized) struct MailFaultTests {
    @Test func aDeliveredReminderReachesSendmailWithTheRightArguments() throws {
        let harness = try MailDaemonHarness(codes: "0")
        try harness.start()
        let id = try harness.queueReminder()
        try harness.waitUntil("mail \(id) sent") { try harness.entry(id)?.state == "sent" }
        #expect(harness.arguments(ofRun: 1) == ["-i", "-f", "bounce@landkreis.example", "--", "im-nord@landkreis.example"])
        #expect(harness.message(ofRun: 1)?.contains("Auto-Submitted: auto-generated") == true)
    }

    @Test func sendmailMissingKeepsTheMailPendingWithTheReason() throws {
        let harness = try MailDaemonHarness(codes: "0", sendmailPath: "/nonexistent/sbin/sendmail")
        try harness.start()
        let id = try harness.queueReminder()
        try harness.waitUntil("an attempt on mail \(id)") { let entry = try harness.entry(id); return entry?.attempts == 1 && entry?.state != "sending" }
        let entry = try #require(try harness.entry(id))
        #expect(entry.state == "pending")
        #expect(entry.lastError?.contains("/nonexistent/sbin/sendmail does not exist") == true)
    }

    @Test func sendmailNotExecutableKeepsTheMailPendingWithTheReason() throws {
        let harness = try MailDaemonHarness(codes: "0")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: harness.fakePath)
        try harness.start()
        let id = try harness.queueReminder()
        try harness.waitUntil("an attempt on mail \(id)") { let entry = try harness.entry(id); return entry?.attempts == 1 && entry?.state != "sending" }
        #expect(try harness.entry(id)?.lastError?.contains("not executable") == true)
        #expect(harness.runs == 0)
        // Fixed by the administrator: the retry goes through.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: harness.fakePath)
        #expect(try harness.lotse(["mail", "retry", String(id)]).status == 0)
        try harness.waitUntil("mail \(id) sent") { try harness.entry(id)?.state == "sent" }
    }

    @Test func tempfailTenTimesThenSuccessIsDeliveredExactlyOnce() throws {
        let harness = try MailDaemonHarness(codes: "75*10 0")
        try harness.start()
        let id = try harness.queueReminder()
        for attempt in 1...10 {
            // An attempt is counted when the row is claimed (state `sending`); wait for its outcome too.
            try harness.waitUntil("attempt \(attempt) on mail \(id)") {
                let entry = try harness.entry(id)
                return entry?.attempts == attempt && entry?.state != "sending"
            }
            let entry = try #require(try harness.entry(id))
            #expect(entry.state == "pending" && entry.lastExitCode == 75)
            // The back-off would wait minutes; the coordinator's retry makes it due now.
            #expect(try harness.lotse(["mail", "retry", String(id)]).status == 0)
        }
        try harness.waitUntil("mail \(id) sent") { try harness.entry(id)?.state == "sent" }
        #expect(try harness.entry(id)?.attempts == 11)
        #expect(harness.runs == 11)
        #expect(Set((1...11).compactMap { harness.messageIDHeader(ofRun: $0) }) == [try harness.entry(id)?.messageId ?? "?"])
        // Nothing more goes out: a later reminder, due at once, is delivered by a later pass
        // of the worker, which would have picked up a resend of mail 1 first.
        #expect(try harness.lotse(["mail", "retry", String(id)]).status == 65)
        let barrier = try harness.queueReminder()
        try harness.waitUntil("mail \(barrier) sent") { try harness.entry(barrier)?.state == "sent" }
        #expect(harness.runs == 12)
        #expect(harness.messageIDHeader(ofRun: 12) == (try harness.entry(barrier)?.messageId))
    }

    @Test func exit69IsRetriedLater() throws {
        let harness = try MailDaemonHarness(codes: "69 0")
        try harness.start()
        let id = try harness.queueReminder()
        try harness.waitUntil("an attempt on mail \(id)") { let entry = try harness.entry(id); return entry?.attempts == 1 && entry?.state != "sending" }
        let entry = try #require(try harness.entry(id))
        #expect(entry.state == "pending" && entry.lastExitCode == 69)
        // A later reminder, due at once, goes out while mail 1 waits for its back-off.
        let barrier = try harness.queueReminder()
        try harness.waitUntil("mail \(barrier) sent") { try harness.entry(barrier)?.state == "sent" }
        #expect(harness.runs == 2, "the next attempt waits for the back-off")
        #expect(try harness.entry(id)?.attempts == 1)
        #expect(try harness.lotse(["mail", "retry", String(id)]).status == 0)
        try harness.waitUntil("mail \(id) sent") { try harness.entry(id)?.state == "sent" }
    }

    @Test func exit67FailsForGoodAndTheCoordinatorIsToldOnce() throws {
        let harness = try MailDaemonHarness(codes: "67 67 0")
        try harness.start()
        let id = try harness.queueReminder()
        try harness.waitUntil("mail \(id) failed and its notice tried") { try harness.outbox().count == 2 && harness.runs == 2 }
        // A notice about the failed notice would be due at once and older than this later
        // reminder, so it would be tried before the reminder is delivered.
        let barrier = try harness.queueReminder()
        try harness.waitUntil("mail \(barrier) sent") { try harness.entry(barrier)?.state == "sent" }
        let entries = try harness.outbox()
        #expect(entries.count == 3, "one notice, and no notice about the notice")
        #expect(entries[0].state == "failed" && entries[0].lastExitCode == 67)
        #expect(entries[1].kind == "delivery-failed" && entries[1].recipient == "koordination@landkreis.example")
        #expect(harness.runs == 3)
        let table = try harness.lotse(["mail", "outbox"])
        #expect(table.status == 0 && table.out.contains("failed") && table.out.contains("delivery failed"), "\(table.out)")
    }

    @Test func aHangingSendmailIsKilledAfterTheTimeoutAndRetried() throws {
        let harness = try MailDaemonHarness(codes: "hang 0", timeoutSeconds: 1)
        try harness.start()
        let id = try harness.queueReminder()
        try harness.waitUntil("the timeout on mail \(id)") { try harness.entry(id)?.lastError?.contains("did not finish within 1 seconds") == true }
        #expect(try harness.entry(id)?.state == "pending")
        if let pid = harness.pid(ofRun: 1) { #expect(kill(pid, 0) != 0, "the hanging sendmail was killed") }
        #expect(try harness.lotse(["mail", "retry", String(id)]).status == 0)
        try harness.waitUntil("mail \(id) sent") { try harness.entry(id)?.state == "sent" }
    }

    @Test func aSendmailThatExitsWithoutReadingDoesNotHarmTheDaemon() throws {
        let harness = try MailDaemonHarness(codes: "noread=75 noread=0")
        try harness.start()
        let id = try harness.queueReminder()
        try harness.waitUntil("an attempt on mail \(id)") { let entry = try harness.entry(id); return entry?.attempts == 1 && entry?.state != "sending" }
        #expect(try harness.lotse(["mail", "retry", String(id)]).status == 0)
        try harness.waitUntil("mail \(id) accepted") { try harness.entry(id)?.state == "sent" }
        #expect(harness.daemon?.isRunning == true)
    }

    @Test func killingTheDaemonWhileSendingLosesNothingAndResendsWithTheSameMessageID() throws {
        let harness = try MailDaemonHarness(codes: "readhang 0")
        try harness.start()
        let id = try harness.queueReminder()
        try harness.waitUntil("mail \(id) sending") { try harness.entry(id)?.state == "sending" && harness.message(ofRun: 1) != nil }
        let messageID = try #require(try harness.entry(id)?.messageId)
        harness.crash()
        if let pid = harness.pid(ofRun: 1) { kill(pid, SIGKILL) }
        try harness.start()
        try harness.waitUntil("mail \(id) sent after the restart") { try harness.entry(id)?.state == "sent" }
        #expect(harness.runs == 2)
        #expect(harness.messageIDHeader(ofRun: 1) == messageID)
        #expect(harness.messageIDHeader(ofRun: 2) == messageID)
        #expect(try harness.entry(id)?.attempts == 2)
    }

    @Test func retryOfAnUnknownNumberSaysSo() throws {
        let harness = try MailDaemonHarness(codes: "0")
        try harness.start()
        let result = try harness.lotse(["mail", "retry", "4711"])
        #expect(result.status == 67)
        #expect(result.err.contains("Not found: There is no message 4711 in the outbox."))
    }
}

/// Templates are checked when the daemon starts.
@Suite struct MailTemplateStartupTests {
    @Test func aTemplateWithAnUnknownPlaceholderStopsTheDaemonNamingFileAndLine() throws {
        let templates = URL(fileURLWithPath: "/tmp").appendingPathComponent("lotse-templates-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: templates) }
        try FileManager.default.copyItem(at: MailDaemonHarness.packageRoot.appendingPathComponent("Config/mail"), to: templates)
        let file = templates.appendingPathComponent("en/followup-due.txt")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "an agreed next step for {{pseudonym}}", with: "the step {{recommendation}} for {{pseudonym}}")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let harness = try MailDaemonHarness(codes: "0", templates: templates.path)
        let result = try harness.startExpectingFailure()
        #expect(result.status == 78)
        #expect(result.log.contains("\(templates.path)/en/followup-due.txt:5: unknown placeholder {{recommendation}}"), "\(result.log)")
    }
}

/// Reloading with changed templates: a faulty set is refused and the old one stays.
@Suite struct MailReloadTests {
    @Test func aReloadWithAFaultyTemplateKeepsTheOldTemplatesAndAGoodOneIsUsed() throws {
        let templates = URL(fileURLWithPath: "/tmp").appendingPathComponent("lotse-templates-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: templates) }
        try FileManager.default.copyItem(at: MailDaemonHarness.packageRoot.appendingPathComponent("Config/mail"), to: templates)
        let harness = try MailDaemonHarness(codes: "0", templates: templates.path)
        try harness.start()
        let file = templates.appendingPathComponent("de/delivery-failed.txt")
        let original = try String(contentsOf: file, encoding: .utf8)
        try original.replacingOccurrences(of: "{{reference}}", with: "{{note}}").write(to: file, atomically: true, encoding: .utf8)
        guard let daemon = harness.daemon else { throw MailDaemonHarness.HarnessError(description: "lotsed is not running") }
        kill(daemon.processIdentifier, SIGHUP)
        try harness.waitUntil("the reload is logged") { harness.log.contains("configuration reloaded") }
        // The next round sees the new generation and refuses the faulty templates.
        let id = try harness.queueReminder()
        try harness.waitUntil("mail \(id) sent with the old templates") { try harness.entry(id)?.state == "sent" }
        #expect(harness.log.contains("delivery-failed.txt:9: unknown placeholder {{note}}"), "\(harness.log)")
        #expect(harness.daemon?.isRunning == true)
    }
}
