/// A month of a year, `2026-12`: the unit a roster is planned in (`lotse roster plan 2026-12`).
public struct CalendarMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1 … 9999.
    public let year: Int
    /// The month, 1 … 12.
    public let month: Int

    /// A validated month, or nil when out of range.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month a day lies in.
    public init(containing date: LocalDate) {
        self.year = date.year
        self.month = date.month
    }

    /// Parses `YYYY-MM` (as the CLI takes it); nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        self.init(year: year, month: month)
    }

    /// The first day of the month.
    public var firstDay: LocalDate { LocalDate(daysSince1970: LocalDate.daysSince1970(year: year, month: month, day: 1)) }

    /// The last day of the month (28, 29, 30 or 31).
    public var lastDay: LocalDate {
        LocalDate(daysSince1970: LocalDate.daysSince1970(year: year, month: month, day: numberOfDays))
    }

    /// The month's length in days.
    public var numberOfDays: Int { LocalDate.numberOfDays(inMonth: month, year: year) }

    /// The month `count` months later (earlier when negative); recurrence steps by it.
    public func adding(months count: Int) -> CalendarMonth {
        let index = year * 12 + (month - 1) + count
        return CalendarMonth(unchecked: index / 12, index % 12 + 1)
    }

    /// Months from `self` to `other` (positive when `other` is later).
    public func months(until other: CalendarMonth) -> Int {
        (other.year * 12 + other.month) - (year * 12 + month)
    }

    /// `2026-12`.
    public var description: String { "\(LocalDate.pad(year, 4))-\(LocalDate.pad(month, 2))" }

    /// Orders by year, then month.
    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    private init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }
}

extension LocalDate {
    /// Days since 1970 for fields known to be valid (used by month arithmetic).
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
