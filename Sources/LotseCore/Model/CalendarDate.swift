import Foundation

/// A date without time or zone (`2026-12-02`): appointments' days, due dates, consent
/// dates. Arithmetic is done on a day count, so it never depends on a time zone or the
/// machine's clock; converting from an instant needs the zone passed in explicitly.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Four-digit year, 1900…9999.
    public let year: Int
    /// 1…12.
    public let month: Int
    /// 1…28/29/30/31 as the month has.
    public let day: Int

    /// Returns nil for a date that does not exist (2026-02-29) or a year outside 1900…9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, the form used in files, JSON and the plan format.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date an instant falls on in a time zone (Europe/Berlin for Lotse), passed in
    /// because the process's own zone is UTC on servers.
    public init(instant: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: instant)
        self.init(daysSince1970: CalendarDate.dayNumber(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1))
    }

    /// The instant at which a wall-clock time on this date happens in a time zone
    /// (Europe/Berlin for Lotse, always passed in). Across the daylight-saving switches:
    /// a time that does not exist (02:30 on the last Sunday of March) is moved forward
    /// by the gap (03:30 CEST); a time that happens twice (02:30 on the last Sunday of
    /// October) is its first occurrence (still CEST). Nil only for a zone the calendar
    /// cannot use.
    public func instant(at time: TimeOfDay, in timeZone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: year, month: month, day: day, hour: time.hour, minute: time.minute)
        return calendar.date(from: components)
    }

    /// The date `days` after 1970-01-01 (negative before).
    public init(daysSince1970 unbounded: Int) {
        // Far outside any real date the day number saturates, so the arithmetic below
        // cannot overflow whatever a caller passes (overflow traps and would kill the daemon).
        let days = Swift.min(Swift.max(unbounded, -Self.dayNumberLimit), Self.dayNumberLimit)
        // Civil-from-days (Howard Hinnant's algorithm), exact for the proleptic Gregorian calendar.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01; the basis of all date arithmetic here.
    public var daysSince1970: Int { CalendarDate.dayNumber(year: year, month: month, day: day) }

    /// The date `count` days later (earlier if negative).
    public func adding(days count: Int) -> CalendarDate {
        let (sum, overflow) = daysSince1970.addingReportingOverflow(count)
        return CalendarDate(daysSince1970: overflow ? (count < 0 ? -Self.dayNumberLimit : Self.dayNumberLimit) : sum)
    }

    /// Day numbers beyond ± this (about 270 million years) saturate; see `init(daysSince1970:)`.
    static let dayNumberLimit = 100_000_000_000

    /// The same day `count` months later, clamped to the month's end (31 Jan + 1 month =
    /// 28/29 Feb), as help-plan reviews and "present again in N months" need.
    public func adding(months count: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + Swift.min(Swift.max(count, -Self.dayNumberLimit), Self.dayNumberLimit)
        let y = total / 12
        let m = total % 12 + 1
        let d = min(day, CalendarDate.daysIn(month: m, year: y))
        return CalendarDate(daysSince1970: CalendarDate.dayNumber(year: y, month: m, day: d))
    }

    /// Whole days from this date to `other` (negative if `other` is earlier).
    public func days(until other: CalendarDate) -> Int { other.daysSince1970 - daysSince1970 }

    /// 0 = Monday … 6 = Sunday (ISO 8601 order).
    public var isoWeekdayIndex: Int { ((daysSince1970 % 7) + 7 + 3) % 7 }

    /// `YYYY-MM-DD`.
    public var description: String {
        // Written on every stored or replied date: plain padding, not Foundation's
        // `String(format:)`, which costs several microseconds a call.
        Self.padded(year, width: 4) + "-" + Self.padded(month, width: 2) + "-" + Self.padded(day, width: 2)
    }

    /// `value` as `%0<width>d` would print it (the sign counts towards the width).
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - sign.count - digits.count)) + digits
    }

    /// `DD.MM.YYYY`: how Lotse shows a date to its readers, German and English alike (as
    /// people in Germany write dates; ISO stays in files meant for machines).
    public var displayText: String {
        String(format: "%02d.%02d.%04d", day, month, year)
    }

    /// Earlier dates sort first.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.daysSince1970 < rhs.daysSince1970 }

    /// Decodes from `YYYY-MM-DD`, rejecting impossible dates.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\"\(text)\" is not a date YYYY-MM-DD"))
        }
        self = date
    }

    /// Encodes as `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Days in a month, honouring leap years.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
