import CSQLite
import Foundation

/// One open SQLite connection.
///
/// Deliberately not `Sendable`: SQLite connections opened without `SQLITE_OPEN_FULLMUTEX`
/// must not be used from two threads at once, so a `Connection` is only ever reached
/// through `Database`, which serialises access to it. Repositories take a `Connection`
/// argument, which is how they run inside the caller's transaction.
public final class Connection {
    /// The SQLite handle; nil after `close()`.
    private var handle: OpaquePointer?
    /// The file this connection opened.
    public let path: String
    /// Prepared statements by SQL text, reused across calls.
    private var statementCache: [String: Statement] = [:]

    private init(handle: OpaquePointer, path: String) {
        self.handle = handle
        self.path = path
    }

    deinit { close() }

    /// Opens a connection with the store's settings: extended result codes, the busy
    /// timeout, and (for the writer) WAL journal mode, `synchronous=FULL` and foreign keys.
    ///
    /// - Parameters:
    ///   - path: the database file; created when `readOnly` is false and it is missing.
    ///   - readOnly: opens a reader (`PRAGMA query_only`), which never changes the file.
    ///   - options: busy timeout and whether to run `quick_check`.
    public static func open(path: String, readOnly: Bool = false, options: StoreOptions = StoreOptions()) throws(StoreError) -> Connection {
        var raw: OpaquePointer?
        // A new database is created 0600 by us, not 0644-less-umask by SQLite (see PrivateFile).
        if !readOnly && path != ":memory:" && !path.isEmpty { try PrivateFile.createIfMissing(path) }
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (readOnly ? 0 : SQLITE_OPEN_CREATE)
        let code = sqlite3_open_v2(path, &raw, flags, nil)
        guard code == SQLITE_OK, let raw else {
            let error = StoreError.sqlite(code, connection: raw, sql: nil)
            sqlite3_close_v2(raw)
            throw StoreError(kind: error.kind, resultCode: error.resultCode, extendedResultCode: error.extendedResultCode,
                             message: "Cannot open the database \(path): \(error.message)")
        }
        let connection = Connection(handle: raw, path: path)
        sqlite3_extended_result_codes(raw, 1)
        sqlite3_busy_timeout(raw, options.busyTimeoutMilliseconds)
        do throws(StoreError) {
            if options.quickCheckAtOpen && !readOnly { try connection.quickCheck() }
            if readOnly {
                try connection.execute("PRAGMA query_only = ON")
            } else {
                let mode = try connection.fetchValue(String.self, "PRAGMA journal_mode = WAL") ?? ""
                guard mode.lowercased() == "wal" else {
                    throw StoreError(kind: .journalModeRejected(actual: mode),
                                     message: "The database \(path) could not be switched to write-ahead logging (journal mode is \"\(mode)\").")
                }
                try connection.execute("PRAGMA synchronous = FULL")
                // Deleted rows (a purged client's notes) are overwritten with zeros in the
                // page and in freed pages, instead of lingering until the space is reused.
                try connection.execute("PRAGMA secure_delete = ON")
            }
            try connection.execute("PRAGMA foreign_keys = ON")
        } catch {
            connection.close()
            throw error
        }
        return connection
    }

    /// Runs `PRAGMA quick_check` and throws `corruptDatabase` with SQLite's findings when
    /// the file is damaged or not a database at all.
    public func quickCheck() throws(StoreError) {
        var findings: [String] = []
        do {
            for row in try fetchAll("PRAGMA quick_check") {
                if let finding = try row.decodeIfPresent(String.self, "quick_check") { findings.append(finding) }
            }
        } catch where error.resultCode == SQLITE_NOTADB || error.resultCode == SQLITE_CORRUPT {
            throw StoreError(kind: .corruptDatabase, resultCode: error.resultCode, extendedResultCode: error.extendedResultCode,
                             message: "The file \(path) is not a usable SQLite database (\(error.message)); Lotse will not open it.",
                             sql: "PRAGMA quick_check")
        }
        guard findings == ["ok"] else {
            throw StoreError(kind: .corruptDatabase, resultCode: SQLITE_CORRUPT,
                             message: "The database \(path) failed its integrity check and will not be opened: \(findings.prefix(3).joined(separator: "; ")).",
                             sql: "PRAGMA quick_check")
        }
    }

    /// Finalizes cached statements and closes the handle. Safe to call twice.
    public func close() {
        for statement in statementCache.values { statement.finalize() }
        statementCache.removeAll()
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    /// The live handle, or a `closed` error.
    func liveHandle() throws(StoreError) -> OpaquePointer {
        guard let handle else {
            throw StoreError(kind: .closed, resultCode: SQLITE_MISUSE, message: "The database connection to \(path) is closed.")
        }
        return handle
    }

    // MARK: Statements

    /// A new prepared statement that the caller owns (not cached).
    public func prepare(_ sql: String) throws(StoreError) -> Statement {
        try Statement(connection: liveHandle(), sql: sql)
    }

    /// The cached prepared statement for `sql`, compiled on first use. Repositories use
    /// this for their fixed SQL so each query is compiled once per connection.
    ///
    /// The cache holds at most `statementCacheLimit` statements; when full it is emptied
    /// (statements still in use stay alive through their references and are finalized
    /// when released), so SQL built at run time cannot grow it without bound.
    public func cachedStatement(_ sql: String) throws(StoreError) -> Statement {
        if let statement = statementCache[sql] { return statement }
        let statement = try prepare(sql)
        if statementCache.count >= Self.statementCacheLimit { statementCache.removeAll() }
        statementCache[sql] = statement
        return statement
    }

    /// The most prepared statements kept per connection.
    public static let statementCacheLimit = 256

    /// Runs one statement with arguments (through the statement cache).
    public func execute(_ sql: String, _ arguments: StatementArguments = []) throws(StoreError) {
        try cachedStatement(sql).execute(arguments.values)
    }

    /// Runs a script of several statements without arguments (migrations, DDL).
    public func executeScript(_ sql: String) throws(StoreError) {
        let handle = try liveHandle()
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            var error = StoreError.sqlite(code, connection: handle, sql: sql)
            if let message { error.message = String(cString: message) }
            sqlite3_free(message)
            throw error
        }
    }

    /// Every row of a query.
    public func fetchAll(_ sql: String, _ arguments: StatementArguments = []) throws(StoreError) -> [Row] {
        try cachedStatement(sql).fetchAll(arguments.values)
    }

    /// Every row of a query made into a value by `restore` (a repository's reader of one
    /// row), in the query's order: the one loop that every list and every restored child list
    /// (a client's consents, a roster's entries) would otherwise write again. The rows are read
    /// first and restored after, so a reader may run queries of its own.
    public func fetchAll<T>(_ sql: String, _ arguments: StatementArguments = [],
                            restoring restore: (Row) throws(StoreError) -> T) throws(StoreError) -> [T] {
        let rows = try fetchAll(sql, arguments)
        var values: [T] = []
        values.reserveCapacity(rows.count)
        for row in rows { values.append(try restore(row)) }
        return values
    }

    /// The first row of a query, or nil.
    public func fetchOne(_ sql: String, _ arguments: StatementArguments = []) throws(StoreError) -> Row? {
        try cachedStatement(sql).fetchOne(arguments.values)
    }

    /// The first column of the first row, decoded; nil when there is no row or it is NULL.
    public func fetchValue<T: DatabaseValueConvertible>(_ type: T.Type, _ sql: String, _ arguments: StatementArguments = []) throws(StoreError) -> T? {
        let statement = try cachedStatement(sql)
        guard let row = try statement.fetchOne(arguments.values), let column = row.columns.first else { return nil }
        return try row.decodeIfPresent(T.self, column)
    }

    /// The rowid of the last successful INSERT on this connection.
    public var lastInsertedRowID: Int64 {
        handle.map { sqlite3_last_insert_rowid($0) } ?? 0
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    public var changedRowCount: Int {
        handle.map { Int(sqlite3_changes64($0)) } ?? 0
    }

    /// Rows changed by every INSERT, UPDATE and DELETE since the connection opened
    /// (triggers and foreign-key actions included): a measure of the write work a call
    /// does that does not depend on the clock, for tests that bound it.
    public var totalChangedRowCount: Int {
        handle.map { Int(sqlite3_total_changes64($0)) } ?? 0
    }

    /// Database pages this connection asked its page cache for since the last call (hits
    /// and misses), and resets the count: the read work of the statements in between,
    /// independent of the clock and of what the cache happened to hold.
    public func takePageRequestCount() -> Int {
        guard let handle else { return 0 }
        var total = 0
        for counter in [SQLITE_DBSTATUS_CACHE_HIT, SQLITE_DBSTATUS_CACHE_MISS] {
            var current: Int32 = 0
            var highest: Int32 = 0
            if sqlite3_db_status(handle, counter, &current, &highest, 1) == SQLITE_OK { total += Int(current) }
        }
        return total
    }

    /// True while a transaction is open on this connection.
    public var isInTransaction: Bool {
        handle.map { sqlite3_get_autocommit($0) == 0 } ?? false
    }

    // MARK: Transactions

    /// Runs `body` in a transaction: `BEGIN kind`, then `COMMIT` when `body` returns, or
    /// `ROLLBACK` when it throws (or the commit itself fails). Returns only after `COMMIT`
    /// has returned, which with `synchronous=FULL` means the change is on disk.
    public func inTransaction<T, E: StoreErrorConvertible>(_ kind: TransactionKind, _ body: (Connection) throws(E) -> T) throws(E) -> T {
        do {
            try execute("BEGIN \(kind.rawValue)")
        } catch {
            throw E(storeError: error)
        }
        let result: T
        do {
            result = try body(self)
        } catch {
            rollbackQuietly()
            throw error
        }
        do {
            try execute("COMMIT")
        } catch {
            rollbackQuietly()
            throw E(storeError: error)
        }
        return result
    }

    /// Runs `body` inside a savepoint of the current transaction: its changes are undone
    /// alone when it throws, leaving the enclosing transaction usable. This is the unit a
    /// later group commit will use for each writer's share of a shared transaction.
    public func inSavepoint<T, E: StoreErrorConvertible>(_ body: (Connection) throws(E) -> T) throws(E) -> T {
        do {
            try execute("SAVEPOINT lotse_unit")
        } catch {
            throw E(storeError: error)
        }
        do throws(E) {
            let result = try body(self)
            do { try execute("RELEASE lotse_unit") } catch { throw E(storeError: error) }
            return result
        } catch {
            // Undo this unit only; errors here leave the outer transaction to roll back.
            try? execute("ROLLBACK TO lotse_unit")
            try? execute("RELEASE lotse_unit")
            throw error
        }
    }

    /// Rolls back if a transaction is still open; a failing ROLLBACK (SQLite may already
    /// have rolled back after an I/O error) has nothing further to undo.
    private func rollbackQuietly() {
        if isInTransaction { try? execute("ROLLBACK") }
    }
}
