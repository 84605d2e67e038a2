/// A civil date (proleptic Gregorian), enough for the plan format's day arithmetic without
/// Foundation's `Calendar`, whose results depend on the time zone.
public struct PlanDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year, e.g. 2026.
    public let year: Int
    /// Month 1...12.
    public let month: Int
    /// Day of month 1...31.
    public let day: Int

    /// Creates a date when the three numbers name a real day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= PlanDate.daysIn(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil unless the text has exactly that shape and names a real day.
    public init?(parsing text: String) {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let y = PlanDate.digits(b, 0, 4), let m = PlanDate.digits(b, 5, 2), let d = PlanDate.digits(b, 8, 2)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Number of days in a month.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil), for whole-day differences.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(to other: PlanDate) -> Int { other.dayNumber - dayNumber }

    /// `YYYY-MM-DD`.
    public var description: String {
        PlanDate.pad(year, 4) + "-" + PlanDate.pad(month, 2) + "-" + PlanDate.pad(day, 2)
    }

    /// Chronological order.
    public static func < (a: PlanDate, b: PlanDate) -> Bool { a.dayNumber < b.dayNumber }

    static func digits(_ b: [UInt8], _ from: Int, _ count: Int) -> Int? {
        var v = 0
        for i in from..<(from + count) {
            let c = b[i]
            guard c >= 0x30, c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
        }
        return v
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// A local date-time to the minute, `YYYY-MM-DDTHH:MM`; all slots share one time zone,
/// so plain minute arithmetic decides overlaps.
public struct PlanDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The calendar day.
    public let date: PlanDate
    /// Minutes since midnight, 0...1439.
    public let minuteOfDay: Int

    /// Creates a date-time.
    public init(date: PlanDate, minuteOfDay: Int) {
        self.date = date
        self.minuteOfDay = minuteOfDay
    }

    /// Parses `YYYY-MM-DDTHH:MM`; nil unless the shape and values are valid.
    public init?(parsing text: String) {
        let b = Array(text.utf8)
        guard b.count == 16, b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"),
              let date = PlanDate(parsing: String(decoding: b[0..<10], as: UTF8.self)),
              let h = PlanDate.digits(b, 11, 2), let m = PlanDate.digits(b, 14, 2), h < 24, m < 60
        else { return nil }
        self.init(date: date, minuteOfDay: h * 60 + m)
    }

    /// Minutes since 1970-01-01T00:00, for overlap tests.
    public var absoluteMinute: Int { date.dayNumber * 1440 + minuteOfDay }

    /// `YYYY-MM-DDTHH:MM`.
    public var description: String {
        date.description + "T" + PlanDate.pad(minuteOfDay / 60, 2) + ":" + PlanDate.pad(minuteOfDay % 60, 2)
    }

    /// Chronological order.
    public static func < (a: PlanDateTime, b: PlanDateTime) -> Bool { a.absoluteMinute < b.absoluteMinute }
}

/// A calendar month `YYYY-MM`, the unit a plan covers.
public struct PlanMonth: Sendable, Hashable, CustomStringConvertible {
    /// Year.
    public let year: Int
    /// Month 1...12.
    public let month: Int

    /// Parses `YYYY-MM`.
    public init?(parsing text: String) {
        let b = Array(text.utf8)
        guard b.count == 7, b[4] == UInt8(ascii: "-"),
              let y = PlanDate.digits(b, 0, 4), let m = PlanDate.digits(b, 5, 2), (1...12).contains(m), y >= 1
        else { return nil }
        year = y
        month = m
    }

    /// Creates a month from numbers known to be valid (1...12).
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// A month from numbers forced into range (month 1...12, year 1...9999), for code that
    /// builds problems itself (generators, tests) and needs no failure path.
    public init(clampingYear year: Int, month: Int) {
        self.year = min(max(year, 1), 9999)
        self.month = min(max(month, 1), 12)
    }

    /// The first day.
    public var firstDay: PlanDate { PlanDate(year: year, month: month, day: 1) ?? PlanDate.epoch }
    /// The last day.
    public var lastDay: PlanDate {
        PlanDate(year: year, month: month, day: PlanDate.daysIn(year: year, month: month)) ?? PlanDate.epoch
    }
    /// `YYYY-MM`.
    public var description: String { PlanDate.pad(year, 4) + "-" + PlanDate.pad(month, 2) }
}

extension PlanDate {
    /// 1970-01-01, a harmless fallback that valid months never reach.
    static let epoch = PlanDate(unchecked: 1970, 1, 1)

    private init(unchecked y: Int, _ m: Int, _ d: Int) {
        year = y
        month = m
        day = d
    }
}
