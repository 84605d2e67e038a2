import Foundation
import LotseCore
import LotseSystem

/// Hands one message to the system's sendmail: `sendmail -i -f BOUNCE -- RECIPIENT`, the
/// message on standard input, no shell, no `-t` (the recipient comes only from the
/// validated argument, never from the headers).
///
/// - `-i`: a line with a single `.` does not end the message.
/// - `--`: nothing after it is an option, whatever the address looks like (the address is
///   also validated: no leading `-`).
/// - The message is written by a thread that blocks SIGPIPE for itself, so a sendmail that
///   exits without reading never kills the daemon, and nothing is ignored process-wide
///   that sendmail would inherit (`CleanChild` starts it with clean signals and only its
///   three standard descriptors).
/// - A run longer than `timeout` is ended: SIGTERM to its process group, then SIGKILL after
///   `killGrace`. The outcome is a temporary failure, retried later.
/// - A program that is missing or not executable is a *temporary* failure with a clear
///   reason (decision: it is a configuration fault the administrator fixes — e.g. the MTA
///   package not yet installed — and the reminders must wait for that, not be dropped).
///
/// `deliver` blocks for the run (about 50 ms with a real MTA); call it from a worker thread,
/// never from the Swift concurrency pool.
public struct SendmailTransport: Sendable {
    /// The sendmail program (absolute path from the configuration).
    public var path: String
    /// The envelope sender passed as `-f`, where bounces go.
    public var bounceAddress: EmailAddress
    /// Longest a run may take before it is killed.
    public var timeout: TimeInterval
    /// Time between SIGTERM and SIGKILL for a run past its timeout.
    public var killGrace: TimeInterval
    /// Most bytes of sendmail's standard error kept for the outbox.
    public var stderrLimit: Int

    /// A transport; the defaults suit a local MTA.
    public init(path: String, bounceAddress: EmailAddress, timeout: TimeInterval = 30, killGrace: TimeInterval = 2, stderrLimit: Int = 1000) {
        self.path = path
        self.bounceAddress = bounceAddress
        self.timeout = timeout
        self.killGrace = killGrace
        self.stderrLimit = stderrLimit
    }

    /// The argument list after the program name, exactly as passed.
    public func arguments(for recipient: EmailAddress) -> [String] {
        ["-i", "-f", bounceAddress.value, "--", recipient.value]
    }

    /// Runs sendmail once for `recipient` with `message` (the complete RFC 5322 text) and
    /// reports how it ended. Never throws and never traps: every problem is an outcome.
    public func deliver(_ message: String, to recipient: EmailAddress) -> DeliveryAttempt {
        if let reason = Self.unusableProgram(path) {
            return DeliveryAttempt(ending: .couldNotStart(reason), stderrExcerpt: "")
        }
        let child: CleanChild
        switch CleanChild.start(path, arguments: arguments(for: recipient)) {
        case .success(let started): child = started
        case .failure(let error):
            return DeliveryAttempt(ending: .couldNotStart(MailProblemText.programNotStarted.english(path, error.text)), stderrExcerpt: "")
        }
        // Standard error is drained on its own thread (a chatty sendmail must not block on a
        // full pipe), keeping only the first `stderrLimit` bytes.
        let collector = StderrCollector(limit: stderrLimit)
        let stderrDone = DispatchSemaphore(value: 0)
        let limit = stderrLimit
        Thread.detachNewThread {
            collector.keep(child.readErrors(limit: limit))
            stderrDone.signal()
        }
        // The message is written on its own thread too: a sendmail that never reads would
        // otherwise block a large write past the timeout.
        let writeResult = ThreadResult<String>()
        let bytes = Array(message.utf8)
        let writeDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            if !child.writeInputAndClose(bytes) { writeResult.set("sendmail stopped reading its input early") }
            writeDone.signal()
        }
        let exit = ThreadResult<Int32>()
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            exit.set(child.wait())
            finished.signal()
        }

        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            Self.signalProcess(child.pid, SIGTERM)
            if finished.wait(timeout: .now() + killGrace) == .timedOut {
                Self.signalProcess(child.pid, SIGKILL)
                finished.wait()
            }
        }
        // The writer's outcome is read below, so let it finish first: once sendmail has
        // exited its end of the pipe is closed and the write ends at once (EPIPE) — unless
        // a grandchild inherited the pipe, so do not wait for it long. Same for stderr.
        _ = writeDone.wait(timeout: .now() + killGrace)
        _ = stderrDone.wait(timeout: .now() + killGrace)
        let excerpt = collector.excerpt()

        if timedOut { return DeliveryAttempt(ending: .timedOut(timeout), stderrExcerpt: excerpt) }
        guard let status = exit.get() else {
            return DeliveryAttempt(ending: .signalled(0), stderrExcerpt: excerpt, note: writeResult.get())
        }
        // The wait status as <sys/wait.h> lays it out: the low 7 bits are the signal that
        // ended the child (0 when it exited), the next byte its exit code.
        let signal = status & 0x7F
        if signal == 0 {
            return DeliveryAttempt(ending: .exited((status >> 8) & 0xFF), stderrExcerpt: excerpt, note: writeResult.get())
        }
        return DeliveryAttempt(ending: .signalled(signal), stderrExcerpt: excerpt, note: writeResult.get())
    }

    /// Why `path` cannot be run, or `nil` when it is an executable regular file.
    static func unusableProgram(_ path: String) -> String? {
        guard let status = try? FileSystem.status(path) else {
            return MailProblemText.programMissing.english(path)
        }
        guard status.isRegularFile else {
            return MailProblemText.programNotRegular.english(path)
        }
        guard FileSystem.isAccessible(path, X_OK) else {
            return MailProblemText.programNotExecutable.english(path)
        }
        return nil
    }

    /// Sends `signal` to the child's process group when it leads one (so a helper it started
    /// goes too), else to the child alone.
    static func signalProcess(_ pid: pid_t, _ signal: Int32) {
        // A child that has ended meanwhile (ESRCH) needs no signal.
        try? ProcessControl.send(signal, to: getpgid(pid) == pid ? -pid : pid)
    }
}

/// What one sendmail run came to: the ending, its classification, and what sendmail said.
public struct DeliveryAttempt: Sendable, Equatable {
    /// How the run ended.
    public var ending: SendmailEnding
    /// Sent, permanent or temporary failure (see `DeliveryResult.classify`). One rule on
    /// top: exit 0 from a sendmail that stopped reading before the whole message was
    /// written is a temporary failure — the message was cut off, and a resend (same
    /// Message-ID) is better than a lost or truncated reminder. (A message small enough to
    /// fit the pipe buffer cannot be checked this way; there the exit status decides.)
    public var result: DeliveryResult {
        if ending == .exited(0), note != nil {
            return .temporaryFailure(MailProblemText.exitedBeforeReading.english())
        }
        return DeliveryResult.classify(ending)
    }
    /// The start of sendmail's standard error, control characters replaced, for the outbox.
    public var stderrExcerpt: String
    /// Set when sendmail stopped reading its input before the whole message was written.
    public var note: String?

    /// An attempt.
    public init(ending: SendmailEnding, stderrExcerpt: String, note: String? = nil) {
        self.ending = ending
        self.stderrExcerpt = stderrExcerpt
        self.note = note
    }

    /// The exit status, when sendmail exited by itself.
    public var exitCode: Int32? {
        if case .exited(let code) = ending { return code }
        return nil
    }

    /// One line for logs and the outbox: the result's reason plus what sendmail said.
    public var summary: String {
        let reason: String
        switch result {
        case .sent: reason = "accepted by sendmail"
        case .permanentFailure(let text), .temporaryFailure(let text): reason = text
        }
        return stderrExcerpt.isEmpty ? reason : reason + ": " + stderrExcerpt
    }
}

/// Collects the first bytes of a stream and discards the rest.
final class StderrCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    private let limit: Int

    init(limit: Int) { self.limit = max(0, limit) }

    /// Takes what was read (already bounded by the reader).
    func keep(_ read: [UInt8]) {
        lock.lock()
        if bytes.count < limit { bytes += read.prefix(limit - bytes.count) }
        lock.unlock()
    }

    /// The collected text, control characters replaced by spaces and trimmed.
    func excerpt() -> String {
        lock.lock()
        let copy = bytes
        lock.unlock()
        let text = String(decoding: copy, as: UTF8.self)
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
        return cleaned.trimmingCharacters(in: .whitespaces)
    }
}

/// One value handed from a helper thread (the waiter's wait status, the writer's note) to
/// the delivering thread, which reads it after the run.
final class ThreadResult<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    func set(_ new: Value?) {
        lock.lock()
        value = new
        lock.unlock()
    }

    func get() -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
