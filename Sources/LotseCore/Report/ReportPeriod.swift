/// The span a report covers, first and last day included. Reports cover whole quarters
/// only — one quarter, a calendar year, or several quarters in a row — so that the
/// periods of any two reports are made of the same building blocks and subtracting one
/// report from another can never isolate a few days whose counts a report hides. The
/// previous period is the one of equal length just before (the year before, the quarter
/// before, as many quarters before), so the columns compare alike. A period of any days
/// (`kind` `days`) exists for the builder's own tests; the daemon never makes one.
public struct ReportPeriod: Sendable, Equatable, Hashable, Codable {
    /// The first day.
    public var from: CalendarDate
    /// The last day (included).
    public var to: CalendarDate
    /// `year`, `quarter`, `quarters` (several in a row, not one calendar year) or `days`.
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

    /// Whole quarters from the quarter starting on `from` to the one ending on `to`; nil
    /// unless `from` is a quarter's first day, `to` a quarter's last day and `to` not
    /// before `from`. One quarter is of kind `quarter`, a calendar year `year`, anything
    /// else `quarters`, so a report is the same however its period was asked for.
    public static func quarters(from: CalendarDate, to: CalendarDate) -> ReportPeriod? {
        guard quarterStart(containing: from) == from, quarterEnd(containing: to) == to, from <= to else { return nil }
        let count = quarterIndex(to) - quarterIndex(from) + 1
        let kind = count == 1 ? "quarter" : (count == 4 && from.month == 1 ? "year" : "quarters")
        return ReportPeriod(from: from, to: to, kind: kind)
    }

    /// Why `from` … `to` is not a span of whole quarters, naming the field and the nearest
    /// quarter bounds either side (dates as DD.MM.YYYY in both languages, as everywhere people read them); nil when it
    /// is one. Daemon and CLI word the refusal alike from this.
    public static func quarterBoundsProblem(from: CalendarDate, to: CalendarDate) -> (field: String, de: String, en: String)? {
        func both(_ a: CalendarDate, _ b: CalendarDate) -> (de: String, en: String) {
            ("\(a.displayText) oder \(b.displayText)", "\(a.displayText) or \(b.displayText)")
        }
        let start = quarterStart(containing: from)
        if start != from {
            let near = both(start, start.adding(months: 3))
            return ("from", "Ein Bericht umfasst ganze Quartale und beginnt am ersten Tag eines Quartals, nicht am \(from.displayText); "
                        + "am nächsten liegen \(near.de).",
                    "A report covers whole quarters and starts on a quarter's first day, not on \(from.displayText); "
                        + "the nearest are \(near.en).")
        }
        let end = quarterEnd(containing: to)
        if end != to {
            let near = both(quarterStart(containing: to).adding(days: -1), end)
            return ("to", "Ein Bericht umfasst ganze Quartale und endet am letzten Tag eines Quartals, nicht am \(to.displayText); "
                        + "am nächsten liegen \(near.de).",
                    "A report covers whole quarters and ends on a quarter's last day, not on \(to.displayText); "
                        + "the nearest are \(near.en).")
        }
        return nil
    }

    /// The first day of the quarter a day falls in.
    public static func quarterStart(containing day: CalendarDate) -> CalendarDate {
        CalendarDate(year: day.year, month: (day.month - 1) / 3 * 3 + 1, day: 1) ?? day
    }

    /// The last day of the quarter a day falls in.
    public static func quarterEnd(containing day: CalendarDate) -> CalendarDate {
        quarterStart(containing: day).adding(months: 3).adding(days: -1)
    }

    /// Quarters counted from year 0, to measure a span in quarters.
    static func quarterIndex(_ day: CalendarDate) -> Int { day.year * 4 + (day.month - 1) / 3 }

    /// The quarters the period consists of, first to last; nil unless it is whole quarters
    /// (a period of kind `days` is counted as one span, whatever its bounds).
    public var quarters: [ReportPeriod]? {
        guard kind != "days", ReportPeriod.quarterStart(containing: from) == from, ReportPeriod.quarterEnd(containing: to) == to else { return nil }
        var result: [ReportPeriod] = []
        var start = from
        while start <= to {
            guard let quarter = ReportPeriod(from: start, to: start.adding(months: 3).adding(days: -1), kind: "quarter") else { break }
            result.append(quarter)
            start = start.adding(months: 3)
        }
        return result
    }

    /// The period of the same kind and length just before this one.
    public var previous: ReportPeriod? {
        if let count = quarters?.count {
            return ReportPeriod(from: from.adding(months: -3 * count), to: from.adding(days: -1), kind: kind)
        }
        let length = from.days(until: to) + 1
        return ReportPeriod(from: from.adding(days: -length), to: from.adding(days: -1), kind: kind)
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
