import CLinux
import Glibc

/// A child program started the way a daemon must start one: with nothing of the daemon but
/// what it is given.
///
/// A daemon's threads block signals and it catches or ignores others; a child inherits a
/// blocked mask and ignored dispositions across `exec`, and every descriptor not marked
/// close-on-exec. A sendmail started naively would then ignore SIGPIPE, could not be ended
/// by SIGTERM on a timeout, and would hold the daemon's client sockets open. So the child
/// gets an empty signal mask, every signal at its default, only standard input (a pipe
/// from the caller), standard output (`/dev/null`) and standard error (a pipe to the
/// caller), and a process group of its own, so a timeout can end it with its helpers.
public struct CleanChild: Sendable {
    /// The child's process id (also its process group id).
    public let pid: pid_t
    /// The write end of the child's standard input (close-on-exec in the daemon).
    public let input: FileDescriptor
    /// The read end of the child's standard error (close-on-exec in the daemon).
    public let errors: FileDescriptor

    /// Starts `path` with `arguments` (after the program name) and the daemon's environment.
    /// Fails with the system's reason when the pipes cannot be made or the program cannot
    /// be started.
    public static func start(_ path: String, arguments: [String]) -> Result<CleanChild, CleanChildError> {
        let inputPipe: (read: FileDescriptor, write: FileDescriptor)
        let errorPipe: (read: FileDescriptor, write: FileDescriptor)
        do { inputPipe = try FileDescriptor.pipe() } catch { return .failure(CleanChildError(error.code)) }
        do { errorPipe = try FileDescriptor.pipe() } catch {
            inputPipe.read.close(); inputPipe.write.close()
            return .failure(CleanChildError(error.code))
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the copy, so the pipes reach the child as 0 and 2 only.
        posix_spawn_file_actions_adddup2(&actions, inputPipe.read.rawValue, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errorPipe.write.rawValue, 2)
        // Whatever other code opened without close-on-exec stays in the daemon.
        posix_spawn_file_actions_addclosefrom_np(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noneBlocked = sigset_t()
        sigemptyset(&noneBlocked)
        var allDefault = sigset_t()
        sigfillset(&allDefault)
        posix_spawnattr_setsigmask(&attributes, &noneBlocked)
        posix_spawnattr_setsigdefault(&attributes, &allDefault)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        inputPipe.read.close()
        errorPipe.write.close()
        guard spawned == 0 else {
            inputPipe.write.close(); errorPipe.read.close()
            return .failure(CleanChildError(spawned))
        }
        return .success(CleanChild(pid: pid, input: inputPipe.write, errors: errorPipe.read))
    }

    /// Waits for the child to end (retrying after a signal) and returns its raw wait status,
    /// or nil when it cannot be waited for (already reaped).
    public func wait() -> Int32? {
        try? ProcessControl.wait(for: pid)
    }

    /// Writes all of `bytes` to the child's standard input and closes it. SIGPIPE is blocked
    /// on the calling thread first, so a child that stops reading makes the write fail with
    /// EPIPE instead of killing the daemon; call it from a thread of its own. Returns false
    /// when the child stopped reading before everything was written.
    public func writeInputAndClose(_ bytes: [UInt8]) -> Bool {
        Signals.blockOnThisThread(SIGPIPE)
        defer { input.close() }
        do { try input.writeAll(bytes) } catch {
            // The SIGPIPE the failed write raised stays pending on this thread, which
            // ends without unblocking it, so it is discarded.
            return false
        }
        return true
    }

    /// Reads the child's standard error to its end, keeping the first `limit` bytes, and
    /// closes it.
    public func readErrors(limit: Int) -> [UInt8] {
        defer { errors.close() }
        var kept: [UInt8] = []
        while let chunk = try? errors.read(upTo: 4096), !chunk.isEmpty {
            if kept.count < limit { kept += chunk.prefix(limit - kept.count) }
        }
        return kept
    }
}

/// Why a child could not be started: the system's reason.
public struct CleanChildError: Error, Sendable {
    /// The errno value.
    public let code: Int32
    /// Wraps the errno value.
    public init(_ code: Int32) { self.code = code }
    /// The system's text for it.
    public var text: String { Errno(code).text }
}
