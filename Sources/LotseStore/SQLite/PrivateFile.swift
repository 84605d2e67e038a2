import CSQLite
#if canImport(Glibc)
import Glibc
#endif

/// Database files are born private: mode 0600 set explicitly, whatever the umask.
///
/// SQLite creates a missing database with 0644 less the umask, so under the usual 0022
/// (or a unit's 0027) every local user (or the daemon's group) could read every client's
/// diagnosis notes straight from disk. Creating the file ourselves with 0600 before SQLite
/// opens it fixes the database; SQLite then gives the `-wal`, `-shm` and `-journal` files
/// the database file's own permission bits (it `fchmod`s them on creation), so they are
/// 0600 as well.
public enum PrivateFile {
    /// Creates `path` empty with mode 0600 when it does not exist; leaves an existing file
    /// alone. Refuses to follow a symbolic link planted at the path.
    public static func createIfMissing(_ path: String) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 {
            let code = errno
            if code == EEXIST { return }
            throw StoreError(kind: .sqlite, resultCode: SQLITE_CANTOPEN, message: "Cannot create \(path): \(message(code))")
        }
        defer { close(fd) }
        // open() applied the umask; make the mode exact.
        if fchmod(fd, 0o600) != 0 {
            let code = errno
            unlink(path)
            throw StoreError(kind: .sqlite, resultCode: SQLITE_CANTOPEN, message: "Cannot make \(path) private (mode 0600): \(message(code))")
        }
    }

    static func message(_ code: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard strerror_r(code, &buffer, buffer.count) == 0 else { return "error \(code)" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
