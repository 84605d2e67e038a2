import Glibc
import LotseSystem

/// The kernel's word on who is at the other end of a Unix socket (`SO_PEERCRED`): the
/// credentials the peer had when it connected.
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
    /// Nil when the kernel cannot tell (the caller closes such a connection unserved).
    public static func of(socket fd: FileDescriptor) -> PeerCredentials? {
        guard let peer = try? fd.peerCredentials() else { return nil }
        return PeerCredentials(pid: peer.pid, uid: peer.uid, gid: peer.gid)
    }
}
