#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A Unix account for role tests. Tests run as root (in CI too); accounts are created
/// with `useradd` when missing and kept (creating them is idempotent and cheap).
///
/// All test accounts have the primary group `lotse-e2e`, which the harness's daemon uses
/// as `socket_group`, so that `setpriv --clear-groups` still reaches the socket; role
/// groups are supplementary and read by the daemon from the account database.
struct TestUser: Sendable, Equatable {
    /// Account name.
    let name: String
    /// Its uid.
    let uid: UInt32
    /// Its primary gid (`lotse-e2e`).
    let gid: UInt32

    /// The group that owns test sockets.
    static let socketGroup = "lotse-e2e"
    /// A supplementary group mapped to `admin` in role tests.
    static let adminGroup = "lotse-e2e-admins"

    private static let lock = NSLock()

    /// Creates the group `name` if missing.
    static func ensureGroup(_ name: String) throws {
        try lock.withLock { try createGroup(name) }
    }

    private static func createGroup(_ group: String) throws {
        guard getgrnam(group) == nil else { return }
        let made = try DaemonHarness.run("/usr/sbin/groupadd", ["--system", group])
        if made.status != 0 && made.status != 9 {
            throw HarnessError("groupadd \(group) failed (\(made.status)): \(made.stderr)")
        }
    }

    /// The account `name` with supplementary `groups`, created if missing.
    static func ensure(_ name: String, groups: [String] = []) throws -> TestUser {
        try lock.withLock {
            for group in [socketGroup] + groups { try createGroup(group) }
            if getpwnam(name) == nil {
                var arguments = ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "--gid", socketGroup]
                if !groups.isEmpty { arguments += ["--groups", groups.joined(separator: ",")] }
                let made = try DaemonHarness.run("/usr/sbin/useradd", arguments + [name])
                if made.status != 0 && made.status != 9 {
                    throw HarnessError("useradd \(name) failed (\(made.status)): \(made.stderr)")
                }
            }
            guard let entry = getpwnam(name) else { throw HarnessError("user \(name) does not exist after useradd") }
            return TestUser(name: name, uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid)
        }
    }
}
