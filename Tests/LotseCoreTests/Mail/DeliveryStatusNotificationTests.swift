import Testing
@testable import LotseCore

/// Parsing RFC 3464 bounces: real ones from exim and Postfix, and hostile input.
@Suite struct DeliveryStatusNotificationTests {
    /// What exim 4.96 (Debian 12) delivered for an unrouteable recipient, as it landed in
    /// the Maildir.
    static let eximBounce = """
        Return-path: <>
        Envelope-to: bounce@lotse.test
        X-Failed-Recipients: nosuchuser@lotse.test
        Auto-Submitted: auto-replied
        From: Mail Delivery System <Mailer-Daemon@lotse.test>
        To: bounce@lotse.test
        References: <lotse.reminder.abc@lotse.test>
        Content-Type: multipart/report; report-type=delivery-status; boundary=1796356349-eximdsn-81672129
        MIME-Version: 1.0
        Subject: Mail delivery failed: returning message to sender

        --1796356349-eximdsn-81672129
        Content-type: text/plain; charset=us-ascii

        This message was created automatically by mail delivery software.

        --1796356349-eximdsn-81672129
        Content-type: message/delivery-status

        Reporting-MTA: dns; lotse.test

        Action: failed
        Final-Recipient: rfc822;nosuchuser@lotse.test
        Status: 5.0.0

        --1796356349-eximdsn-81672129
        Content-type: message/rfc822

        Return-path: <bounce@lotse.test>
        From: lotse@lotse.test
        To: nosuchuser@lotse.test
        Subject: hi
        Message-ID: <lotse.reminder.abc@lotse.test>

        body

        --1796356349-eximdsn-81672129--
        """

    /// Postfix's form: CRLF, a quoted boundary, only the headers returned, a folded
    /// diagnostic, and a second recipient that was delayed.
    static let postfixBounce = [
        "From: MAILER-DAEMON@mx.example (Mail Delivery System)",
        "Subject: Undelivered Mail Returned to Sender",
        "Content-Type: multipart/report; report-type=\"delivery-status\";",
        "\tboundary=\"8A1C2-123.1700000000/mx.example\"",
        "",
        "--8A1C2-123.1700000000/mx.example",
        "Content-Description: Notification",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "I'm sorry to have to inform you...",
        "",
        "--8A1C2-123.1700000000/mx.example",
        "Content-Description: Delivery report",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx.example",
        "Arrival-Date: Tue,  1 Dec 2026 09:00:00 +0100 (CET)",
        "",
        "Final-Recipient: rfc822; im-nord@landkreis.example",
        "Original-Recipient: rfc822;im-nord@landkreis.example",
        "Action: failed",
        "Status: 5.1.1",
        "Diagnostic-Code: smtp; 550 5.1.1 <im-nord@landkreis.example>:",
        "    Recipient address rejected: User unknown",
        "",
        "--8A1C2-123.1700000000/mx.example",
        "Content-Description: Undelivered Message Headers",
        "Content-Type: text/rfc822-headers",
        "",
        "From: Lotse <lotse@landkreis.example>",
        "Message-ID: <lotse.reminder.k42@landkreis.example>",
        "",
        "--8A1C2-123.1700000000/mx.example--",
        "",
    ].joined(separator: "\r\n")

    private func parse(_ text: String) -> Result<DeliveryStatusNotification, DeliveryStatusNotification.Problem> {
        DeliveryStatusNotification.parse(Array(text.utf8))
    }

    @Test func anEximBounceNamesTheOriginalMessageAndTheFailedRecipient() throws {
        let report = try parse(Self.eximBounce).get()
        #expect(report.originalMessageID == "lotse.reminder.abc@lotse.test")
        #expect(report.failures == [.init(address: "nosuchuser@lotse.test", action: "failed", status: "5.0.0", diagnostic: nil)])
    }

    @Test func aPostfixBounceWithHeadersOnlyAndAFoldedDiagnosticIsRead() throws {
        let report = try parse(Self.postfixBounce).get()
        #expect(report.originalMessageID == "lotse.reminder.k42@landkreis.example")
        let failure = try #require(report.failures.first)
        #expect(failure.status == "5.1.1")
        #expect(failure.address == "im-nord@landkreis.example")
        #expect(failure.diagnostic == "smtp; 550 5.1.1 <im-nord@landkreis.example>: Recipient address rejected: User unknown")
    }

    @Test func aDelayReportIsReadButIsNoFailure() throws {
        let delayed = Self.eximBounce.replacingOccurrences(of: "Action: failed", with: "Action: delayed")
            .replacingOccurrences(of: "Status: 5.0.0", with: "Status: 4.4.1")
        let report = try parse(delayed).get()
        #expect(report.failures.isEmpty)
        #expect(report.recipients.map(\.action) == ["delayed"])
    }

    @Test func whatIsNotAUsableReportSaysWhy() {
        #expect(parse("Subject: hello\n\nA reply from a person.\n") == .failure(.notAReport))
        #expect(parse(Self.eximBounce.replacingOccurrences(of: "report-type=delivery-status", with: "report-type=disposition-notification"))
            == .failure(.notAReport))
        #expect(parse(Self.eximBounce.replacingOccurrences(of: "message/delivery-status", with: "text/plain")) == .failure(.noDeliveryStatus))
        #expect(parse(Self.eximBounce.replacingOccurrences(of: "Message-ID: <lotse.reminder.abc@lotse.test>", with: "X-Nothing: 1"))
            == .failure(.noOriginalMessageID))
        #expect(parse("") == .failure(.notAReport))
    }

    @Test func hostileBytesNeverTrap() {
        // Seeded mutations of a real bounce (cut, bytes flipped, lines repeated) and pure
        // noise: every one parses to a result, none traps.
        var generator = SplitMix64(seed: 12)
        let base = Array(Self.postfixBounce.utf8)
        for round in 0..<1200 {
            var bytes = base
            switch round % 4 {
            case 0: bytes = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count + 1))))
            case 1:
                for _ in 0..<8 { bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next()) }
            case 2:
                let line = Array("--8A1C2-123.1700000000/mx.example\r\nContent-Type: message/delivery-status\r\n\r\n\r\nAction: failed\r\n".utf8)
                for _ in 0..<Int(generator.next() % 200) { bytes += line }
            default: bytes = (0..<Int(generator.next() % 4096)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            }
            _ = DeliveryStatusNotification.parse(bytes)
        }
        // Very long lines and thousands of header fields stay bounded.
        let long = "Content-Type: multipart/report; report-type=delivery-status; boundary=" + String(repeating: "b", count: 100_000) + "\n"
        #expect(DeliveryStatusNotification.parse(Array((long + String(repeating: "X: y\n", count: 50_000)).utf8)) == .failure(.notAReport))
    }
}
