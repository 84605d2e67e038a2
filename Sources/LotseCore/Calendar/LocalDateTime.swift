/// A wall-clock date and time with no time zone attached: "14:00 on 1 December 2026" as a
/// person in Ludwigsburg says it. Sessions are planned in wall-clock time; the instant it
/// denotes depends on the time zone and is found by ``ZonedTime``.
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The calendar day.
    public let date: CalendarDate
    /// The hour, 0 … 23.
    public let hour: Int
    /// The minute, 0 … 59.
    public let minute: Int
    /// The second, 0 … 59 (leap seconds are not representable, as in RFC 5545 practice).
    public let second: Int

    /// A validated wall-clock time, or nil when a field is out of range.
    public init?(date: CalendarDate, hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// A validated wall-clock time from its six fields, or nil when any is out of range.
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) {
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        self.init(date: date, hour: hour, minute: minute, second: second)
    }

    /// A session's day and start time (the model keeps them apart) as one wall-clock time.
    public init(date: CalendarDate, time: TimeOfDay) {
        self.date = date
        self.hour = time.hour
        self.minute = time.minute
        self.second = 0
    }

    /// The time of day, without seconds, as the model's sessions hold it.
    public var timeOfDay: TimeOfDay? { TimeOfDay(hour: hour, minute: minute) }

    /// The wall-clock time a number of seconds after 1970-01-01T00:00:00 on the same clock;
    /// used to turn an instant plus a UTC offset back into local time.
    public init(secondsSince1970 seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let rest = seconds - days * 86_400
        self.date = CalendarDate(daysSince1970: days)
        self.hour = rest / 3600
        self.minute = (rest % 3600) / 60
        self.second = rest % 60
    }

    /// Seconds since 1970-01-01T00:00:00 read on the same wall clock, as if it were UTC.
    /// Subtracting a UTC offset from it gives the instant.
    public var secondsSince1970: Int {
        date.daysSince1970 * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// The same wall-clock time on another day: recurrence keeps the time and moves the date.
    public func with(date: CalendarDate) -> LocalDateTime {
        LocalDateTime(secondsSince1970: date.daysSince1970 * 86_400 + hour * 3600 + minute * 60 + second)
    }

    /// `HH:MM`, as people read a session's time.
    public var timeText: String { "\(LocalDateTime.pad(hour, 2)):\(LocalDateTime.pad(minute, 2))" }

    /// ISO 8601 extended form, `2026-12-01T14:00:00`.
    public var description: String {
        "\(date)T\(timeText):\(LocalDateTime.pad(second, 2))"
    }

    /// ISO 8601 basic form, `20261201T140000`: RFC 5545's local `DATE-TIME`.
    public var basicFormat: String {
        "\(date.basicFormat)T\(LocalDateTime.pad(hour, 2))\(LocalDateTime.pad(minute, 2))\(LocalDateTime.pad(second, 2))"
    }

    /// Parses `2026-12-01T14:00`, `2026-12-01T14:00:00`, `2026-12-01 14:00` or the basic
    /// form `20261201T140000`; nil for anything else, so the caller can name the bad value.
    public init?(iso text: String) {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2,
              let date = CalendarDate(iso: String(parts[0])) ?? CalendarDate(basic: String(parts[0])) else { return nil }
        let time = String(parts[1])
        let fields: [Substring]
        if time.contains(":") {
            fields = time.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count == 2 || fields.count == 3, fields.allSatisfy({ $0.count == 2 }) else { return nil }
        } else {
            guard time.count == 6 else { return nil }
            fields = [time.prefix(2), time.dropFirst(2).prefix(2), time.suffix(2)]
        }
        guard fields.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(fields[0]), let minute = Int(fields[1]) else { return nil }
        let second = fields.count == 3 ? Int(fields[2]) ?? -1 : 0
        self.init(date: date, hour: hour, minute: minute, second: second)
    }

    /// Orders by date, then time of day.
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    /// Zero-pads a non-negative number to `width` digits (no Foundation `String(format:)`).
    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
