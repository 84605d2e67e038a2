import Foundation
import LotseCore
import LotseStore
import LotseSystem
import LotseVarlink

/// `lotsed --restore FILE`: puts a backup (from `lotse admin backup`) in place of the
/// database while the daemon is stopped.
///
/// In order: the daemon's lock beside the socket is taken (a running daemon refuses the
/// restore); the backup must pass `integrity_check` and carry a schema version this Lotse
/// knows; the pseudonym high-water mark beside the database is raised to every number the
/// current database had issued (it is never lowered, so nothing issued after the backup
/// is issued again); the current database is checkpointed and kept as
/// `DATABASE.before-restore-SECONDS`; the backup is copied in 0600, owned like the state
/// directory, synced and renamed into place; the restored database is migrated to the
/// current schema and a `database.restore` entry is appended to its audit log.
enum DatabaseRestore {
    /// Restores `backup` for the daemon configured by `settings`; returns the exit status.
    static func run(backup: String, settings: DaemonSettings, logger: Logger, now: Date, language: MessageLanguage = .en) -> Int32 {
        do throws(DaemonError) {
            let lock = try ListeningSocket.acquireLock(path: settings.socketPath + ".lock", socketPath: settings.socketPath)
            defer { FileDescriptor(rawValue: lock).close() }
            let summary = try restore(backup: backup, databasePath: settings.databasePath, now: now)
            logger.notice(de: "\(backup) nach \(settings.databasePath) wiederhergestellt: \(summary)", en: "restored \(backup) into \(settings.databasePath): \(summary)")
            return Daemon.Status.ok
        } catch {
            logger.error("lotsed --restore \(backup): \(error.text(in: language))")
            return Daemon.Status.failure
        }
    }

    static func restore(backup: String, databasePath: String, now: Date) throws(DaemonError) -> String {
        let version = try check(backup)
        let directory = (databasePath as NSString).deletingLastPathComponent.isEmpty ? "." : (databasePath as NSString).deletingLastPathComponent
        let owner: FileStatus
        do { owner = try FileSystem.status(directory) } catch {
            throw DaemonError(en: "cannot read the state directory \(directory): \(error.text)", de: "das Datenverzeichnis \(directory) lässt sich nicht lesen: \(error.german)")
        }

        // Keep the mark: every pseudonym number the current database issued stays used.
        let mark: PseudonymHighWaterMark
        do {
            mark = try PseudonymHighWaterMark(path: PseudonymHighWaterMark.beside(database: databasePath))
            for (year, number) in try issuedNumbers(databasePath) { try mark.raise(year: year, to: number) }
        } catch {
            throw DaemonError(en: "the pseudonym mark cannot be kept, nothing was restored: \(error.message)", de: "die Pseudonym-Marke lässt sich nicht bewahren, nichts wurde wiederhergestellt: \(error.messageDe ?? error.message)")
        }
        giveToOwner(mark.path, owner)

        // Keep the current database (its WAL folded in) beside the restored one.
        var kept: String?
        if FileManager.default.fileExists(atPath: databasePath) {
            do {
                let connection = try Connection.open(path: databasePath, options: StoreOptions(quickCheckAtOpen: false))
                try connection.executeScript("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.close()
            } catch {
                throw DaemonError(en: "the current database \(databasePath) cannot be checkpointed, nothing was restored: \(error.message)", de: "die aktuelle Datenbank \(databasePath) lässt sich nicht abschließen (checkpoint), nichts wurde wiederhergestellt: \(error.messageDe ?? error.message)")
            }
            let previous = databasePath + ".before-restore-\(Int64(now.timeIntervalSince1970))"
            do { try FileSystem.rename(databasePath, to: previous) } catch {
                throw DaemonError(en: "cannot keep the current database as \(previous): \(error.text)", de: "die aktuelle Datenbank lässt sich nicht als \(previous) bewahren: \(error.german)")
            }
            kept = previous
        }
        for suffix in ["-wal", "-shm"] { try? FileSystem.remove(databasePath + suffix) }
        try copy(backup, to: databasePath, owner: owner)

        // Migrate and record the restore in the restored database's own audit log.
        let uid = ThisProcess.realUser
        let user = AccountDatabase.user(uid: uid)?.name ?? "uid \(uid)"
        let marks = mark.all.keys.sorted().map { "\($0): \(mark.all[$0] ?? 0)" }.joined(separator: ", ")
        let detail = String("from \((backup as NSString).lastPathComponent) (schema \(version), integrity ok); pseudonym mark kept (\(marks.isEmpty ? "none issued" : marks))".prefix(200))
        do {
            let database = try Database(path: databasePath)
            try database.write { (db: Connection) throws(StoreError) in
                try AuditLog(db).append(AuditEntry(at: now, uid: uid, user: user, role: "admin", action: "database.restore",
                                                   recordKind: "database", recordID: String(databasePath.suffix(64)),
                                                   outcome: .ok, detail: detail))
            }
            database.close()
        } catch {
            throw DaemonError(en: "the backup was copied to \(databasePath) but cannot be opened: \(error.message)", de: "die Sicherung wurde nach \(databasePath) kopiert, lässt sich aber nicht öffnen: \(error.messageDe ?? error.message)")
        }
        for suffix in ["", "-wal", "-shm"] { giveToOwner(databasePath + suffix, owner) }
        return detail + (kept.map { "; the previous database is kept as \($0)" } ?? "")
    }

    /// The backup's schema version, after `integrity_check` passed.
    static func check(_ backup: String) throws(DaemonError) -> Int {
        guard FileManager.default.isReadableFile(atPath: backup) else {
            let reason = FileSystem.isAccessible(backup, R_OK) ? Errno.isDirectory : Errno.current
            throw DaemonError(en: "cannot read the backup \(backup): \(reason.text)", de: "die Sicherung \(backup) lässt sich nicht lesen: \(reason.german)")
        }
        let findings: [String]
        let version: Int
        let hasAuditLog: Bool
        do throws(StoreError) {
            let connection = try Connection.open(path: backup, readOnly: true, options: StoreOptions(quickCheckAtOpen: false))
            defer { connection.close() }
            var lines: [String] = []
            for row in try connection.fetchAll("PRAGMA integrity_check") {
                if let line = try row.decodeIfPresent(String.self, "integrity_check") { lines.append(line) }
            }
            findings = lines
            version = try Migrator.currentVersion(connection)
            hasAuditLog = try connection.fetchValue(Int.self, "SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'") == 1
        } catch {
            throw DaemonError(en: "the backup \(backup) cannot be read as a database (\(error.message)); nothing was restored", de: "die Sicherung \(backup) lässt sich nicht als Datenbank lesen (\(error.messageDe ?? error.message)); nichts wurde wiederhergestellt")
        }
        guard findings == ["ok"] else {
            throw DaemonError(en: "the backup \(backup) fails integrity_check (\(findings.prefix(3).joined(separator: "; "))); nothing was restored", de: "die Sicherung \(backup) besteht integrity_check nicht (\(findings.prefix(3).joined(separator: "; "))); nichts wurde wiederhergestellt")
        }
        guard version >= 1, hasAuditLog else {
            throw DaemonError(en: "\(backup) is not a Lotse database (schema version \(version)); nothing was restored", de: "\(backup) ist keine Lotse-Datenbank (Schemaversion \(version)); nichts wurde wiederhergestellt")
        }
        guard version <= Schema.newestVersion else {
            throw DaemonError(en: "the backup \(backup) has schema version \(version), newer than this Lotse (\(Schema.newestVersion)); nothing was restored", de: "die Sicherung \(backup) hat die Schemaversion \(version), neuer als dieses Lotse (\(Schema.newestVersion)); nichts wurde wiederhergestellt")
        }
        return version
    }

    /// The highest pseudonym number per year the database at `path` has issued.
    static func issuedNumbers(_ path: String) throws(StoreError) -> [Int: Int] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        let connection = try Connection.open(path: path, readOnly: true, options: StoreOptions(quickCheckAtOpen: false))
        defer { connection.close() }
        var numbers: [Int: Int] = [:]
        for row in try connection.fetchAll("SELECT name, last FROM id_sequences WHERE name GLOB 'client-[0-9][0-9][0-9][0-9]'") {
            if let year = Int(try row.decode(String.self, "name").dropFirst(7)) { numbers[year] = try row.decode(Int.self, "last") }
        }
        return numbers
    }

    /// Copies `source` to `target` through a temporary file created 0600 and owned like
    /// the state directory, synced before the rename.
    static func copy(_ source: String, to target: String, owner: FileStatus) throws(DaemonError) {
        let temporary = target + ".restore-\(ThisProcess.id)"
        try? FileSystem.remove(temporary)
        let input: FileDescriptor
        do { input = try FileDescriptor.open(source, O_RDONLY) } catch { throw DaemonError(en: "cannot open the backup \(source): \(error.text)", de: "die Sicherung \(source) lässt sich nicht öffnen: \(error.german)") }
        defer { input.close() }
        let output: FileDescriptor
        do { output = try FileDescriptor.open(temporary, O_WRONLY | O_CREAT | O_EXCL, permissions: 0o600) } catch {
            throw DaemonError(en: "cannot create \(temporary): \(error.text)", de: "\(temporary) lässt sich nicht anlegen: \(error.german)")
        }
        var failed: DaemonError?
        while failed == nil {
            let chunk: [UInt8]
            do { chunk = try input.read(upTo: 1 << 16) } catch { failed = DaemonError(en: "cannot read \(source): \(error.text)", de: "\(source) lässt sich nicht lesen: \(error.german)"); break }
            if chunk.isEmpty { break }
            do { try output.writeAll(chunk) } catch { failed = DaemonError(en: "cannot write \(temporary): \(error.text)", de: "\(temporary) lässt sich nicht schreiben: \(error.german)") }
        }
        if failed == nil {
            do {
                try output.setPermissions(0o600)
                try output.sync()
            } catch { failed = DaemonError(en: "cannot sync \(temporary): \(error.text)", de: "\(temporary) lässt sich nicht auf die Platte bringen: \(error.german)") }
        }
        if ThisProcess.effectiveUser == 0 { try? output.setOwner(owner.owner, owner.group) }
        output.close()
        if let failed {
            try? FileSystem.remove(temporary)
            throw failed
        }
        do { try FileSystem.rename(temporary, to: target) } catch {
            try? FileSystem.remove(temporary)
            throw DaemonError(en: "cannot move the restored copy to \(target): \(error.text)", de: "die wiederhergestellte Kopie lässt sich nicht nach \(target) verschieben: \(error.german)")
        }
    }

    /// Files the restore (run as root) writes belong to the daemon's user, who owns the
    /// state directory.
    static func giveToOwner(_ path: String, _ owner: FileStatus) {
        guard ThisProcess.effectiveUser == 0, FileManager.default.fileExists(atPath: path) else { return }
        try? FileSystem.setOwner(path, owner.owner, owner.group)
    }
}
