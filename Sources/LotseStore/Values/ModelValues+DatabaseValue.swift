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

extension Slug: DatabaseValueConvertible {
    /// Stored as TEXT.
    public var databaseValue: DatabaseValue { .text(value) }
    /// Re-validated on the way out.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Slug? {
        guard case .text(let text) = value else { return nil }
        return Slug(text)
    }
}

extension ClientStatus: DatabaseValueConvertible {}
extension ReferralKind: DatabaseValueConvertible {}
extension ReferralStatus: DatabaseValueConvertible {}
extension ConsentScope: DatabaseValueConvertible {}
extension SessionStatus: DatabaseValueConvertible {}
extension RosterStatus: DatabaseValueConvertible {}
extension Attendance: DatabaseValueConvertible {}
extension GoalDomain: DatabaseValueConvertible {}
extension GoalStatus: DatabaseValueConvertible {}
extension FollowUpStepStatus: DatabaseValueConvertible {}

extension CalendarDate: DatabaseValueConvertible {
    /// Stored as TEXT `YYYY-MM-DD`.
    public var databaseValue: DatabaseValue { .text(description) }
    /// Parsed (and range-checked) from `YYYY-MM-DD`.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> CalendarDate? {
        guard case .text(let text) = value else { return nil }
        return CalendarDate(iso: text)
    }
}

extension ClientID: DatabaseValueConvertible {
    /// Stored as TEXT `K-YYYY-NNNN`.
    public var databaseValue: DatabaseValue { .text(description) }
    /// Parsed from `K-YYYY-NNNN`.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> ClientID? {
        guard case .text(let text) = value else { return nil }
        return ClientID(text)
    }
}

extension Identifier: DatabaseValueConvertible {
    /// Stored as the INTEGER row id.
    public var databaseValue: DatabaseValue { .integer(rawValue) }
    /// Any INTEGER.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Identifier? {
        guard case .integer(let raw) = value else { return nil }
        return Identifier(raw)
    }
}

extension LanguageCode: DatabaseValueConvertible {
    /// Stored as TEXT (ISO 639 code).
    public var databaseValue: DatabaseValue { .text(code) }
    /// Only codes the model accepts.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> LanguageCode? {
        guard case .text(let text) = value else { return nil }
        return LanguageCode(text)
    }
}

extension UserName: DatabaseValueConvertible {
    /// Stored as TEXT.
    public var databaseValue: DatabaseValue { .text(value) }
    /// Only valid Unix user names.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> UserName? {
        guard case .text(let text) = value else { return nil }
        return UserName(text)
    }
}
