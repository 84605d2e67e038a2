// The one place where Lotse calls the kernel for descriptors, files, sockets, pipes and
// processes. Every wrapper here
// - retries a call a signal interrupted (EINTR) — in `retryingInterrupts`, the only place
//   in Lotse that knows EINTR, so no call site can forget it or handle it differently;
// - creates every descriptor close-on-exec in the same call (`O_CLOEXEC`, `SOCK_CLOEXEC`,
//   `pipe2`, `accept4`), so a child the daemon spawns (sendmail) never inherits a client's
//   socket or a database file, not even through another thread's spawn in between;
// - throws an `Errno`, which carries the errno value and the system's text for it
//   (`strerror_r`, never `strerror`, whose buffer every thread shares).
// Modelled on apple/swift-system (typed descriptors, `valueOrErrno(retryOnInterrupt:)`),
// without its platform layers: Lotse runs on Linux only.

#if !os(Linux)
#error("Lotse runs on Linux only: it uses SO_PEERCRED, accept4, pipe2 and posix_spawn's addclosefrom_np")
#endif

import CLinux
import Glibc

// MARK: - Errors

/// A failed system call's errno value. Thrown by every wrapper here, so a caller has the
/// number to decide on (`code == ENOENT`) and the system's wording to show, in one value.
/// (The German wording of the common ones is LotseCore's `ErrnoText.german`: the domain
/// words stored reasons and configuration errors with it, and does no I/O.)
public struct Errno: Error, Sendable, Hashable, CustomStringConvertible {
    /// The errno value, e.g. `ENOENT`.
    public let code: Int32

    /// Wraps an errno value, e.g. one `posix_spawn` returns instead of setting `errno`.
    public init(_ code: Int32) { self.code = code }

    /// The calling thread's current `errno`, for the few calls not wrapped here.
    public static var current: Errno { Errno(errno) }

    /// "Is a directory": a file was to be written where a directory stands.
    public static let isDirectory = Errno(EISDIR)
    /// No such file or directory.
    public static let noEntry = Errno(ENOENT)
    /// A non-blocking call would have had to wait, or a socket timeout passed
    /// (EAGAIN, which is EWOULDBLOCK on Linux).
    public static let wouldBlock = Errno(EAGAIN)
    /// The peer reset the connection.
    public static let connectionReset = Errno(ECONNRESET)
    /// The peer closed its end before everything was written.
    public static let brokenPipe = Errno(EPIPE)
    /// A path too long for the call (e.g. a socket path over `sun_path`).
    public static let nameTooLong = Errno(ENAMETOOLONG)

    /// The system's text ("No such file or directory"), or `error N` when it has none.
    /// Uses the XSI `strerror_r` (returns 0 on success) that Swift's Glibc module exposes,
    /// because `strerror`'s buffer is shared by every thread of the daemon.
    public var text: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard strerror_r(code, &buffer, buffer.count) == 0 else { return "error \(code)" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The system's text, so `"\(error)"` reads as the reason in a message.
    public var description: String { text }
}

/// Runs `call` again as long as a signal interrupts it, and turns its `-1` into the
/// `Errno` it set. The only place in Lotse that handles EINTR: a signal during a blocking
/// call is not a failure but a reason to ask again (Linux restarts most calls by itself
/// under `SA_RESTART`, but not all, e.g. `poll`, and not for every handler).
@inline(__always)
func retryingInterrupts<Value: FixedWidthInteger>(_ call: () -> Value) throws(Errno) -> Value {
    while true {
        let value = call()
        if value != -1 { return value }
        let code = errno
        if code != EINTR { throw Errno(code) }
    }
}

// MARK: - Descriptors

/// An open file descriptor (a file, a pipe end or a socket). A value, not an owner:
/// whoever opened it closes it, exactly once, with `close()`.
public struct FileDescriptor: Hashable, Sendable, CustomStringConvertible {
    /// The kernel's number for it.
    public let rawValue: Int32

    /// Wraps a descriptor number obtained elsewhere (systemd's socket activation, a
    /// descriptor a type already stores as an integer).
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Standard input (0).
    public static let standardInput = FileDescriptor(rawValue: 0)
    /// Standard output (1).
    public static let standardOutput = FileDescriptor(rawValue: 1)
    /// Standard error (2), where the daemon logs for journald.
    public static let standardError = FileDescriptor(rawValue: 2)

    /// The number, for logs.
    public var description: String { "fd \(rawValue)" }

    /// Opens `path` with `flags` (`O_RDONLY`, `O_WRONLY | O_CREAT`, …), always adding
    /// `O_CLOEXEC`; `permissions` apply when the file is created.
    public static func open(_ path: String, _ flags: Int32, permissions: mode_t = 0) throws(Errno) -> FileDescriptor {
        FileDescriptor(rawValue: try retryingInterrupts { Glibc.open(path, flags | O_CLOEXEC, permissions) })
    }

    /// Creates a new file from `template` (ending in `XXXXXX`) exclusively, mode 0600,
    /// and returns it with the name chosen (`mkstemp`).
    public static func createUnique(template: String) throws(Errno) -> (descriptor: FileDescriptor, path: String) {
        var name = Array(template.utf8CString)
        let fd = try retryingInterrupts {
            name.withUnsafeMutableBufferPointer { buffer -> Int32 in
                guard let base = buffer.baseAddress else { errno = EINVAL; return -1 }
                return mkstemp(base)
            }
        }
        return (FileDescriptor(rawValue: fd), String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Closes the descriptor. Never retried and never reported: on Linux the number is
    /// released even when `close` says EINTR, and retrying could close a descriptor
    /// another thread has just been given.
    public func close() {
        _ = Glibc.close(rawValue)
    }

    /// Reads at most `buffer.count` bytes; 0 means end of file (or a closed peer).
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
        try retryingInterrupts { Glibc.read(rawValue, buffer.baseAddress, buffer.count) }
    }

    /// Reads at most `count` bytes; an empty array means end of file.
    public func read(upTo count: Int) throws(Errno) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(0, count))
        let received = bytes.withUnsafeMutableBytes { raw in Result { () throws(Errno) in try read(into: raw) } }
        bytes.removeSubrange(try received.get()...)
        return bytes
    }

    /// Reads to end of file, but never more than `limit` bytes plus one chunk: a result
    /// longer than `limit` tells the caller the file is too large, without reading a huge
    /// file or a device that never ends.
    public func readToEnd(limit: Int, chunkSize: Int = 65536) throws(Errno) -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count <= limit {
            let chunk = try read(upTo: chunkSize)
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return bytes
    }

    /// Writes at most `buffer.count` bytes and returns how many were written.
    public func write(_ buffer: UnsafeRawBufferPointer) throws(Errno) -> Int {
        try retryingInterrupts { Glibc.write(rawValue, buffer.baseAddress, buffer.count) }
    }

    /// Writes all of `bytes`, continuing after partial writes. On failure some bytes
    /// may have been written.
    public func writeAll(_ bytes: [UInt8]) throws(Errno) {
        let written = bytes.withUnsafeBytes { raw in
            Result { () throws(Errno) in
                var offset = 0
                while offset < raw.count {
                    offset += try write(UnsafeRawBufferPointer(rebasing: raw[offset...]))
                }
            }
        }
        try written.get()
    }

    /// Writes `bytes` at `offset` without moving the file position (`pwrite`), all of them.
    public func writeAll(_ bytes: [UInt8], at offset: off_t) throws(Errno) {
        let written = bytes.withUnsafeBytes { raw in
            Result { () throws(Errno) in
                var done = 0
                while done < raw.count {
                    let rest = UnsafeRawBufferPointer(rebasing: raw[done...])
                    done += try retryingInterrupts { Glibc.pwrite(rawValue, rest.baseAddress, rest.count, offset + off_t(done)) }
                }
            }
        }
        try written.get()
    }

    /// Cuts the file to `length` bytes.
    public func truncate(to length: off_t) throws(Errno) {
        _ = try retryingInterrupts { Glibc.ftruncate(rawValue, length) }
    }

    /// Flushes the file's data and metadata to the disk (`fsync`), so that a rename after
    /// it never leaves an empty file behind a crash.
    public func sync() throws(Errno) {
        _ = try retryingInterrupts { Glibc.fsync(rawValue) }
    }

    /// Sets the file's permission bits (`fchmod`).
    public func setPermissions(_ mode: mode_t) throws(Errno) {
        _ = try retryingInterrupts { Glibc.fchmod(rawValue, mode) }
    }

    /// Gives the open file to `owner` and `group` (`fchown`).
    public func setOwner(_ owner: uid_t, _ group: gid_t) throws(Errno) {
        _ = try retryingInterrupts { Glibc.fchown(rawValue, owner, group) }
    }

    /// The file's status (`fstat`): type, size, owner, mode of what is open, not of what a
    /// path names now.
    public func status() throws(Errno) -> FileStatus {
        var info = stat()
        _ = try retryingInterrupts { Glibc.fstat(rawValue, &info) }
        return FileStatus(info)
    }

    /// Takes or tries to take a `flock` lock (`LOCK_EX | LOCK_NB`, …); EWOULDBLOCK when
    /// another process holds it and `LOCK_NB` is given.
    public func lock(_ operation: Int32) throws(Errno) {
        _ = try retryingInterrupts { flock(rawValue, operation) }
    }

    /// Sets `O_NONBLOCK` on the open file (`fcntl(F_SETFL)`), e.g. for a pipe end a signal
    /// handler writes to and which must never block it.
    public func setNonBlocking() throws(Errno) {
        let flags = try retryingInterrupts { fcntl(rawValue, F_GETFL) }
        _ = try retryingInterrupts { fcntl(rawValue, F_SETFL, flags | O_NONBLOCK) }
    }

    /// Marks a descriptor handed over by someone else (systemd's socket activation)
    /// close-on-exec, so that no child inherits it.
    public func setCloseOnExec() throws(Errno) {
        _ = try retryingInterrupts { fcntl(rawValue, F_SETFD, FD_CLOEXEC) }
    }

    /// Whether the descriptor is a terminal (prompts are only allowed then).
    public var isTerminal: Bool { isatty(rawValue) == 1 }

    /// A new pipe, both ends close-on-exec from the start (`pipe2`), and optionally
    /// non-blocking.
    public static func pipe(nonBlocking: Bool = false) throws(Errno) -> (read: FileDescriptor, write: FileDescriptor) {
        var fds: [Int32] = [-1, -1]
        _ = try retryingInterrupts { pipe2(&fds, O_CLOEXEC | (nonBlocking ? O_NONBLOCK : 0)) }
        return (FileDescriptor(rawValue: fds[0]), FileDescriptor(rawValue: fds[1]))
    }
}

// MARK: - Sockets

extension FileDescriptor {
    /// A new Unix stream socket, close-on-exec from the start.
    public static func unixStreamSocket() throws(Errno) -> FileDescriptor {
        FileDescriptor(rawValue: try retryingInterrupts { Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0) })
    }

    /// A new Unix datagram socket, close-on-exec from the start (for systemd's notify
    /// socket).
    public static func unixDatagramSocket() throws(Errno) -> FileDescriptor {
        FileDescriptor(rawValue: try retryingInterrupts { Glibc.socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0) })
    }

    /// Sends `bytes` as one datagram to `address` (length `length`), with `MSG_NOSIGNAL`;
    /// returns how many bytes went out.
    public func sendDatagram(_ bytes: [UInt8], to address: UnsafePointer<sockaddr>, _ length: socklen_t) throws(Errno) -> Int {
        var bytes = bytes
        let count = bytes.count
        return try retryingInterrupts {
            bytes.withUnsafeMutableBytes { raw in Glibc.sendto(rawValue, raw.baseAddress, count, Int32(MSG_NOSIGNAL), address, length) }
        }
    }

    /// Connects the socket to `address` (length `length`), as given by a socket address
    /// type's `withSockaddr`.
    public func connect(_ address: UnsafePointer<sockaddr>, _ length: socklen_t) throws(Errno) {
        _ = try retryingInterrupts { Glibc.connect(rawValue, address, length) }
    }

    /// Binds the socket to `address` (length `length`).
    public func bind(_ address: UnsafePointer<sockaddr>, _ length: socklen_t) throws(Errno) {
        _ = try retryingInterrupts { Glibc.bind(rawValue, address, length) }
    }

    /// Starts listening with a queue of `backlog` pending connections.
    public func listen(backlog: Int32) throws(Errno) {
        _ = try retryingInterrupts { Glibc.listen(rawValue, backlog) }
    }

    /// Accepts a pending connection, close-on-exec in the same call (`accept4`), so no
    /// child ever holds a client's connection.
    public func accept() throws(Errno) -> FileDescriptor {
        FileDescriptor(rawValue: try retryingInterrupts { accept4(rawValue, nil, nil, Int32(SOCK_CLOEXEC.rawValue)) })
    }

    /// Receives at most `buffer.count` bytes; 0 means the peer closed the connection.
    public func receive(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
        try retryingInterrupts { Glibc.recv(rawValue, buffer.baseAddress, buffer.count, 0) }
    }

    /// Sends at most `buffer.count` bytes with `MSG_NOSIGNAL`: a peer that has gone away
    /// is EPIPE, never a SIGPIPE that would end the process. With `waiting` false
    /// (`MSG_DONTWAIT`) a full socket buffer is EAGAIN instead of a wait.
    public func send(_ buffer: UnsafeRawBufferPointer, waiting: Bool = true) throws(Errno) -> Int {
        let flags = Int32(MSG_NOSIGNAL) | (waiting ? 0 : Int32(MSG_DONTWAIT))
        return try retryingInterrupts { Glibc.send(rawValue, buffer.baseAddress, buffer.count, flags) }
    }

    /// Bounds how long a send may block (`SO_SNDTIMEO`), so a reply to a client that does
    /// not read cannot hold its thread forever.
    public func setSendTimeout(milliseconds: Int) throws(Errno) {
        var timeout = timeval(tv_sec: milliseconds / 1000, tv_usec: (milliseconds % 1000) * 1000)
        _ = try retryingInterrupts { setsockopt(rawValue, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size)) }
    }

    /// The peer's process, user and group as the kernel recorded them at `connect`
    /// (`SO_PEERCRED`): what the daemon authorises by, not anything the peer says.
    public func peerCredentials() throws(Errno) -> (pid: pid_t, uid: uid_t, gid: gid_t) {
        // `struct ucred` is hidden behind _GNU_SOURCE in the Glibc module; this has its layout.
        struct Credentials { var pid: pid_t; var uid: uid_t; var gid: gid_t }
        var credentials = Credentials(pid: 0, uid: uid_t.max, gid: gid_t.max)
        var length = socklen_t(MemoryLayout<Credentials>.size)
        _ = try retryingInterrupts {
            withUnsafeMutablePointer(to: &credentials) { getsockopt(rawValue, SOL_SOCKET, SO_PEERCRED, $0, &length) }
        }
        guard length == socklen_t(MemoryLayout<Credentials>.size) else { throw Errno(EINVAL) }
        return (credentials.pid, credentials.uid, credentials.gid)
    }
}

// MARK: - Waiting for descriptors

/// Waiting on several descriptors at once (`poll`).
public enum Poll {
    /// Waits until one of `descriptors` has an event or `timeoutMilliseconds` pass
    /// (negative: no limit), and returns how many have events (0: none, the timeout
    /// passed). A wait a signal interrupted also returns 0, the same as a spurious
    /// wake-up, so that callers recompute their deadline before waiting again instead of
    /// waiting the whole timeout anew.
    public static func wait(_ descriptors: inout [pollfd], timeoutMilliseconds: Int32) throws(Errno) -> Int {
        let ready = Glibc.poll(&descriptors, nfds_t(descriptors.count), timeoutMilliseconds)
        if ready >= 0 { return Int(ready) }
        let code = errno
        if code == EINTR {
            for index in descriptors.indices { descriptors[index].revents = 0 }
            return 0
        }
        throw Errno(code)
    }

    /// A `pollfd` asking whether `descriptor` is readable.
    public static func readable(_ descriptor: FileDescriptor) -> pollfd {
        pollfd(fd: descriptor.rawValue, events: Int16(POLLIN), revents: 0)
    }
}

// MARK: - Files by path

/// What `stat`/`fstat` tell about a file, with the type decoded.
public struct FileStatus: Sendable {
    /// The raw structure, for fields not named here.
    public let raw: stat

    /// Wraps a filled-in `stat`.
    public init(_ raw: stat) { self.raw = raw }

    /// A regular file.
    public var isRegularFile: Bool { (raw.st_mode & S_IFMT) == S_IFREG }
    /// A directory.
    public var isDirectory: Bool { (raw.st_mode & S_IFMT) == S_IFDIR }
    /// A Unix socket.
    public var isSocket: Bool { (raw.st_mode & S_IFMT) == S_IFSOCK }
    /// Size in bytes.
    public var size: Int { Int(raw.st_size) }
    /// Owner's user id.
    public var owner: uid_t { raw.st_uid }
    /// Group id.
    public var group: gid_t { raw.st_gid }
    /// Permission bits (without the type).
    public var permissions: mode_t { raw.st_mode & 0o7777 }
}

/// Calls on paths (they need no descriptor): status, rename, remove, create directories.
public enum FileSystem {
    /// The status of what `path` names, following symbolic links (`stat`).
    public static func status(_ path: String) throws(Errno) -> FileStatus {
        var info = stat()
        _ = try retryingInterrupts { stat(path, &info) }
        return FileStatus(info)
    }

    /// The status of `path` itself, not following a final symbolic link (`lstat`).
    public static func linkStatus(_ path: String) throws(Errno) -> FileStatus {
        var info = stat()
        _ = try retryingInterrupts { Glibc.lstat(path, &info) }
        return FileStatus(info)
    }

    /// Renames `source` to `target` atomically, replacing `target`.
    public static func rename(_ source: String, to target: String) throws(Errno) {
        _ = try retryingInterrupts { Glibc.rename(source, target) }
    }

    /// Removes the file `path` (`unlink`).
    public static func remove(_ path: String) throws(Errno) {
        _ = try retryingInterrupts { Glibc.unlink(path) }
    }

    /// Creates the directory `path` with `permissions` (less the umask).
    public static func makeDirectory(_ path: String, permissions: mode_t) throws(Errno) {
        _ = try retryingInterrupts { Glibc.mkdir(path, permissions) }
    }

    /// Gives `path` to `owner` and `group` (`chown`), e.g. a file root wrote for the
    /// daemon's account.
    public static func setOwner(_ path: String, _ owner: uid_t, _ group: gid_t) throws(Errno) {
        _ = try retryingInterrupts { Glibc.chown(path, owner, group) }
    }

    /// Sets the permission bits of `path` exactly (`chmod`; `mkdir` and `bind` honour the
    /// umask).
    public static func setPermissions(_ path: String, _ mode: mode_t) throws(Errno) {
        _ = try retryingInterrupts { Glibc.chmod(path, mode) }
    }

    /// Gives `path` to `group`, keeping its owner (`chown` with owner -1).
    public static func setGroup(_ path: String, _ group: gid_t) throws(Errno) {
        _ = try retryingInterrupts { Glibc.chown(path, uid_t.max, group) }
    }

    /// Whether the calling process may access `path` as `mode` says (`access`: `R_OK`,
    /// `W_OK`, `X_OK`), judged by its real user as the kernel would.
    public static func isAccessible(_ path: String, _ mode: Int32) -> Bool {
        access(path, mode) == 0
    }

    /// Writes a directory's entries to disk (`fsync` of the directory), so that a
    /// rename into it survives a crash.
    public static func syncDirectory(_ path: String) throws(Errno) {
        let directory = try FileDescriptor.open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY)
        defer { directory.close() }
        try directory.sync()
    }
}

// MARK: - Memory

/// Searching raw bytes with the C library's vectorised routines: framing runs on every
/// read, and a byte loop is slow in debug builds.
public enum RawBytes {
    /// The offset of the first zero byte in `bytes` at or after `start`, if any (`memchr`).
    public static func firstZero(in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let hit = memchr(base + start, 0, bytes.count - start) else { return nil }
        return base.distance(to: UnsafeRawPointer(hit))
    }
}

// MARK: - This process

/// Who this process is and what it may do to itself: identities (which never fail), the
/// file-mode creation mask, and an immediate exit.
public enum ThisProcess {
    /// The process id (`getpid`), e.g. for `MAINPID=` and unique temporary names.
    public static var id: pid_t { getpid() }
    /// The parent's process id (`getppid`): a child watching whether its parent is gone.
    public static var parentID: pid_t { getppid() }
    /// The real user id (`getuid`).
    public static var realUser: uid_t { getuid() }
    /// The effective user id (`geteuid`): whose files the process writes.
    public static var effectiveUser: uid_t { geteuid() }

    /// Runs `body` with the file-mode creation mask `mask` (`umask`), then restores the
    /// previous one, so a socket or file is created with exactly the intended mode.
    /// The mask is per process: call it only where nothing else creates files meanwhile
    /// (start-up).
    public static func withFileCreationMask<Value>(_ mask: mode_t, _ body: () throws -> Value) rethrows -> Value {
        let previous = umask(mask)
        defer { umask(previous) }
        return try body()
    }

    /// Ends the process at once with `status`, without atexit handlers or flushing
    /// (`_exit`): after a fatal signal, where only async-signal-safe calls are allowed.
    public static func exitImmediately(_ status: Int32) -> Never { _exit(status) }

    /// Sends `signal` to this process itself.
    public static func raise(_ signal: Int32) { _ = Glibc.kill(getpid(), signal) }
}

// MARK: - Time

/// Waiting: a pause that a signal does not cut short.
public enum Pause {
    /// Sleeps `milliseconds` (`nanosleep`), going on with the remainder after a signal.
    public static func milliseconds(_ milliseconds: Int) {
        guard milliseconds > 0 else { return }
        var request = timespec(tv_sec: milliseconds / 1000, tv_nsec: (milliseconds % 1000) * 1_000_000)
        var remaining = timespec()
        while nanosleep(&request, &remaining) == -1 && errno == EINTR { request = remaining }
    }
}

/// Coordinated universal time as people and programs write it, from the C library's
/// calendar (`gmtime_r`, thread-safe), without a shared formatter.
public enum UTCTime {
    /// `2026-12-05T06:10:00Z` for Unix `seconds`.
    public static func iso8601(seconds: Int64) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let year = String(parts.tm_year + 1900)
        return "\(year)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}

// MARK: - Processes

/// Calls on processes: waiting for a child, sending a signal.
public enum ProcessControl {
    /// Waits for the child `pid` to end and returns its raw wait status (`waitpid`).
    /// ECHILD when it has already been waited for.
    public static func wait(for pid: pid_t) throws(Errno) -> Int32 {
        var status: Int32 = 0
        _ = try retryingInterrupts { waitpid(pid, &status, 0) }
        return status
    }

    /// Whether the child `pid` has ended, collecting its status if so (`waitpid` with
    /// `WNOHANG`), for a bounded wait after a SIGTERM. A child that cannot be waited for
    /// (ECHILD: already collected) counts as ended.
    public static func hasEnded(_ pid: pid_t) -> Bool {
        var status: Int32 = 0
        guard let result = try? retryingInterrupts({ waitpid(pid, &status, WNOHANG) }) else { return true }
        return result != 0
    }

    /// Sends `signal` to `pid` (a negative `pid`: to its process group).
    public static func send(_ signal: Int32, to pid: pid_t) throws(Errno) {
        _ = try retryingInterrupts { Glibc.kill(pid, signal) }
    }
}
