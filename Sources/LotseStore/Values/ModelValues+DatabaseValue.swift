import LotseCore

// How the domain's value types are stored: each as the same text or integer its
// `description` or raw value gives, so that the database reads as plainly as the CLI's
// JSON. Decoding re-validates through the type's own failable initialiser, so a value
// that the model would refuse cannot come back out of the store either.

extension Urgency: DatabaseValueConvertible {}
extension MessageLanguage: DatabaseValueConvertible {}
extension Role: DatabaseValueConvertible {}

extension EmailAddress: DatabaseTextConvertible {
    /// Stored as the address; re-validated on the way out.
    public var databaseText: String { value }
    /// The type's own check of the stored text.
    public static func fromDatabaseText(_ text: String) -> EmailAddress? { try? EmailAddress.validate(text).get() }
}

extension TimeOfDay: DatabaseTextConvertible {
    /// Stored as `HH:MM` (Europe/Berlin wall time).
    public var databaseText: String { description }
    /// The type's own check of the stored text.
    public static func fromDatabaseText(_ text: String) -> TimeOfDay? { TimeOfDay(parsing: text) }
}

extension Slug: DatabaseTextConvertible {
    /// Stored as the slug; re-validated on the way out.
    public var databaseText: String { value }
    /// The type's own check of the stored text.
    public static func fromDatabaseText(_ text: String) -> Self? { Self(text) }
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

extension CalendarDate: DatabaseTextConvertible {
    /// Stored as `YYYY-MM-DD`, parsed and range-checked on the way out.
    public var databaseText: String { description }
    /// The type's own check of the stored text.
    public static func fromDatabaseText(_ text: String) -> CalendarDate? { CalendarDate(iso: text) }
}

extension ClientID: DatabaseTextConvertible {
    /// Stored as `K-YYYY-NNNN`.
    public var databaseText: String { description }
    /// The type's own check of the stored text.
    public static func fromDatabaseText(_ text: String) -> Self? { Self(text) }
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

extension LanguageCode: DatabaseTextConvertible {
    /// Stored as the ISO 639 code; only codes the model accepts come out.
    public var databaseText: String { code }
    /// The type's own check of the stored text.
    public static func fromDatabaseText(_ text: String) -> Self? { Self(text) }
}

extension UserName: DatabaseTextConvertible {
    /// Stored as the name; only valid Unix user names come out.
    public var databaseText: String { value }
    /// The type's own check of the stored text.
    public static func fromDatabaseText(_ text: String) -> Self? { Self(text) }
}
