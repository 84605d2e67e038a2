import Foundation

/// One SQLite value, exactly as the storage classes of SQLite define them.
///
/// Rows are copied into these values as they are stepped, so a fetched `Row` stays valid
/// after its statement is reset and can cross threads (`Sendable`).
public enum DatabaseValue: Sendable, Hashable, CustomStringConvertible {
    /// SQL NULL.
    case null
    /// A 64-bit signed integer.
    case integer(Int64)
    /// An IEEE double.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Raw bytes.
    case blob(Data)

    /// True for SQL NULL.
    public var isNull: Bool { if case .null = self { true } else { false } }

    /// The storage class name SQLite uses, for error messages.
    public var storageClass: String {
        switch self {
        case .null: "NULL"
        case .integer: "INTEGER"
        case .real: "REAL"
        case .text: "TEXT"
        case .blob: "BLOB"
        }
    }

    /// A short rendering for diagnostics (blobs show their size only).
    public var description: String {
        switch self {
        case .null: "NULL"
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .text(let value): "'\(value)'"
        case .blob(let value): "<\(value.count) bytes>"
        }
    }
}
