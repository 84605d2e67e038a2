import Glibc
import LotseStore
import LotseSystem
import LotseVarlink

/// "Strict modes" for the data at rest, as sshd checks its key files: the database, its
/// `-wal`/`-shm`/`-journal` files, their directory and a backup's directory must belong to
/// the daemon's user and be closed to group and others. Otherwise any member of the
/// group (staff who only need the socket) could copy every client's notes off the disk,
/// unaudited, so `lotsed` refuses to start (and `Admin.Backup` refuses that directory),
/// naming the path and the command that fixes it.
public enum PrivateDataCheck {
    /// What is wrong with a path, in English (for the log and the operator) and in German
    /// (for an admin reading a refused backup in German).
    public struct Finding: Sendable, Equatable {
        /// The finding and its fix, in English.
        public let english: String
        /// The same in German.
        public let german: String
    }

    /// What is wrong with `path` (nil when it is private to `owner` or does not exist).
    public static func problem(_ path: String, owner: uid_t) -> String? {
        finding(path, owner: owner)?.english
    }

    /// What is wrong with `path` in both languages (nil when it is private to `owner` or
    /// does not exist).
    public static func finding(_ path: String, owner: uid_t) -> Finding? {
        guard let info = (try? FileSystem.status(path))?.raw else { return nil }
        let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
        let mode = Int(info.st_mode & 0o7777)
        if info.st_uid != owner {
            let name = AccountDatabase.user(uid: owner)?.name ?? "\(owner)"
            let current = AccountDatabase.user(uid: info.st_uid)?.name ?? "uid \(info.st_uid)"
            return Finding(english: "\(path) belongs to \(current), not to the daemon's user \(name); fix: chown \(name) \(path)",
                           german: "\(path) gehört \(current), nicht dem Konto des Dienstes \(name); Abhilfe: chown \(name) \(path)")
        }
        guard mode & 0o077 != 0 else { return nil }
        var who: [(en: String, de: String)] = []
        if mode & 0o070 != 0 { who.append(("its group", "die Gruppe")) }
        if mode & 0o007 != 0 { who.append(("every other user", "alle anderen Konten")) }
        let wanted = isDirectory ? "700" : "600"
        let octal = String(mode, radix: 8)
        return Finding(
            english: "\(path) is open to \(who.map(\.en).joined(separator: " and ")) (mode \(octal)); it must be the daemon's alone; fix: chmod \(wanted) \(path)",
            german: "\(path) ist offen für \(who.map(\.de).joined(separator: " und ")) (Modus \(octal)); nur der Dienst darf darauf zugreifen; Abhilfe: chmod \(wanted) \(path)")
    }

    /// Every problem with the database at `databasePath` and its directory, in both languages.
    public static func findings(databasePath: String, owner: uid_t) -> [Finding] {
        let directory = ListeningSocket.parentDirectory(of: databasePath)
        // The pseudonym mark too: whoever can lower it can make a pseudonym be issued twice.
        return ([directory, databasePath] + ["-wal", "-shm", "-journal"].map { databasePath + $0 }
                + [PseudonymHighWaterMark.beside(database: databasePath)])
            .compactMap { finding($0, owner: owner) }
    }
}
