/// A day of the week, numbered as ISO 8601 does (Monday 1 … Sunday 7), because German
/// calendars start the week on Monday and RFC 5545's default week start (`WKST`) is Monday too.
public enum Weekday: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// Montag.
    case monday = 1
    /// Dienstag.
    case tuesday
    /// Mittwoch.
    case wednesday
    /// Donnerstag.
    case thursday
    /// Freitag.
    case friday
    /// Samstag.
    case saturday
    /// Sonntag.
    case sunday

    /// The two-letter code RFC 5545 uses in `BYDAY` and `WKST` (`MO` … `SU`), so that rules
    /// written by Lotse read the same in any calendar program.
    public var rfc5545Code: String {
        switch self {
        case .monday: "MO"
        case .tuesday: "TU"
        case .wednesday: "WE"
        case .thursday: "TH"
        case .friday: "FR"
        case .saturday: "SA"
        case .sunday: "SU"
        }
    }

    /// The weekday for an RFC 5545 code (`MO` … `SU`, upper case), or nil for anything else,
    /// so that the rule parser can name the unknown code in its error.
    public init?(rfc5545Code code: String) {
        guard let day = Weekday.allCases.first(where: { $0.rfc5545Code == code }) else { return nil }
        self = day
    }

    /// Orders Monday first, as the ISO week does.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
