import CSQLite
import Foundation
import Synchronization
import LotseSystem

/// The store as the daemon holds it: one writer connection and a small pool of reader
/// connections on one SQLite file in WAL mode.
///
/// `Sendable`, so any thread may call it. Writes are serialised through one lock around
/// the single writer connection (SQLite allows one writer at a time anyway; queueing in
/// the process is cheaper and fairer than spinning on `SQLITE_BUSY`). Reads use their own
/// connections, so in WAL mode they never wait behind a write and always see a committed
/// snapshot.
///
/// Group commit (`StoreOptions.groupCommit`): writers that arrive while another write is
/// committing are run together in one transaction, each in its own savepoint, and all are
/// released after the single fsync — see `GroupCommitQueue`. Callers do not change.
public final class Database: Sendable {
    /// The file this store opened.
    public let path: String
    /// The settings it was opened with.
    public let options: StoreOptions
    /// The only connection that writes; nil after `close()`.
    private let writer: Mutex<Connection?>
    /// Read-only connections, each behind its own lock.
    private let readers: [ReaderSlot]
    /// Round-robin start for picking a reader.
    private let nextReader = Atomic<Int>(0)
    /// Writers waiting for a shared transaction (used with `groupCommit`).
    private let groupCommit = GroupCommitQueue()

    /// Opens (creating if missing) the database at `path`: checks it (`quick_check`),
    /// switches to WAL, applies `synchronous=FULL`, `foreign_keys=ON` and the busy
    /// timeout, brings the schema up to date with `migrations`, then opens the readers.
    ///
    /// Throws `corruptDatabase` for a damaged file and `schemaTooNew` for a file written
    /// by a newer Lotse; in both cases nothing is written.
    public init(path: String, options: StoreOptions = StoreOptions(), migrations: [Migration] = Schema.migrations) throws(StoreError) {
        guard options.readerCount >= 1 else {
            throw StoreError(kind: .invalidValue(field: "readerCount"), message: "A database needs at least one reader connection (readerCount is \(options.readerCount)).")
        }
        self.path = path
        self.options = options
        let writerConnection = try Connection.open(path: path, options: options)
        try Migrator(migrations: migrations).migrate(writerConnection)
        var readerLocks: [ReaderSlot] = []
        for _ in 0..<options.readerCount {
            readerLocks.append(ReaderSlot(try Connection.open(path: path, readOnly: true, options: options)))
        }
        self.writer = Mutex(writerConnection)
        self.readers = readerLocks
    }

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction on the writer connection and commits.
    ///
    /// Returns only after `COMMIT` has returned, so with `synchronous=FULL` a caller may
    /// report success as soon as this returns. Any error thrown by `body` (or by the
    /// commit) rolls everything back. Annotate the closure's error type:
    /// `db.write { (db: Connection) throws(StoreError) in … }`. `body` must not call
    /// `write` again (the writer lock is not re-entrant); it may call `read`, which uses
    /// another connection and sees only committed data.
    ///
    /// With `groupCommit`, `body` runs in a savepoint of a transaction shared with other
    /// writers: its own error still undoes exactly its own changes, and it still returns
    /// only after the shared `COMMIT`. `body` must not open transactions of its own.
    @discardableResult
    public func write<T: Sendable, E: StoreErrorConvertible>(_ body: (Connection) throws(E) -> T) throws(E) -> T {
        if options.groupCommit { return try groupWrite(body) }
        return try writer.withLock { (connection: inout Connection?) throws(E) -> T in
            guard let connection else { throw E(storeError: Self.closedError(path)) }
            return try connection.inTransaction(.immediate, body)
        }
    }

    private func groupWrite<T: Sendable, E: StoreErrorConvertible>(_ body: (Connection) throws(E) -> T) throws(E) -> T {
        // The closure escapes into the queue only while this call blocks in `submit`.
        let outcome = withoutActuallyEscaping(body) { escaping -> Result<T, E>? in
            let job = WriteJob(escaping)
            groupCommit.submit(job) { batch in
                writer.withLock { (connection: inout Connection?) in
                    GroupCommitQueue.runBatch(batch, on: connection, closedError: Self.closedError(path))
                }
            }
            return job.outcome
        }
        switch outcome {
        case .success(let value): return value
        case .failure(let error): throw error
        case nil: throw E(storeError: StoreError(kind: .sqlite, resultCode: SQLITE_INTERNAL, message: "A queued write finished without an outcome."))
        }
    }

    /// Runs `body` in a deferred (read-only) transaction on a reader connection: one
    /// consistent snapshot of committed data, never blocked by the writer.
    @discardableResult
    public func read<T: Sendable, E: StoreErrorConvertible>(_ body: (Connection) throws(E) -> T) throws(E) -> T {
        let start = nextReader.wrappingAdd(1, ordering: .relaxed).oldValue
        // Prefer an idle reader; wait for the round-robin one only when all are busy.
        for offset in 0..<readers.count {
            let slot = readers[(start &+ offset) % readers.count]
            if let result = try slot.connection.withLockIfAvailable({ (connection: inout Connection?) throws(E) -> T in
                try Self.runRead(connection, path: path, body)
            }) {
                return result
            }
        }
        return try readers[start % readers.count].connection.withLock { (connection: inout Connection?) throws(E) -> T in
            try Self.runRead(connection, path: path, body)
        }
    }

    private static func runRead<T, E: StoreErrorConvertible>(_ connection: Connection?, path: String, _ body: (Connection) throws(E) -> T) throws(E) -> T {
        guard let connection else { throw E(storeError: closedError(path)) }
        return try connection.inTransaction(.deferred, body)
    }

    /// Copies every committed page from the write-ahead log into the database file and
    /// truncates the log to zero bytes (`wal_checkpoint(TRUNCATE)`), so that no older
    /// version of a page — one that still held a purged client's data — survives in the
    /// log. Waits (by the busy timeout) for readers on an older snapshot; tries a few
    /// times, because a reader may start between the tries, and throws when the log
    /// could not be emptied, so that the caller can say the purge is not yet complete.
    public func checkpointAndTruncate(attempts: Int = 20) throws(StoreError) {
        try writer.withLock { (connection: inout Connection?) throws(StoreError) in
            guard let connection else { throw Self.closedError(path) }
            var last = ""
            for attempt in 0..<max(1, attempts) {
                if attempt > 0 { Pause.milliseconds(50) }
                let row = try connection.fetchAll("PRAGMA wal_checkpoint(TRUNCATE)").first
                let busy = try row?.decodeIfPresent(Int64.self, "busy") ?? 1
                if busy == 0 { return }
                last = "busy (a reader still uses an older snapshot)"
            }
            throw StoreError(kind: .sqlite, resultCode: SQLITE_BUSY,
                             message: "The write-ahead log of \(path) could not be emptied: \(last).")
        }
    }

    /// SQLite's own check of the file on a reader's snapshot: `["ok"]` when sound,
    /// otherwise its findings. `full` runs `integrity_check` (also checks index contents
    /// and constraints), otherwise the faster `quick_check`; for `lotse admin status`.
    public func checkIntegrity(full: Bool = false) throws(StoreError) -> [String] {
        try read { (db: Connection) throws(StoreError) -> [String] in
            let pragma = full ? "integrity_check" : "quick_check"
            var findings: [String] = []
            for row in try db.fetchAll("PRAGMA \(pragma)") {
                if let finding = try row.decodeIfPresent(String.self, pragma) { findings.append(finding) }
            }
            return findings
        }
    }

    /// The schema version of the open file (`PRAGMA user_version`).
    public func schemaVersion() throws(StoreError) -> Int {
        try read { (db: Connection) throws(StoreError) in try Migrator.currentVersion(db) }
    }

    /// Closes every connection; later calls throw a `closed` error. Waits for running
    /// reads and writes to finish first (it takes each lock).
    public func close() {
        writer.withLock { connection in
            connection?.close()
            connection = nil
        }
        for reader in readers {
            reader.connection.withLock { connection in
                connection?.close()
                connection = nil
            }
        }
    }

    /// One reader connection behind its own lock (`Mutex` cannot sit in an array).
    private final class ReaderSlot: Sendable {
        let connection: Mutex<Connection?>
        init(_ connection: consuming sending Connection) { self.connection = Mutex(connection) }
    }

    private static func closedError(_ path: String) -> StoreError {
        StoreError(kind: .closed, resultCode: SQLITE_MISUSE, message: "The database \(path) is closed.")
    }
}
