/// One fetched row: column names and values, copied out of SQLite.
///
/// Decoding is by column name and throws a `StoreError` naming the column and the
/// expected type, so a schema drift shows up as a clear error rather than a wrong value.
public struct Row: Sendable, Hashable {
    /// Column names in result order (shared between the rows of one fetch).
    public let columns: [String]
    /// Values in result order.
    public let values: [DatabaseValue]

    /// Creates a row; used by `Statement` and by tests that build rows by hand.
    public init(columns: [String], values: [DatabaseValue]) {
        self.columns = columns
        self.values = values
    }

    /// The raw value of a named column, or nil when the result has no such column.
    public subscript(column: String) -> DatabaseValue? {
        guard let index = columns.firstIndex(of: column) else { return nil }
        return values[index]
    }

    /// The value of a column that must not be NULL, decoded to `T`.
    public func decode<T: DatabaseValueConvertible>(_ type: T.Type = T.self, _ column: String) throws(StoreError) -> T {
        guard let raw = self[column] else {
            throw StoreError(kind: .decoding(column: column, expected: "\(T.self)"),
                             message: "The query result has no column \"\(column)\".")
        }
        guard let value = T.fromDatabaseValue(raw) else {
            throw StoreError(kind: .decoding(column: column, expected: "\(T.self)"),
                             message: "Column \"\(column)\" holds \(raw.storageClass) \(raw), not a \(T.self).")
        }
        return value
    }

    /// The value of a nullable column: nil for NULL, otherwise decoded to `T`.
    public func decodeIfPresent<T: DatabaseValueConvertible>(_ type: T.Type = T.self, _ column: String) throws(StoreError) -> T? {
        guard let raw = self[column] else {
            throw StoreError(kind: .decoding(column: column, expected: "\(T.self)?"),
                             message: "The query result has no column \"\(column)\".")
        }
        if raw.isNull { return nil }
        return try decode(T.self, column)
    }
}
