import CSQLite
import Foundation

/// SQLite's "copy this buffer now" destructor, which the C headers define as a macro that
/// Swift cannot import.
let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A prepared statement on one `Connection`.
///
/// Not `Sendable`: a statement belongs to its connection and is used only while the
/// connection's owner holds it. Every use binds all parameters afresh, steps to the end
/// (or fetches) and resets, so a cached statement never carries state from one use to the
/// next and never holds a read transaction open.
public final class Statement {
    /// The compiled statement; nil once finalized.
    private var handle: OpaquePointer?
    /// The connection's handle, for error messages.
    private let connectionHandle: OpaquePointer
    /// The SQL text, carried into every error.
    public let sql: String
    /// Column names of the result, read once at preparation.
    public let columnNames: [String]
    /// How many `?` parameters the statement takes.
    public let parameterCount: Int

    /// Compiles one SQL statement; trailing text other than whitespace or `;` is an error,
    /// because silently ignoring a second statement hides mistakes.
    init(connection: OpaquePointer, sql: String) throws(StoreError) {
        self.connectionHandle = connection
        self.sql = sql
        var statement: OpaquePointer?
        var remainder = ""
        let code = sql.withCString { text -> Int32 in
            var tail: UnsafePointer<CChar>?
            let result = sqlite3_prepare_v3(connection, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, &tail)
            if result == SQLITE_OK, let tail { remainder = String(cString: tail) }
            return result
        }
        guard code == SQLITE_OK else {
            sqlite3_finalize(statement)
            throw StoreError.sqlite(code, connection: connection, sql: sql)
        }
        guard let statement else {
            throw StoreError(kind: .sqlite, message: "The SQL text holds no statement.", sql: sql)
        }
        if !remainder.allSatisfy({ $0.isWhitespace || $0 == ";" }) {
            sqlite3_finalize(statement)
            throw StoreError(kind: .sqlite, message: "Only one statement may be prepared at a time; extra text follows.", sql: sql)
        }
        handle = statement
        parameterCount = Int(sqlite3_bind_parameter_count(statement))
        let count = sqlite3_column_count(statement)
        columnNames = (0..<count).map { index in
            sqlite3_column_name(statement, index).map { String(cString: $0) } ?? "column\(index)"
        }
    }

    deinit { sqlite3_finalize(handle) }

    /// Releases the compiled statement; later use throws.
    func finalize() {
        sqlite3_finalize(handle)
        handle = nil
    }

    private func liveHandle() throws(StoreError) -> OpaquePointer {
        guard let handle else {
            throw StoreError(kind: .closed, resultCode: SQLITE_MISUSE, message: "The statement was used after its connection closed.", sql: sql)
        }
        return handle
    }

    /// Binds every parameter; the count must match exactly.
    private func bind(_ arguments: [DatabaseValue], to handle: OpaquePointer) throws(StoreError) {
        guard arguments.count == parameterCount else {
            throw StoreError(kind: .sqlite, resultCode: SQLITE_RANGE,
                             message: "The statement takes \(parameterCount) arguments but \(arguments.count) were given.", sql: sql)
        }
        for (offset, value) in arguments.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null:
                code = sqlite3_bind_null(handle, index)
            case .integer(let int):
                code = sqlite3_bind_int64(handle, index, int)
            case .real(let double):
                code = sqlite3_bind_double(handle, index, double)
            case .text(let text):
                code = sqlite3_bind_text(handle, index, text, -1, SQLITE_TRANSIENT)
            case .blob(let data):
                code = data.withUnsafeBytes { bytes in
                    // A zero-length blob must still bind as a blob, not NULL.
                    bytes.baseAddress.map { sqlite3_bind_blob(handle, index, $0, Int32(bytes.count), SQLITE_TRANSIENT) }
                        ?? sqlite3_bind_zeroblob(handle, index, 0)
                }
            }
            guard code == SQLITE_OK else { throw StoreError.sqlite(code, connection: connectionHandle, sql: sql) }
        }
    }

    /// Runs the statement to completion with the given arguments, discarding any rows.
    public func execute(_ arguments: [DatabaseValue] = []) throws(StoreError) {
        let handle = try liveHandle()
        defer { sqlite3_reset(handle); sqlite3_clear_bindings(handle) }
        try bind(arguments, to: handle)
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            if code != SQLITE_ROW { throw StoreError.sqlite(code, connection: connectionHandle, sql: sql) }
        }
    }

    /// Runs the statement and returns every row.
    public func fetchAll(_ arguments: [DatabaseValue] = []) throws(StoreError) -> [Row] {
        var rows: [Row] = []
        try forEachRow(arguments) { row in rows.append(row) }
        return rows
    }

    /// Runs the statement and returns the first row, or nil when there is none.
    public func fetchOne(_ arguments: [DatabaseValue] = []) throws(StoreError) -> Row? {
        var first: Row?
        try forEachRow(arguments, limit: 1) { row in first = row }
        return first
    }

    /// Runs the statement and hands each row to `body` as it is stepped, without keeping
    /// them all in memory; stops after `limit` rows when one is given.
    public func forEachRow(_ arguments: [DatabaseValue] = [], limit: Int? = nil, _ body: (Row) -> Void) throws(StoreError) {
        let handle = try liveHandle()
        defer { sqlite3_reset(handle); sqlite3_clear_bindings(handle) }
        try bind(arguments, to: handle)
        var seen = 0
        while limit.map({ seen < $0 }) ?? true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw StoreError.sqlite(code, connection: connectionHandle, sql: sql) }
            body(Row(columns: columnNames, values: currentValues(handle)))
            seen += 1
        }
    }

    /// Copies the current row's values out of SQLite.
    private func currentValues(_ handle: OpaquePointer) -> [DatabaseValue] {
        (0..<Int32(columnNames.count)).map { index -> DatabaseValue in
            switch sqlite3_column_type(handle, index) {
            case SQLITE_INTEGER:
                return .integer(sqlite3_column_int64(handle, index))
            case SQLITE_FLOAT:
                return .real(sqlite3_column_double(handle, index))
            case SQLITE_TEXT:
                guard let text = sqlite3_column_text(handle, index) else { return .text("") }
                let count = Int(sqlite3_column_bytes(handle, index))
                return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
            case SQLITE_BLOB:
                let count = Int(sqlite3_column_bytes(handle, index))
                guard count > 0, let bytes = sqlite3_column_blob(handle, index) else { return .blob(Data()) }
                return .blob(Data(bytes: bytes, count: count))
            default:
                return .null
            }
        }
    }
}
