/// A month of a year, `2026-12`: the unit a roster is planned in (`lotse roster plan 2026-12`).
public struct CalendarMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1900 … 9999.
    public let year: Int
    /// The month, 1 … 12.
    public let month: Int

    /// A validated month, or nil when out of range (years 1900…9999, as ``CalendarDate``).
    public init?(year: Int, month: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month a day lies in.
    public init(containing date: CalendarDate) {
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
    public var firstDay: CalendarDate { CalendarDate(daysSince1970: CalendarDate.dayNumber(year: year, month: month, day: 1)) }

    /// The last day of the month (28, 29, 30 or 31).
    public var lastDay: CalendarDate {
        CalendarDate(daysSince1970: CalendarDate.dayNumber(year: year, month: month, day: numberOfDays))
    }

    /// The month's length in days.
    public var numberOfDays: Int { CalendarDate.daysIn(month: month, year: year) }

    /// The month `count` months later (earlier when negative); recurrence steps by it.
    public func adding(months count: Int) -> CalendarMonth {
        // Clamped so that no count, however large, can overflow (that trapped the daemon).
        let index = year * 12 + (month - 1) + min(max(count, -CalendarDate.dayNumberLimit), CalendarDate.dayNumberLimit)
        return CalendarMonth(unchecked: index / 12, index % 12 + 1)
    }

    /// Months from `self` to `other` (positive when `other` is later).
    public func months(until other: CalendarMonth) -> Int {
        let (difference, overflow) = (other.year * 12 + other.month).subtractingReportingOverflow(year * 12 + month)
        return overflow ? (other < self ? Int.min : Int.max) : difference
    }

    /// `2026-12`.
    public var description: String { "\(LocalDateTime.pad(year, 4))-\(LocalDateTime.pad(month, 2))" }

    /// `12.2026`: how Lotse shows a month to its readers, German and English alike (the
    /// numeric form of `DD.MM.YYYY`; ISO `2026-12` stays in files meant for machines).
    public var displayText: String { "\(LocalDateTime.pad(month, 2)).\(LocalDateTime.pad(year, 4))" }

    /// `Januar 2027` / `January 2027`: the month by its name, as sentences, headings and
    /// mails name it (`displayText` where a reader types it back, as in a command).
    public func name(in language: MessageLanguage) -> String {
        MailDate.month(year: year, month: month, language: language)
    }

    /// Orders by year, then month.
    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    private init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }
}
