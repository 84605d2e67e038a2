import Foundation

/// Dates as mail shows them: the RFC 5322 `Date:` header and the dates and times inside
/// reminder texts, always in Europe/Berlin, whatever `TZ` the daemon runs with.
///
/// Names of days and months come from fixed tables rather than a locale: on Linux
/// `Locale.current` ignores `LANG`, and the `Date:` header must be English (the en_US_POSIX
/// names) regardless of the recipient's language. The offset is the zone's offset at that
/// instant, so summer time (+0200) and winter time (+0100) are both right.
public enum MailDate {
    /// The district's zone; `nil` only when tzdata is missing, which `berlinZone()` reports.
    public static let berlin = TimeZone(identifier: "Europe/Berlin")

    /// Europe/Berlin, or an error saying that tzdata is missing.
    public static func berlinZone() throws(MailError) -> TimeZone {
        guard let zone = berlin else { throw .timeZoneMissing("Europe/Berlin") }
        return zone
    }

    private static func parts(_ date: Date, in zone: TimeZone) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute, .second], from: date)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// The `Date:` header value, e.g. `Tue, 1 Dec 2026 14:30:00 +0100`.
    public static func header(_ date: Date, in zone: TimeZone) -> String {
        let c = parts(date, in: zone)
        let offset = zone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        // RFC 5322 names days and months by their English abbreviations, whatever the language.
        let day = CalendarWords.weekday(gregorian: c.weekday ?? 1, .en, short: true) ?? "Sun"
        let month = CalendarWords.month(c.month ?? 1, .en, short: true) ?? "Jan"
        return "\(day), \(c.day ?? 1) \(month) \(c.year ?? 1970) \(two(c.hour ?? 0)):\(two(c.minute ?? 0)):\(two(c.second ?? 0)) \(sign)\(two(minutes / 60))\(two(minutes % 60))"
    }

    /// A day for a reminder text: `Dienstag, 1. Dezember 2026` / `Tuesday, 1 December 2026`.
    public static func longDay(_ date: Date, in zone: TimeZone, language: MessageLanguage) -> String {
        let c = parts(date, in: zone)
        let day = CalendarWords.weekday(gregorian: c.weekday ?? 1, language) ?? ""
        let month = CalendarWords.month(c.month ?? 1, language) ?? ""
        switch language {
        case .de: return "\(day), \(c.day ?? 1). \(month) \(c.year ?? 1970)"
        case .en: return "\(day), \(c.day ?? 1) \(month) \(c.year ?? 1970)"
        }
    }

    /// A time of day for a reminder text, 24-hour in both languages: `14:30`.
    public static func time(_ date: Date, in zone: TimeZone) -> String {
        let c = parts(date, in: zone)
        return "\(two(c.hour ?? 0)):\(two(c.minute ?? 0))"
    }

    /// A month for a reminder text: `Dezember 2026` / `December 2026`.
    public static func month(year: Int, month: Int, language: MessageLanguage) -> String {
        "\(CalendarWords.month(month, language) ?? String(month)) \(year)"
    }
}

extension MailDate {
    /// The instant of a Berlin wall-clock day and time as the store writes them
    /// (`YYYY-MM-DD`, `HH:MM`); `nil` when either is malformed. A time that does not exist
    /// (spring forward) moves forward by the gap; an ambiguous autumn time takes the first
    /// occurrence (Foundation's `Calendar` rule).
    public static func instant(isoDay: String, time: String = "00:00", in zone: TimeZone) -> Date? {
        let day = isoDay.split(separator: "-").compactMap { Int($0) }
        let clock = time.split(separator: ":").compactMap { Int($0) }
        guard day.count == 3, clock.count == 2, (1...12).contains(day[1]), (1...31).contains(day[2]),
              (0...23).contains(clock[0]), (0...59).contains(clock[1]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: day[0], month: day[1], day: day[2], hour: clock[0], minute: clock[1])
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day[2] else { return nil }
        return date
    }

    /// The Berlin calendar day of an instant as `YYYY-MM-DD`, for comparing with the store's dates.
    public static func isoDay(_ date: Date, in zone: TimeZone) -> String {
        let c = parts(date, in: zone)
        let year = c.year ?? 1970
        return "\(year)-\(two(c.month ?? 1))-\(two(c.day ?? 1))"
    }
}
