import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LotseCore
@testable import LotseDaemon
import Testing

@Suite struct SendmailTransportTests {
    static let message = "Subject: Test\nTo: im@example.org\n\n.\nZeile mit =C3=9F\n"

    func transport(_ fake: FakeSendmail, timeout: TimeInterval = 30) throws -> SendmailTransport {
        SendmailTransport(path: fake.path, bounceAddress: try EmailAddress(validating: "bounce@landkreis.example"), timeout: timeout, killGrace: 1)
    }

    func recipient() throws -> EmailAddress { try EmailAddress(validating: "im-nord@landkreis.example") }

    @Test func runsSendmailWithDashIDashFBounceAndTheRecipientAfterDoubleDash() throws {
        let fake = try FakeSendmail(codes: "0")
        defer { fake.remove() }
        let attempt = try transport(fake).deliver(Self.message, to: try recipient())
        #expect(attempt.result == .sent)
        #expect(fake.arguments(ofRun: 1) == ["-i", "-f", "bounce@landkreis.example", "--", "im-nord@landkreis.example"])
        #expect(fake.message(ofRun: 1) == Self.message)
    }

    @Test func tempfailIsRetriedAnd69TooBecauseMsmtpUsesItForTemporaryErrors() throws {
        let fake = try FakeSendmail(codes: "75 69")
        defer { fake.remove() }
        let transport = try transport(fake)
        let first = transport.deliver(Self.message, to: try recipient())
        let second = transport.deliver(Self.message, to: try recipient())
        #expect(first.result == .temporaryFailure("sendmail exited with status 75"))
        #expect(second.result == .temporaryFailure("sendmail exited with status 69"))
        #expect(second.exitCode == 69)
    }

    @Test func noSuchUserFailsForGoodWithTheStderrExcerpt() throws {
        let fake = try FakeSendmail(codes: "67")
        defer { fake.remove() }
        try fake.setStderr("im-nord@landkreis.example... User unknown\n")
        let attempt = try transport(fake).deliver(Self.message, to: try recipient())
        #expect(attempt.result == .permanentFailure("sendmail exited with status 67"))
        #expect(attempt.stderrExcerpt == "im-nord@landkreis.example... User unknown")
    }

    @Test func theStderrExcerptIsBounded() throws {
        let fake = try FakeSendmail(codes: "75")
        defer { fake.remove() }
        try fake.setStderr(String(repeating: "x", count: 200_000))
        let attempt = try transport(fake).deliver(Self.message, to: try recipient())
        #expect(attempt.stderrExcerpt.utf8.count == 1000)
    }

    @Test func sendmailInheritsNoBlockedOrIgnoredSignalAndNoDescriptorOfTheDaemon() throws {
        let fake = try FakeSendmail(codes: "0")
        defer { fake.remove() }
        // What a daemon has that a naive spawn hands on: SIGPIPE ignored, signals blocked on
        // the delivering thread, and a socket opened without close-on-exec.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        let leaky = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(leaky) }
        var blocked = sigset_t(), old = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGTERM)
        sigaddset(&blocked, SIGUSR1)
        pthread_sigmask(SIG_BLOCK, &blocked, &old)
        let attempt = try transport(fake).deliver(Self.message, to: try recipient())
        pthread_sigmask(SIG_SETMASK, &old, nil)
        #expect(attempt.result == .sent)
        let record = fake.inherited(ofRun: 1)
        let mask = { (name: String) in record.first { $0.hasPrefix(name + ":") }.map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) } }
        #expect(mask("SigBlk") == "0000000000000000")
        // Bit 13 - 1 of the ignored set is SIGPIPE.
        let ignored = mask("SigIgn").flatMap { UInt64($0, radix: 16) }
        #expect(ignored.map { $0 & (1 << 12) == 0 } == true, "SIGPIPE is ignored in sendmail: \(record)")
        let descriptors = record.filter { $0.hasPrefix("fd ") }.compactMap { line -> (Int, String)? in
            let parts = line.split(separator: " ", maxSplits: 2).map(String.init)
            guard parts.count == 3, let fd = Int(parts[1]) else { return nil }
            return (fd, parts[2])
        }
        #expect(descriptors.count >= 3)
        // Higher descriptors than 2 are the shell's own (its copy of the script, and the
        // standard descriptors it saves while a redirection is in force: the listing is
        // itself redirected), so only what the daemon could leak is checked: no socket.
        for (fd, target) in descriptors where fd > 2 {
            #expect(!target.hasPrefix("socket:"), "sendmail inherited a socket: fd \(fd)")
        }
    }

    @Test func aMissingProgramIsATemporaryFailureSayingSo() throws {
        let transport = SendmailTransport(path: "/nonexistent/sendmail", bounceAddress: try EmailAddress(validating: "b@example.org"))
        let attempt = transport.deliver(Self.message, to: try recipient())
        guard case .temporaryFailure(let reason) = attempt.result else {
            Issue.record("expected a temporary failure, got \(attempt.result)")
            return
        }
        #expect(reason.contains("/nonexistent/sendmail") && reason.contains("does not exist"))
    }

    @Test func aProgramThatIsNotExecutableIsATemporaryFailureSayingSo() throws {
        let fake = try FakeSendmail()
        defer { fake.remove() }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: fake.path)
        let attempt = try transport(fake).deliver(Self.message, to: try recipient())
        guard case .temporaryFailure(let reason) = attempt.result else {
            Issue.record("expected a temporary failure, got \(attempt.result)")
            return
        }
        #expect(reason.contains("not executable"))
        #expect(fake.runs == 0)
    }

    @Test func aHangingSendmailIsKilledAfterTheTimeoutAndRetried() throws {
        let fake = try FakeSendmail(codes: "hang")
        defer { fake.remove() }
        let attempt = try transport(fake, timeout: 1).deliver(Self.message, to: try recipient())
        #expect(attempt.ending == .timedOut(1))
        guard case .temporaryFailure = attempt.result else {
            Issue.record("a timeout must be retried")
            return
        }
        #expect(fake.runs == 1)
    }

    @Test func aSendmailThatExitsWithoutReadingDoesNotCrashTheCaller() throws {
        let fake = try FakeSendmail(codes: "noread=0 noread=75")
        defer { fake.remove() }
        // Far larger than a pipe buffer, so the write really meets a closed pipe.
        let big = Self.message + String(repeating: "Zeile ohne Leser\n", count: 100_000)
        let transport = try transport(fake)
        let first = transport.deliver(big, to: try recipient())
        let second = transport.deliver(big, to: try recipient())
        #expect(first.ending == .exited(0))
        #expect(first.result == .temporaryFailure("sendmail exited with status 0 before reading the whole message"))
        #expect(second.result == .temporaryFailure("sendmail exited with status 75"))
        #expect(fake.message(ofRun: 1) == nil)
    }

    @Test func aSendmailKilledByASignalIsRetried() throws {
        let fake = try FakeSendmail(codes: "signal=KILL")
        defer { fake.remove() }
        let attempt = try transport(fake).deliver(Self.message, to: try recipient())
        #expect(attempt.ending == .signalled(9))
        #expect(attempt.result == .temporaryFailure("sendmail was killed by signal 9"))
    }
}
