import Foundation

extension Date: DatabaseValueConvertible {
    /// Instants are stored as INTEGER whole seconds since 1970-01-01 UTC (the schema's
    /// `…_at` convention): compact, sortable, and free of time-zone text. Fractions of a
    /// second are dropped (rounded down), which is finer than anything Lotse schedules.
    public var databaseValue: DatabaseValue { .integer(Int64(timeIntervalSince1970.rounded(.down))) }

    /// Accepts INTEGER seconds only.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Date? {
        if case .integer(let seconds) = value { return Date(timeIntervalSince1970: TimeInterval(seconds)) }
        return nil
    }
}
