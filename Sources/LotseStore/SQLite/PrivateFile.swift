import CSQLite
import Glibc
import LotseSystem

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
        do { try create(path) } catch {
            throw StoreError(kind: .sqlite, resultCode: SQLITE_CANTOPEN, message: "Cannot create \(path): \(error.text)")
        }
    }

    /// `createIfMissing` with the system's own reason for a failure, for a caller that
    /// words it to a person (a backup to a directory that does not exist).
    public static func create(_ path: String) throws(Errno) {
        let fd: FileDescriptor
        do { fd = try FileDescriptor.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, permissions: 0o600) } catch {
            if error.code == EEXIST { return }
            throw error
        }
        defer { fd.close() }
        // open() applied the umask; make the mode exact.
        do { try fd.setPermissions(0o600) } catch {
            try? FileSystem.remove(path)
            throw error
        }
    }
}
