import CSQLite
import Foundation
import LotseSystem
import LotseCore

extension Database {
    /// Copies the database to `destination` while writers keep running, and returns the
    /// number of pages copied.
    ///
    /// The copy is taken with `sqlite3_backup_step` in steps of `pagesPerStep` pages on a
    /// reader connection that holds one read transaction for the whole copy, so the result
    /// is exactly one committed snapshot (WAL lets writers continue meanwhile, and the
    /// backup never restarts). It is written to a temporary file next to `destination`,
    /// synced, and renamed into place, so `destination` is either the old file or a
    /// complete new one, never a half-written copy.
    ///
    /// - Parameters:
    ///   - destination: the backup file; replaced atomically if it exists.
    ///   - pagesPerStep: pages copied per `sqlite3_backup_step`.
    ///   - progress: called after every step with the pages remaining and the total, for
    ///     `lotse admin backup` to report; it runs on the calling thread.
    @discardableResult
    public func backup(to destination: String, pagesPerStep: Int32 = 256,
                       progress: ((_ remainingPages: Int, _ totalPages: Int) -> Void)? = nil) throws(StoreError) -> Int {
        let target = URL(fileURLWithPath: destination).standardizedFileURL.path
        let source = URL(fileURLWithPath: path).standardizedFileURL.path
        guard target != source, target != source + "-wal", target != source + "-shm" else {
            throw StoreError(kind: .invalidValue(field: "destination"),
                             message: "The backup destination \(destination) is the database itself; choose another file.",
                             messageDe: "Das Sicherungsziel \(destination) ist die Datenbank selbst; wählen Sie eine andere Datei.")
        }
        let temporary = target + ".partial-\(ThisProcess.id)"
        try? FileSystem.remove(temporary)
        // A destination that cannot be written (no such directory, no permission) is the
        // caller's wrong value, said with the system's reason in both languages and naming
        // the file asked for, not the temporary one.
        do { try PrivateFile.create(temporary) } catch {
            throw StoreError(kind: .invalidValue(field: "destination"),
                             message: "Cannot write the backup to \(destination): \(error.text).",
                             messageDe: "Die Sicherung kann nicht nach \(destination) geschrieben werden: \(ErrnoText.german(englishReason: error.text)).")
        }
        let pages = try read { (db: Connection) throws(StoreError) -> Int in
            // Start the read snapshot now; the backup then copies exactly this snapshot.
            _ = try db.fetchValue(Int.self, "SELECT count(*) FROM sqlite_master")
            return try Self.copy(from: db.liveHandle(), to: temporary, pagesPerStep: max(1, pagesPerStep), progress: progress)
        }
        do throws(StoreError) {
            try Self.syncFile(temporary)
            do { try FileSystem.rename(temporary, to: target) } catch {
                throw StoreError(kind: .sqlite, resultCode: SQLITE_IOERR,
                                 message: "Cannot move the backup into place at \(target): \(error.text).")
            }
            try Self.syncFile(URL(fileURLWithPath: target).deletingLastPathComponent().path)
        } catch {
            try? FileSystem.remove(temporary)
            throw error
        }
        return pages
    }

    /// Runs the backup steps from an open source handle into a new file.
    private static func copy(from source: OpaquePointer, to file: String, pagesPerStep: Int32,
                             progress: ((Int, Int) -> Void)?) throws(StoreError) -> Int {
        var rawDestination: OpaquePointer?
        // The backup holds everything the database does: private from its first byte.
        try PrivateFile.createIfMissing(file)
        let openCode = sqlite3_open_v2(file, &rawDestination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        defer { sqlite3_close_v2(rawDestination) }
        guard openCode == SQLITE_OK, let destination = rawDestination else {
            throw StoreError.sqlite(openCode, connection: rawDestination, sql: nil)
        }
        guard let backup = sqlite3_backup_init(destination, "main", source, "main") else {
            throw StoreError.sqlite(sqlite3_errcode(destination), connection: destination, sql: nil)
        }
        var code: Int32 = SQLITE_OK
        repeat {
            code = sqlite3_backup_step(backup, pagesPerStep)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED { sqlite3_sleep(5) }
            if code == SQLITE_OK || code == SQLITE_DONE {
                progress?(Int(sqlite3_backup_remaining(backup)), Int(sqlite3_backup_pagecount(backup)))
            }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        let pages = Int(sqlite3_backup_pagecount(backup))
        let finish = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finish == SQLITE_OK else {
            try? FileSystem.remove(file)
            throw StoreError.sqlite(code == SQLITE_DONE ? finish : code, connection: destination, sql: nil)
        }
        return pages
    }

    /// `fsync` a file or directory so the backup survives a power cut.
    private static func syncFile(_ path: String) throws(StoreError) {
        let descriptor: FileDescriptor
        do { descriptor = try FileDescriptor.open(path, O_RDONLY) } catch {
            throw StoreError(kind: .sqlite, resultCode: SQLITE_IOERR, message: "Cannot open \(path) to sync the backup: \(error.text).")
        }
        defer { descriptor.close() }
        do { try descriptor.sync() } catch {
            throw StoreError(kind: .sqlite, resultCode: SQLITE_IOERR, message: "Cannot sync the backup \(path): \(error.text).")
        }
    }
}
