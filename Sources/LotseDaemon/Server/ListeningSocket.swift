import Glibc
import LotseSystem
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
        do { address = try UnixSocketAddress(path: path) } catch { throw DaemonError(en: error.description, de: error.description) }
        if address.isAbstract { throw DaemonError(en: "the socket path \"\(path)\" must be a file path, not an abstract name", de: "der Socket-Pfad „\(path)“ muss ein Dateipfad sein, kein abstrakter Name") }
        let directory = Self.parentDirectory(of: path)
        try Self.ensureDirectory(directory, group: group)
        let lock = try Self.acquireLock(path: path + ".lock", socketPath: path)
        do {
            try Self.removeStaleSocket(address)
            self.fileDescriptor = try Self.bindAndListen(address, group: group, mode: mode, backlog: backlog)
        } catch {
            FileDescriptor(rawValue: lock).close()
            throw error
        }
        self.ownedPath = path
        self.lockDescriptor = lock
    }

    /// Closes the socket and removes its file (when we created it), so new clients see
    /// at once that no daemon serves. The lock stays held until `releaseLock()`.
    public func closeAndRemove() {
        FileDescriptor(rawValue: fileDescriptor).close()
        if let ownedPath { try? FileSystem.remove(ownedPath) }
    }

    /// Releases the lock: another daemon may start now. Call after the database is
    /// closed. The lock file stays (unlinking a lock another process may be about to take
    /// is a race); it means nothing once its flock is released.
    public func releaseLock() {
        if lockDescriptor >= 0 { FileDescriptor(rawValue: lockDescriptor).close() }
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    private static func ensureDirectory(_ directory: String, group: gid_t?) throws(DaemonError) {
        do {
            if !(try FileSystem.status(directory).isDirectory) { throw DaemonError(en: "\(directory) exists and is not a directory", de: "\(directory) gibt es schon, und es ist kein Verzeichnis") }
            return
        } catch let error as Errno where error.code != ENOENT {
            throw DaemonError(en: "cannot examine \(directory): \(error.text)", de: "\(directory) lässt sich nicht prüfen: \(error.german)")
        } catch let error as DaemonError {
            throw error
        } catch {}
        try makeMissingParents(of: directory)
        do { try FileSystem.makeDirectory(directory, permissions: 0o750) } catch where error.code != EEXIST {
            throw DaemonError(en: "cannot create the socket directory \(directory): \(error.text)", de: "das Socket-Verzeichnis \(directory) lässt sich nicht anlegen: \(error.german)")
        } catch {}
        try? FileSystem.setPermissions(directory, 0o750)  // mkdir honours the umask; make the mode exact
        if let group {
            do { try FileSystem.setGroup(directory, group) } catch {
                throw DaemonError(en: "cannot give \(directory) to group \(group): \(error.text)", de: "\(directory) lässt sich nicht der Gruppe \(group) geben: \(error.german)")
            }
        }
    }

    /// Creates the missing ancestors of `directory` as 0755, so a fresh checkout's `var/`
    /// need not exist before the first start; only the last directory gets the private mode
    /// its caller chooses, and the ancestors must let the socket group pass through.
    static func makeMissingParents(of directory: String) throws(DaemonError) {
        let parent = parentDirectory(of: directory)
        if parent == directory || parent == "/" || parent == "." { return }
        do {
            _ = try FileSystem.status(parent)
            return
        } catch where error.code != ENOENT {
            throw DaemonError(en: "cannot examine \(parent): \(error.text)", de: "\(parent) lässt sich nicht prüfen: \(error.german)")
        } catch {}
        try makeMissingParents(of: parent)
        do { try FileSystem.makeDirectory(parent, permissions: 0o755) } catch where error.code != EEXIST {
            throw DaemonError(en: "cannot create \(parent): \(error.text)", de: "\(parent) lässt sich nicht anlegen: \(error.german)")
        } catch {}
    }

    static func acquireLock(path: String, socketPath: String) throws(DaemonError) -> Int32 {
        let fd: FileDescriptor
        do { fd = try FileDescriptor.open(path, O_RDWR | O_CREAT, permissions: 0o640) } catch {
            throw DaemonError(en: "cannot open the lock file \(path): \(error.text)", de: "die Sperrdatei \(path) lässt sich nicht öffnen: \(error.german)")
        }
        do { try fd.lock(LOCK_EX | LOCK_NB) } catch {
            let holder = (try? fd.read(upTo: 32)) ?? []
            fd.close()
            if error.code == EWOULDBLOCK {
                let pid = String(decoding: holder, as: UTF8.self).trimmingWhitespace()
                throw DaemonError(en: "another lotsed\(pid.isEmpty ? "" : " (pid \(pid))") is already running on \(socketPath); stop it first", de: "ein anderer lotsed\(pid.isEmpty ? "" : " (PID \(pid))") läuft schon auf \(socketPath); beenden Sie ihn zuerst")
            }
            throw DaemonError(en: "cannot lock \(path): \(error.text)", de: "\(path) lässt sich nicht sperren: \(error.german)")
        }
        try? fd.truncate(to: 0)
        try? fd.writeAll(Array("\(ThisProcess.id)\n".utf8), at: 0)
        return fd.rawValue
    }

    private static func removeStaleSocket(_ address: UnixSocketAddress) throws(DaemonError) {
        guard let info = try? FileSystem.linkStatus(address.path) else { return }
        if !info.isSocket {
            throw DaemonError(en: "\(address.path) exists and is not a socket; refusing to replace it", de: "\(address.path) gibt es schon, und es ist kein Socket; lotsed ersetzt es nicht")
        }
        do {
            let probe = try VarlinkConnection.connect(to: address)
            probe.close()
            throw DaemonError(en: "another daemon is already answering on \(address.path); stop it first", de: "ein anderer Dienst antwortet schon auf \(address.path); beenden Sie ihn zuerst")
        } catch let error as DaemonError {
            throw error
        } catch {
            // Nobody answers: a stale socket from a daemon that died.
        }
        do { try FileSystem.remove(address.path) } catch where error.code != ENOENT {
            throw DaemonError(en: "cannot remove the stale socket \(address.path): \(error.text)", de: "der verwaiste Socket \(address.path) lässt sich nicht entfernen: \(error.german)")
        } catch {}
    }

    private static func bindAndListen(_ address: UnixSocketAddress, group: gid_t?, mode: mode_t, backlog: Int32) throws(DaemonError) -> Int32 {
        let fd: FileDescriptor
        do { fd = try FileDescriptor.unixStreamSocket() } catch { throw DaemonError(en: "cannot create a socket: \(error.text)", de: "es lässt sich kein Socket anlegen: \(error.german)") }
        // The socket is born with at most `mode`: no moment with wider permissions.
        let bound = ThisProcess.withFileCreationMask(0o777 & ~mode) {
            address.withSockaddr { pointer, length in Result { () throws(Errno) in try fd.bind(pointer, length) } }
        }
        if case .failure(let error) = bound {
            fd.close()
            throw DaemonError(en: "cannot bind \(address.path): \(error.text)", de: "\(address.path) lässt sich nicht binden: \(error.german)")
        }
        if let group {
            do { try FileSystem.setGroup(address.path, group) } catch {
                fd.close()
                try? FileSystem.remove(address.path)
                throw DaemonError(en: "cannot give \(address.path) to group \(group): \(error.text)", de: "\(address.path) lässt sich nicht der Gruppe \(group) geben: \(error.german)")
            }
        }
        try? FileSystem.setPermissions(address.path, mode)
        do { try fd.listen(backlog: backlog) } catch {
            fd.close()
            try? FileSystem.remove(address.path)
            throw DaemonError(en: "cannot listen on \(address.path): \(error.text)", de: "auf \(address.path) lässt sich nicht lauschen: \(error.german)")
        }
        return fd.rawValue
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
