import Foundation
import LotseCore

/// Dates as people in Germany write them (`21.11.2026`), in German and English output
/// alike; input in that form or as ISO `2026-11-21`. Instants are shown in Europe/Berlin.
public enum DateText {
    /// `DD.MM.YYYY` from the wire form `YYYY-MM-DD`; the text itself if it is not a date.
    public static func show(_ iso: String?) -> String {
        guard let iso else { return "—" }
        return CalendarDate(iso: iso)?.displayText ?? iso
    }

    /// Parses `DD.MM.YYYY`, `D.M.YYYY` or `YYYY-MM-DD` into the wire form; nil otherwise.
    public static func parse(_ text: String) -> String? {
        let trimmed = text.trimmingBlanksCLI()
        if let date = CalendarDate(iso: trimmed) { return date.description }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
              let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return date.description
    }

    /// Parses a month, `MM.YYYY` or `YYYY-MM`, into `YYYY-MM`.
    public static func parseMonth(_ text: String) -> String? {
        let trimmed = text.trimmingBlanksCLI()
        if trimmed.count == 7, CalendarDate(iso: trimmed + "-01") != nil { return trimmed }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 4, (1...2).contains(parts[0].count), let month = Int(parts[0]), let year = Int(parts[1]),
              let date = CalendarDate(year: year, month: month, day: 1) else { return nil }
        return String(date.description.prefix(7))
    }

    /// `21.11.2026 11:00` in Europe/Berlin from an ISO 8601 UTC instant (`2026-11-21T10:00:00Z`).
    public static func instant(_ iso: String?) -> String {
        guard let iso, let date = parseInstant(iso) else { return iso ?? "—" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: EuropeBerlinTimeZone.identifier) ?? TimeZone(secondsFromGMT: 3600) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(two(parts.day)).\(two(parts.month)).\(String(format: "%04d", parts.year ?? 0)) \(two(parts.hour)):\(two(parts.minute))"
    }

    static func parseInstant(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, text.hasSuffix("Z"),
              let day = CalendarDate(iso: String(text.prefix(10))) else { return nil }
        let clock = text.dropFirst(11).prefix(8).split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3 else { return nil }
        let seconds = day.daysSince1970 * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
        return Date(timeIntervalSince1970: Double(seconds))
    }
}
