import LotseCore

// How the domain's value types are stored: each as the same text or integer its
// `description` or raw value gives, so that the database reads as plainly as the CLI's
// JSON. Decoding re-validates through the type's own failable initialiser, so a value
// that the model would refuse cannot come back out of the store either.

extension Urgency: DatabaseValueConvertible {}
extension MessageLanguage: DatabaseValueConvertible {}
extension Role: DatabaseValueConvertible {}

extension EmailAddress: DatabaseValueConvertible {
    /// Stored as TEXT.
    public var databaseValue: DatabaseValue { .text(value) }
    /// Re-validated on the way out.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> EmailAddress? {
        guard case .text(let text) = value, case .success(let address) = EmailAddress.validate(text) else { return nil }
        return address
    }
}

extension TimeOfDay: DatabaseValueConvertible {
    /// Stored as TEXT `HH:MM` (Europe/Berlin wall time).
    public var databaseValue: DatabaseValue { .text(description) }
    /// Parsed from `HH:MM`.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> TimeOfDay? {
        guard case .text(let text) = value else { return nil }
        return TimeOfDay(parsing: text)
    }
}

extension MunicipalityID: DatabaseValueConvertible {
    /// Stored as TEXT.
    public var databaseValue: DatabaseValue { .text(value) }
    /// Re-validated on the way out.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> MunicipalityID? {
        guard case .text(let text) = value else { return nil }
        return MunicipalityID(text)
    }
}

extension RecommendationCode: DatabaseValueConvertible {
    /// Stored as TEXT.
    public var databaseValue: DatabaseValue { .text(value) }
    /// Re-validated on the way out.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> RecommendationCode? {
        guard case .text(let text) = value else { return nil }
        return RecommendationCode(text)
    }
}
