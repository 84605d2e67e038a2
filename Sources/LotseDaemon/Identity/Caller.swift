import LotseCore

/// Who is calling, established by the kernel (`SO_PEERCRED`) and the configuration's
/// `[roles]`: handlers use it to decide what the caller may see, and the audit log
/// records it.
public struct Caller: Sendable, Equatable {
    /// The caller's process id at connect time.
    public var pid: Int32
    /// The caller's effective uid.
    public var uid: UInt32
    /// The caller's effective gid.
    public var gid: UInt32
    /// The user name for `uid`, or `#uid` when the account database has none.
    public var userName: String
    /// Names of the user's groups (primary and supplementary).
    public var groups: [String]
    /// The roles the configuration gives this user (possibly none).
    public var roles: Set<Role>

    /// Creates a caller (tests build them by hand).
    public init(pid: Int32, uid: UInt32, gid: UInt32, userName: String, groups: [String], roles: Set<Role>) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
        self.userName = userName
        self.groups = groups
        self.roles = roles
    }

    /// The caller's roles joined for the audit log (`coordinator+admin`, or `none`).
    public var roleSummary: String {
        roles.isEmpty ? "none" : roles.sorted().map(\.rawValue).joined(separator: "+")
    }
}
