import Foundation
import LotseCore
@testable import LotseDaemon
import LotseStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The bounce Maildir: a DSN marks its mail failed and tells the coordinator once;
/// anything else in the Maildir is moved aside, never crashes the reader.
@Suite struct BounceMaildirReaderTests {
    static func bounce(for messageID: String, status: String = "5.1.1", action: String = "failed") -> String {
        """
        From: MAILER-DAEMON@mx.example
        Content-Type: multipart/report; report-type=delivery-status; boundary="b0"

        --b0
        Content-Type: text/plain

        Undeliverable.

        --b0
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example

        Final-Recipient: rfc822; im-nord@landkreis.example
        Action: \(action)
        Status: \(status)
        Diagnostic-Code: smtp; 550 \(status) User unknown

        --b0
        Content-Type: text/rfc822-headers

        Message-ID: \(messageID)

        --b0--

        """
    }

    @Test func aBounceMarksTheSentMailFailedWithStatusAndDiagnosticAndTellsTheCoordinatorOnce() throws {
        let fixture = try OutboxFixture(codes: "0")
        let worker = try fixture.worker()
        let id = try #require(try fixture.queueReminder())
        #expect(try worker.deliverDue().sent == [id])
        let maildir = fixture.fake.directory.appendingPathComponent("bounces").path
        let reader = try fixture.bounceReader(directory: maildir)
        let messageID = try #require(try fixture.entry(id)).messageID
        try Self.bounce(for: messageID).write(toFile: maildir + "/new/1700000000.M1P1.mx", atomically: false, encoding: .utf8)
        try Self.bounce(for: messageID).write(toFile: maildir + "/new/1700000001.M2P1.mx", atomically: false, encoding: .utf8)

        let report = try reader.readNew(now: fixture.clock.now)
        #expect(report.bounced == [id], "\(fixture.logLines.all)")
        #expect(report.read == ["1700000000.M1P1.mx", "1700000001.M2P1.mx"])
        let entry = try #require(try fixture.entry(id))
        #expect(entry.state == .failed)
        #expect(entry.lastError == "bounced: status 5.1.1, diagnostic: smtp; 550 5.1.1 User unknown (final recipient im-nord@landkreis.example)")
        let notices = try fixture.entries(kind: .deliveryFailed)
        #expect(notices.map(\.recipient) == ["koordination@landkreis.example"], "one notice, though two bounces came")
        #expect(try FileManager.default.contentsOfDirectory(atPath: maildir + "/new").isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: maildir + "/cur").sorted()
            == ["1700000000.M1P1.mx:2,S", "1700000001.M2P1.mx:2,S"])
        #expect(fixture.logLines.all.contains { $0.hasPrefix("warning: mail \(id) ") && $0.contains("bounced: status 5.1.1") })
        // Nothing left to do in the next round.
        #expect(try reader.readNew(now: fixture.clock.now) == BounceMaildirReader.Report())
    }

    @Test func aDelayReportChangesNothing() throws {
        let fixture = try OutboxFixture(codes: "0")
        let id = try #require(try fixture.queueReminder())
        _ = try fixture.worker().deliverDue()
        let maildir = fixture.fake.directory.appendingPathComponent("bounces").path
        let reader = try fixture.bounceReader(directory: maildir)
        let messageID = try #require(try fixture.entry(id)).messageID
        try Self.bounce(for: messageID, status: "4.4.1", action: "delayed").write(toFile: maildir + "/new/d1", atomically: false, encoding: .utf8)
        let report = try reader.readNew(now: fixture.clock.now)
        #expect(report.read == ["d1"] && report.bounced.isEmpty)
        #expect(try fixture.entry(id)?.state == .sent)
    }

    @Test func hostileFilesAreMovedAsideAndLoggedWithoutACrash() throws {
        let fixture = try OutboxFixture(codes: "0")
        let maildir = fixture.fake.directory.appendingPathComponent("bounces").path
        let reader = try fixture.bounceReader(directory: maildir)
        let new = maildir + "/new/"
        try "Subject: thanks\n\nA person replied to the bounce address.\n".write(toFile: new + "reply", atomically: false, encoding: .utf8)
        try Self.bounce(for: "<someone.else@example.org>").write(toFile: new + "foreign", atomically: false, encoding: .utf8)
        try Data(repeating: 0x41, count: BounceMaildirReader.maximumBytes + 1).write(to: URL(fileURLWithPath: new + "huge"))
        try Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: URL(fileURLWithPath: new + "noise"))
        #expect(symlink("/etc/shadow", new + "link") == 0)
        #expect(mkfifo(new + "fifo", 0o600) == 0)
        try FileManager.default.createDirectory(atPath: new + "folder", withIntermediateDirectories: false)
        try "".write(toFile: new + ".hidden", atomically: false, encoding: .utf8)

        let report = try reader.readNew(now: fixture.clock.now)
        #expect(report.setAside.sorted() == ["fifo", "folder", "foreign", "huge", "link", "noise", "reply"])
        #expect(report.bounced.isEmpty && report.read.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: maildir + "/aside").sorted()
            == ["fifo", "folder", "foreign", "huge", "link", "noise", "reply"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: new) == [".hidden"])
        let warnings = fixture.logLines.all.filter { $0.hasPrefix("warning: mail: bounce Maildir file") }
        #expect(warnings.count == 7)
        #expect(warnings.contains { $0.contains("file huge moved to") && $0.contains("is larger than 262144 bytes") })
        #expect(warnings.contains { $0.contains("file link moved to") && $0.contains("cannot be opened") })
        #expect(warnings.contains { $0.contains("file fifo moved to") && $0.contains("not a regular file") })
        #expect(warnings.contains { $0.contains("file reply moved to") && $0.contains("not a delivery status notification") })
        #expect(warnings.contains { $0.contains("file foreign moved to") && $0.contains("<someone.else@example.org>, which is not in the outbox") })
        // The link was not followed: its target is untouched and still a link in aside/.
        var info = stat()
        #expect(lstat(maildir + "/aside/link", &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK)
    }

    @Test func aMissingMaildirIsAWarningNotACrash() throws {
        let fixture = try OutboxFixture(codes: "0")
        let reader = try fixture.bounceReader(directory: fixture.fake.directory.appendingPathComponent("b").path)
        try FileManager.default.removeItem(at: fixture.fake.directory.appendingPathComponent("b/new"))
        #expect(try reader.readNew(now: fixture.clock.now) == BounceMaildirReader.Report())
        #expect(fixture.logLines.all.contains { $0.contains("warning: mail: the bounce Maildir") && $0.contains("cannot be read") })
    }
}
