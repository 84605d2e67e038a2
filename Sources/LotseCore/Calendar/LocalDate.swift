/// A day in the proleptic Gregorian calendar with no time and no time zone: the "1 December
/// 2026" a coordinator means when planning a session, independent of where the machine runs.
///
/// All arithmetic is done on whole days counted from 1970-01-01, so there is no clock, no
/// `TimeZone.current` and no Foundation `Calendar` involved: the same input gives the same
/// answer on every machine.
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, 1 … 9999 (the range RFC 5545 and ISO 8601 basic format can write).
    public let year: Int
    /// The month, 1 … 12.
    public let month: Int
    /// The day of the month, 1 … the month's length.
    public let day: Int

    /// A validated date, or nil when the day does not exist (31 April, 29 February 2027),
    /// so that callers must decide what a missing day means instead of silently rolling over.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDate.numberOfDays(inMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date a number of days after 1970-01-01 (negative: before it). The algorithm is
    /// Howard Hinnant's `civil_from_days`, exact for the whole Gregorian range.
    public init(daysSince1970 days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (Hinnant's `days_from_civil`), the common measure for
    /// comparing, stepping and converting dates.
    public var daysSince1970: Int { LocalDate.daysSince1970(year: year, month: month, day: day) }

    /// The day of the week; 1970-01-01 was a Thursday.
    public var weekday: Weekday {
        let index = ((daysSince1970 % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday(rawValue: index + 1) ?? .monday
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> LocalDate { LocalDate(daysSince1970: daysSince1970 + days) }

    /// The number of days in a month, for month ends (`BYDAY=-1WE`) and validation.
    public static func numberOfDays(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Gregorian leap years: every fourth year, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// ISO 8601 extended form, `2026-12-01`: what logs, JSON and CSV carry.
    public var description: String {
        "\(LocalDate.pad(year, 4))-\(LocalDate.pad(month, 2))-\(LocalDate.pad(day, 2))"
    }

    /// ISO 8601 basic form, `20261201`: what RFC 5545 writes in `DATE` values.
    public var basicFormat: String {
        "\(LocalDate.pad(year, 4))\(LocalDate.pad(month, 2))\(LocalDate.pad(day, 2))"
    }

    /// Parses `2026-12-01` or `20261201`; nil for anything else, including days that do
    /// not exist, so that a caller can name the bad value in its own error.
    public init?(iso text: String) {
        let digits: Substring
        let chars = Array(text)
        if chars.count == 10, chars[4] == "-", chars[7] == "-" {
            digits = Substring(text.filter { $0 != "-" })
        } else if chars.count == 8 {
            digits = Substring(text)
        } else {
            return nil
        }
        guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let year = Int(digits.prefix(4)),
              let month = Int(digits.dropFirst(4).prefix(2)),
              let day = Int(digits.suffix(2)) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Orders by days since 1970.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Zero-pads a non-negative number to `width` digits.
    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
