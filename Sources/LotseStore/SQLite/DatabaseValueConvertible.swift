import Foundation

/// A Swift type that is stored as one SQLite value.
///
/// Binding and decoding go through this protocol so that domain value types (calendar
/// dates, pseudonyms, status enums) are stored in one agreed shape, defined once next to
/// the type, instead of being formatted by hand in every query.
public protocol DatabaseValueConvertible: Sendable {
    /// The value as SQLite stores it.
    var databaseValue: DatabaseValue { get }
    /// The Swift value for a stored value, or nil when the stored value does not fit
    /// (wrong storage class, out of range, unknown enum case).
    static func fromDatabaseValue(_ value: DatabaseValue) -> Self?
}

extension DatabaseValue: DatabaseValueConvertible {
    /// Itself.
    public var databaseValue: DatabaseValue { self }
    /// Itself: any stored value is a `DatabaseValue`.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> DatabaseValue? { value }
}

extension Int64: DatabaseValueConvertible {
    /// Stored as INTEGER.
    public var databaseValue: DatabaseValue { .integer(self) }
    /// Accepts INTEGER only: a REAL silently truncated would hide a schema mistake.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int64? {
        if case .integer(let int) = value { return int }
        return nil
    }
}

extension Int: DatabaseValueConvertible {
    /// Stored as INTEGER.
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    /// Accepts INTEGER values that fit.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int? {
        if case .integer(let int) = value { return Int(exactly: int) }
        return nil
    }
}

extension Double: DatabaseValueConvertible {
    /// Stored as REAL.
    public var databaseValue: DatabaseValue { .real(self) }
    /// Accepts REAL, and INTEGER (SQLite stores whole REALs compactly in non-STRICT tables).
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Double? {
        switch value {
        case .real(let double): double
        case .integer(let int): Double(int)
        default: nil
        }
    }
}

extension String: DatabaseValueConvertible {
    /// Stored as TEXT.
    public var databaseValue: DatabaseValue { .text(self) }
    /// Accepts TEXT only.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> String? {
        if case .text(let text) = value { return text }
        return nil
    }
}

extension Data: DatabaseValueConvertible {
    /// Stored as BLOB.
    public var databaseValue: DatabaseValue { .blob(self) }
    /// Accepts BLOB only.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Data? {
        if case .blob(let data) = value { return data }
        return nil
    }
}

extension Bool: DatabaseValueConvertible {
    /// Stored as INTEGER 0 or 1, the SQLite convention (`CHECK (x IN (0, 1))` in the schema).
    public var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }
    /// Accepts INTEGER 0 and 1 only.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Bool? {
        switch value {
        case .integer(0): false
        case .integer(1): true
        default: nil
        }
    }
}

extension DatabaseValueConvertible where Self: RawRepresentable, RawValue == String {
    /// String-backed enums are stored as their raw value.
    public var databaseValue: DatabaseValue { .text(rawValue) }
    /// Unknown raw values decode to nil (and so to a decoding error naming the column).
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Self? {
        if case .text(let text) = value { return Self(rawValue: text) }
        return nil
    }
}

/// A value stored as TEXT in its own written form and re-validated by the type on the
/// way out, so that every such type stores and reads back in one way (a value the model
/// would refuse cannot come out of the store).
public protocol DatabaseTextConvertible: DatabaseValueConvertible {
    /// The text stored.
    var databaseText: String { get }
    /// The value for stored text, or nil when the type refuses it (a function, not an
    /// initialiser, so that `ClientID.init` and the like stay unambiguous).
    static func fromDatabaseText(_ text: String) -> Self?
}

extension DatabaseTextConvertible {
    /// Stored as TEXT.
    public var databaseValue: DatabaseValue { .text(databaseText) }
    /// TEXT only, through the type's own check.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Self? {
        guard case .text(let text) = value else { return nil }
        return fromDatabaseText(text)
    }
}

extension Optional where Wrapped: DatabaseValueConvertible {
    /// NULL for nil, the wrapped value's storage otherwise; lets callers bind optionals.
    public var databaseValue: DatabaseValue { self?.databaseValue ?? .null }
}
