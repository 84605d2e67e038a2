import LotseCore
import LotseSystem

/// Turns the kernel's peer credentials into a `Caller` with roles from `[roles]`.
///
/// Group membership is read from the account database (as `id USER` shows it), not from
/// the connecting process's supplementary groups (SO_PEERCRED does not carry them), so
/// a user's roles do not depend on how their shell was started; the peer's own gid counts
/// as well. The daemon's own account always holds `admin`: it owns the database file
/// already, and `ExecReload=lotse admin reload` runs under it.
public struct CallerResolver: Sendable {
    /// The role mapping in force.
    public var roles: RoleSettings
    /// The uid the daemon runs as.
    public var daemonUID: UInt32

    /// Creates a resolver.
    public init(roles: RoleSettings, daemonUID: UInt32) {
        self.roles = roles
        self.daemonUID = daemonUID
    }

    /// Resolves `peer`.
    public func caller(for peer: PeerCredentials) -> Caller {
        let account = AccountDatabase.user(uid: peer.uid)
        let userName = account?.name ?? "#\(peer.uid)"
        var gids: [UInt32] = [peer.gid]
        if let account {
            gids += AccountDatabase.groupIDs(user: account.name, primary: account.gid)
        }
        var groupNames: [String] = []
        for gid in gids {
            if let name = AccountDatabase.groupName(gid: gid), !groupNames.contains(name) { groupNames.append(name) }
        }
        // A uid without an account can still match nothing by name: it gets no role.
        var granted = account == nil ? [] : roles.roles(user: userName, groups: groupNames)
        if peer.uid == daemonUID { granted.insert(.admin) }
        return Caller(pid: peer.pid, uid: peer.uid, gid: peer.gid, userName: userName, groups: groupNames, roles: granted)
    }

    /// The roles the account called `name` would have when it connects, or nil when the
    /// system has no such account: what `caseworker set` checks before it records where a
    /// caseworker's mail goes, so that no entry names a person who could never log in as one.
    public func roles(ofAccount name: String) -> Set<Role>? {
        guard let uid = AccountDatabase.userID(named: name), let account = AccountDatabase.user(uid: uid) else { return nil }
        return caller(for: PeerCredentials(pid: 0, uid: uid, gid: account.gid)).roles
    }
}
