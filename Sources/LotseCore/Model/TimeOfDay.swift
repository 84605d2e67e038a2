/// A wall-clock time without date or zone (`14:00`), for session starts and the daily
/// purge; the zone is applied only when combined with a date, by the caller.
public struct TimeOfDay: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    /// 0…23.
    public let hour: Int
    /// 0…59.
    public let minute: Int

    /// Returns nil for an hour or minute out of range, so an invalid time cannot exist.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    private init(uncheckedHour hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    /// 03:30, when the nightly retention purge runs unless configured otherwise.
    public static let defaultPurgeTime = TimeOfDay(uncheckedHour: 3, minute: 30)

    /// Parses `HH:MM` (24-hour clock, two digits each), the only form people and files use.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    /// Minutes since midnight: the simplest unit for adding slot lengths.
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// `HH:MM`, as written in Germany and in the configuration.
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// Earlier times sort first.
    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}

extension Character {
    /// ASCII 0–9 only; `isNumber` would also accept other scripts' digits and fractions.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
