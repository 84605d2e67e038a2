import Glibc

/// Thread-safe look-ups in the system's user and group database (NSS), with the `_r`
/// functions: several connection threads may resolve callers at once.
public enum AccountDatabase {
    /// The user name and primary gid of `uid`, or nil when there is no such account.
    public static func user(uid: uid_t) -> (name: String, gid: gid_t)? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16384)
        let status = getpwuid_r(uid, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil, let name = entry.pw_name else { return nil }
        return (String(cString: name), entry.pw_gid)
    }

    /// The user id and primary group of the account `name` (`getpwnam_r`, thread-safe), or
    /// nil when there is no such account.
    public static func user(named name: String) -> (uid: uid_t, gid: gid_t)? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16384)
        let status = getpwnam_r(name, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil else { return nil }
        return (entry.pw_uid, entry.pw_gid)
    }

    /// The uid of the user called `name`, or nil when there is no such account.
    public static func userID(named name: String) -> uid_t? {
        user(named: name)?.uid
    }

    /// The gid of the group called `name`, or nil.
    public static func groupID(named name: String) -> gid_t? {
        var entry = group()
        var result: UnsafeMutablePointer<group>?
        var buffer = [CChar](repeating: 0, count: 65536)
        let status = getgrnam_r(name, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil else { return nil }
        return entry.gr_gid
    }

    /// The name of group `gid`, or nil.
    public static func groupName(gid: gid_t) -> String? {
        var entry = group()
        var result: UnsafeMutablePointer<group>?
        var buffer = [CChar](repeating: 0, count: 65536)
        let status = getgrgid_r(gid, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil, let name = entry.gr_name else { return nil }
        return String(cString: name)
    }

    /// The gids of every group `user` belongs to, `primary` included.
    public static func groupIDs(user: String, primary: gid_t) -> [gid_t] {
        var count: Int32 = 64
        while true {
            var gids = [gid_t](repeating: 0, count: Int(count))
            var found = count
            if getgrouplist(user, primary, &gids, &found) >= 0 {
                return Array(gids.prefix(Int(found)))
            }
            if found <= count || found > 65536 { return [primary] }
            count = found
        }
    }
}
