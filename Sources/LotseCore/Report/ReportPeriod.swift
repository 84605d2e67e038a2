/// The span a report covers, first and last day included: a year, a quarter or any
/// stretch of days. The previous period is the one of the same kind just before (the
/// year before, the quarter before, or as many days before), so the columns compare alike.
public struct ReportPeriod: Sendable, Equatable, Codable {
    /// The first day.
    public var from: CalendarDate
    /// The last day (included).
    public var to: CalendarDate
    /// `year`, `quarter` or `days`: decides what "the previous period" is.
    public var kind: String

    /// A period; nil when `to` lies before `from`.
    public init?(from: CalendarDate, to: CalendarDate, kind: String = "days") {
        guard from <= to else { return nil }
        (self.from, self.to, self.kind) = (from, to, kind)
    }

    /// The calendar year.
    public static func year(_ year: Int) -> ReportPeriod? {
        guard let from = CalendarDate(year: year, month: 1, day: 1), let to = CalendarDate(year: year, month: 12, day: 31) else { return nil }
        return ReportPeriod(from: from, to: to, kind: "year")
    }

    /// Quarter 1…4 of a year.
    public static func quarter(_ quarter: Int, of year: Int) -> ReportPeriod? {
        guard (1...4).contains(quarter), let from = CalendarDate(year: year, month: quarter * 3 - 2, day: 1) else { return nil }
        return ReportPeriod(from: from, to: from.adding(months: 3).adding(days: -1), kind: "quarter")
    }

    /// The period of the same kind just before this one.
    public var previous: ReportPeriod? {
        switch kind {
        case "year", "quarter":
            let months = kind == "year" ? 12 : 3
            return ReportPeriod(from: from.adding(months: -months), to: from.adding(days: -1), kind: kind)
        default:
            let length = from.days(until: to) + 1
            return ReportPeriod(from: from.adding(days: -length), to: from.adding(days: -1), kind: kind)
        }
    }

    /// True when `day` lies within the period.
    public func contains(_ day: CalendarDate) -> Bool { from <= day && day <= to }

    /// The months the period touches, first to last, as `YYYY-MM`.
    public var months: [String] {
        var result: [String] = []
        var year = from.year, month = from.month
        while year < to.year || (year == to.year && month <= to.month) {
            result.append(Self.monthKey(year, month))
            month += 1
            if month > 12 { (year, month) = (year + 1, 1) }
        }
        return result
    }

    /// `YYYY-MM` of a day.
    public static func monthKey(_ day: CalendarDate) -> String { monthKey(day.year, day.month) }

    static func monthKey(_ year: Int, _ month: Int) -> String {
        (year < 1000 ? String(repeating: "0", count: 4 - String(year).count) : "") + "\(year)-" + (month < 10 ? "0" : "") + "\(month)"
    }
}
