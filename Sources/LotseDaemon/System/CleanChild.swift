#if canImport(Glibc)
import Glibc
#endif
import CLinux
import LotseVarlink

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
struct CleanChild {
    /// The child's process id (also its process group id).
    let pid: pid_t
    /// The write end of the child's standard input (close-on-exec in the daemon).
    let input: Int32
    /// The read end of the child's standard error (close-on-exec in the daemon).
    let errors: Int32

    /// Starts `path` with `arguments` (after the program name) and the daemon's environment.
    /// Fails with the system's reason when the pipes cannot be made or the program cannot
    /// be started.
    static func start(_ path: String, arguments: [String]) -> Result<CleanChild, CleanChildError> {
        var inputPipe: [Int32] = [-1, -1]
        var errorPipe: [Int32] = [-1, -1]
        guard pipe2(&inputPipe, O_CLOEXEC) == 0 else { return .failure(CleanChildError(errno)) }
        guard pipe2(&errorPipe, O_CLOEXEC) == 0 else {
            let code = errno
            close(inputPipe[0]); close(inputPipe[1])
            return .failure(CleanChildError(code))
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the copy, so the pipes reach the child as 0 and 2 only.
        posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
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
        close(inputPipe[0])
        close(errorPipe[1])
        guard spawned == 0 else {
            close(inputPipe[1]); close(errorPipe[0])
            return .failure(CleanChildError(spawned))
        }
        return .success(CleanChild(pid: pid, input: inputPipe[1], errors: errorPipe[0]))
    }

    /// Waits for the child to end (retrying after a signal) and returns its raw wait status,
    /// or nil when it cannot be waited for (already reaped).
    func wait() -> Int32? {
        var status: Int32 = 0
        while true {
            if waitpid(pid, &status, 0) == pid { return status }
            if errno != EINTR { return nil }
        }
    }

    /// Writes all of `bytes` to the child's standard input and closes it. SIGPIPE is blocked
    /// on the calling thread first, so a child that stops reading makes the write fail with
    /// EPIPE instead of killing the daemon; call it from a thread of its own. Returns false
    /// when the child stopped reading before everything was written.
    func writeInputAndClose(_ bytes: [UInt8]) -> Bool {
        var pipeOnly = sigset_t()
        sigemptyset(&pipeOnly)
        sigaddset(&pipeOnly, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeOnly, nil)
        defer { close(input) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBufferPointer { buffer in
                Glibc.write(input, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                // The SIGPIPE the failed write raised stays pending on this thread, which
                // ends without unblocking it, so it is discarded.
                return false
            }
            offset += written
        }
        return true
    }

    /// Reads the child's standard error to its end, keeping the first `limit` bytes, and
    /// closes it.
    func readErrors(limit: Int) -> [UInt8] {
        defer { close(errors) }
        var kept: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBufferPointer { Glibc.read(errors, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                break
            }
            if count == 0 { break }
            if kept.count < limit { kept += chunk.prefix(min(count, limit - kept.count)) }
        }
        return kept
    }
}

/// Why a child could not be started: the system's reason.
struct CleanChildError: Error, Sendable {
    /// The errno value.
    let code: Int32
    init(_ code: Int32) { self.code = code }
    /// The system's text for it.
    var text: String { SystemError.message(code) }
}
