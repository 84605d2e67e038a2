import Foundation
import LotseVarlink
import Testing

/// A mail system that accepts nothing: past `[mail] alert_after` the daemon warns (not
/// info), `lotse admin status` shows the mail health, and the coordinators get one notice
/// however many rounds pass.
@Suite struct MailHealthEndToEndTests {
    @Test func mailUndeliveredPastAlertAfterIsAWarningInStatusAndOneNotice() throws {
        let harness = try MailDaemonHarness(codes: "75", moreMailSettings: "alert_after = 1s")
        try harness.setCodes("75")
        try harness.start()
        let id = try harness.queueReminder()
        try harness.waitUntil("the delay notice is queued") {
            try harness.outbox().contains { $0.kind == "delivery-delayed" }
        }
        // Many more rounds (every 100 ms) and a second stuck mail: still one notice.
        _ = try harness.queueReminder()
        try harness.waitUntil("the second reminder and the notice are tried") { harness.runs >= 3 }
        // Count rounds rather than sleep: each new reminder is tried in a later round of the
        // worker, so five of them, each awaited, are five more chances for a second notice
        // whatever the machine's speed.
        for _ in 1...5 {
            let tried = harness.runs
            _ = try harness.queueReminder()
            try harness.waitUntil("one more round") { harness.runs > tried }
        }
        let notices = try harness.outbox().filter { $0.kind == "delivery-delayed" }
        #expect(notices.map(\.recipient) == ["koordination@landkreis.example"])
        #expect(harness.log.contains("<4>mail: 1 message undelivered for longer than [mail] alert_after (1s); oldest: number \(id)"),
                "\(harness.log)")
        #expect(harness.log.components(separatedBy: "undelivered for longer than [mail] alert_after (").count == 2, "warned once: \(harness.log)")

        let status = try harness.lotse(["admin", "status", "--json"])
        #expect(status.status == 0, "\(status.err)")
        let mail = try #require(try JSONParser().parse(status.out.trimmingCharacters(in: .whitespacesAndNewlines))["mail"])
        #expect((mail["pending"]?.integerValue ?? 0) >= 3, "the reminders and the notice wait")
        #expect((mail["overdue"]?.integerValue ?? 0) >= 1)
        #expect(mail["alertAfterSeconds"]?.integerValue == 1)
        #expect(mail["failed"]?.integerValue == 0)
        #expect(mail["oldestPendingSince"]?.stringValue != nil)
        #expect(mail["lastError"]?.stringValue?.hasPrefix("sendmail exited with status 75") == true)
        let text = try harness.lotse(["admin", "status"])
        #expect(text.out.contains("overdue (over 1s)") && text.out.contains("WARNING ([mail] alert_after)"), "\(text.out)")
        #expect(text.out.contains("last error") && text.out.contains("sendmail exited with status 75"), "\(text.out)")
        let german = try harness.lotse(["admin", "status"], language: "de_DE.UTF-8")
        #expect(german.out.contains("überfällig (über 1s)") && german.out.contains("WARNUNG ([mail] alert_after)"), "\(german.out)")
        #expect(german.out.contains("letzter Fehler") && german.out.contains("gescheitert"), "\(german.out)")
    }
}
