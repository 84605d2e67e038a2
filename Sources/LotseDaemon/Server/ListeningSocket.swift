#if canImport(Glibc)
import Glibc
#endif
import LotseVarlink

/// The daemon's listening Unix socket, created safely:
/// - the directory is created 0750 (group from the configuration) when missing;
/// - a lock file beside the socket (`PATH.lock`, holding our pid) makes a second daemon
///   fail at once with a clear message, even when both start at the same moment;
/// - an existing socket that still answers means another daemon: refuse; one that does
///   not answer is stale: remove it;
/// - `umask` is set before `bind`, so the socket never exists with wider permissions
///   than the configured mode (0660 by default), then its group is set.
public final class ListeningSocket: Sendable {
    /// The listening descriptor.
    public let fileDescriptor: Int32
    /// The socket path (nil when the socket came from systemd and is not ours to remove).
    public let ownedPath: String?
    private let lockDescriptor: Int32

    /// Wraps a descriptor passed by systemd socket activation.
    public init(activated fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
        self.ownedPath = nil
        self.lockDescriptor = -1
    }

    /// Creates, binds and listens on `path`; `group` (if any) owns the socket and a
    /// directory we create. The backlog is large (the kernel caps it at
    /// `net.core.somaxconn`) because admission happens at accept: a flood of connects from
    /// one account is refused there cheaply, and a short queue would instead turn a
    /// legitimate caller's connect away before the daemon ever saw it.
    public init(path: String, group: gid_t?, mode: mode_t = 0o660, backlog: Int32 = 4096) throws(DaemonError) {
        let address: UnixSocketAddress
        do { address = try UnixSocketAddress(path: path) } catch { throw DaemonError(error.description) }
        if address.isAbstract { throw DaemonError("the socket path \"\(path)\" must be a file path, not an abstract name") }
        let directory = Self.parentDirectory(of: path)
        try Self.ensureDirectory(directory, group: group)
        let lock = try Self.acquireLock(path: path + ".lock", socketPath: path)
        do {
            try Self.removeStaleSocket(address)
            self.fileDescriptor = try Self.bindAndListen(address, group: group, mode: mode, backlog: backlog)
        } catch {
            Glibc.close(lock)
            throw error
        }
        self.ownedPath = path
        self.lockDescriptor = lock
    }

    /// Closes the socket and removes its file (when we created it), so new clients see
    /// at once that no daemon serves. The lock stays held until `releaseLock()`.
    public func closeAndRemove() {
        Glibc.close(fileDescriptor)
        if let ownedPath { unlink(ownedPath) }
    }

    /// Releases the lock: another daemon may start now. Call after the database is
    /// closed. The lock file stays (unlinking a lock another process may be about to take
    /// is a race); it means nothing once its flock is released.
    public func releaseLock() {
        if lockDescriptor >= 0 { Glibc.close(lockDescriptor) }
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    private static func ensureDirectory(_ directory: String, group: gid_t?) throws(DaemonError) {
        var info = stat()
        if stat(directory, &info) == 0 {
            if (info.st_mode & S_IFMT) != S_IFDIR { throw DaemonError("\(directory) exists and is not a directory") }
            return
        }
        if errno != ENOENT { throw DaemonError("cannot examine \(directory): \(SystemError.message(errno))") }
        try makeMissingParents(of: directory)
        if mkdir(directory, 0o750) != 0 && errno != EEXIST {
            throw DaemonError("cannot create the socket directory \(directory): \(SystemError.message(errno))")
        }
        _ = chmod(directory, 0o750)  // mkdir honours the umask; make the mode exact
        if let group, chown(directory, uid_t.max, group) != 0 {
            throw DaemonError("cannot give \(directory) to group \(group): \(SystemError.message(errno))")
        }
    }

    /// Creates the missing ancestors of `directory` as 0755, so a fresh checkout's `var/`
    /// need not exist before the first start; only the last directory gets the private mode
    /// its caller chooses, and the ancestors must let the socket group pass through.
    static func makeMissingParents(of directory: String) throws(DaemonError) {
        let parent = parentDirectory(of: directory)
        if parent == directory || parent == "/" || parent == "." { return }
        var info = stat()
        if stat(parent, &info) == 0 { return }
        if errno != ENOENT { throw DaemonError("cannot examine \(parent): \(SystemError.message(errno))") }
        try makeMissingParents(of: parent)
        if mkdir(parent, 0o755) != 0 && errno != EEXIST {
            throw DaemonError("cannot create \(parent): \(SystemError.message(errno))")
        }
    }

    static func acquireLock(path: String, socketPath: String) throws(DaemonError) -> Int32 {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        if fd < 0 { throw DaemonError("cannot open the lock file \(path): \(SystemError.message(errno))") }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = read(fd, &buffer, buffer.count)
            Glibc.close(fd)
            if code == EWOULDBLOCK {
                let pid = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).trimmingWhitespace()
                throw DaemonError("another lotsed\(pid.isEmpty ? "" : " (pid \(pid))") is already running on \(socketPath); stop it first")
            }
            throw DaemonError("cannot lock \(path): \(SystemError.message(code))")
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return fd
    }

    private static func removeStaleSocket(_ address: UnixSocketAddress) throws(DaemonError) {
        var info = stat()
        guard lstat(address.path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) != S_IFSOCK {
            throw DaemonError("\(address.path) exists and is not a socket; refusing to replace it")
        }
        do {
            let probe = try VarlinkConnection.connect(to: address)
            probe.close()
            throw DaemonError("another daemon is already answering on \(address.path); stop it first")
        } catch let error as DaemonError {
            throw error
        } catch {
            // Nobody answers: a stale socket from a daemon that died.
        }
        if unlink(address.path) != 0 && errno != ENOENT {
            throw DaemonError("cannot remove the stale socket \(address.path): \(SystemError.message(errno))")
        }
    }

    private static func bindAndListen(_ address: UnixSocketAddress, group: gid_t?, mode: mode_t, backlog: Int32) throws(DaemonError) -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        if fd < 0 { throw DaemonError("cannot create a socket: \(SystemError.message(errno))") }
        // The socket is born with at most `mode`: no moment with wider permissions.
        let previousMask = umask(0o777 & ~mode)
        let bound = address.withSockaddr { pointer, length in bind(fd, pointer, length) }
        let bindErrno = errno
        umask(previousMask)
        if bound != 0 {
            Glibc.close(fd)
            throw DaemonError("cannot bind \(address.path): \(SystemError.message(bindErrno))")
        }
        if let group, chown(address.path, uid_t.max, group) != 0 {
            let code = errno
            Glibc.close(fd)
            unlink(address.path)
            throw DaemonError("cannot give \(address.path) to group \(group): \(SystemError.message(code))")
        }
        _ = chmod(address.path, mode)
        if listen(fd, backlog) != 0 {
            let code = errno
            Glibc.close(fd)
            unlink(address.path)
            throw DaemonError("cannot listen on \(address.path): \(SystemError.message(code))")
        }
        return fd
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
