#if canImport(Glibc)
import Glibc
#endif

/// The kernel's word on who is at the other end of a Unix socket (`SO_PEERCRED`): the
/// credentials the peer had when it connected. Glibc's `struct ucred` is hidden behind
/// `_GNU_SOURCE`, so the layout is declared here; it is stable Linux ABI.
public struct PeerCredentials: Sendable, Equatable {
    /// Process id of the peer at connect time.
    public var pid: pid_t
    /// Effective user id.
    public var uid: uid_t
    /// Effective group id.
    public var gid: gid_t

    /// Creates credentials (tests build them by hand).
    public init(pid: pid_t, uid: uid_t, gid: gid_t) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
    }

    /// Reads the credentials of the peer of a connected Unix socket.
    public static func of(socket fd: Int32) -> PeerCredentials? {
        var credentials = PeerCredentials(pid: 0, uid: uid_t.max, gid: gid_t.max)
        var length = socklen_t(MemoryLayout<PeerCredentials>.size)
        let result = withUnsafeMutablePointer(to: &credentials) { pointer in
            getsockopt(fd, SOL_SOCKET, SO_PEERCRED, pointer, &length)
        }
        guard result == 0, length == socklen_t(MemoryLayout<PeerCredentials>.size) else { return nil }
        return credentials
    }
}
