import LotseStore
#if canImport(Glibc)
import Glibc
#endif
import LotseVarlink

/// "Strict modes" for the data at rest, as sshd checks its key files: the database, its
/// `-wal`/`-shm`/`-journal` files, their directory and a backup's directory must belong to
/// the daemon's user and be closed to group and others. Otherwise any member of the
/// group (staff who only need the socket) could copy every client's notes off the disk,
/// unaudited, so `lotsed` refuses to start (and `Admin.Backup` refuses that directory),
/// naming the path and the command that fixes it.
public enum PrivateDataCheck {
    /// What is wrong with `path` (nil when it is private to `owner` or does not exist).
    public static func problem(_ path: String, owner: uid_t) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
        let mode = Int(info.st_mode & 0o7777)
        if info.st_uid != owner {
            let name = AccountDatabase.user(uid: owner)?.name ?? "\(owner)"
            let current = AccountDatabase.user(uid: info.st_uid)?.name ?? "uid \(info.st_uid)"
            return "\(path) belongs to \(current), not to the daemon's user \(name); fix: chown \(name) \(path)"
        }
        guard mode & 0o077 != 0 else { return nil }
        var who: [String] = []
        if mode & 0o070 != 0 { who.append("its group") }
        if mode & 0o007 != 0 { who.append("every other user") }
        let wanted = isDirectory ? "700" : "600"
        return "\(path) is open to \(who.joined(separator: " and ")) (mode \(String(mode, radix: 8))); it must be the daemon's alone; fix: chmod \(wanted) \(path)"
    }

    /// Every problem with the database at `databasePath` and its directory.
    public static func problems(databasePath: String, owner: uid_t) -> [String] {
        let directory = ListeningSocket.parentDirectory(of: databasePath)
        // The pseudonym mark too: whoever can lower it can make a pseudonym be issued twice.
        return ([directory, databasePath] + ["-wal", "-shm", "-journal"].map { databasePath + $0 }
                + [PseudonymHighWaterMark.beside(database: databasePath)])
            .compactMap { problem($0, owner: owner) }
    }
}
