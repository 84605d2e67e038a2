/// A recurrence rule: the documented subset of RFC 5545 `RRULE` (section 3.3.10) that
/// sessions need. Anything outside the subset is refused by name when parsing, never
/// ignored, so a rule never means less than it says.
///
/// Supported parts:
/// - `FREQ=WEEKLY` or `FREQ=MONTHLY` (required; `DAILY`, `YEARLY` and the rest are refused).
/// - `INTERVAL=n` (n ≥ 1, default 1): every n-th week or month, counted from `DTSTART`'s.
/// - `BYDAY=…`: a comma list of weekdays. With `MONTHLY` each may carry an ordinal
///   `1`…`5` or `-1`…`-5` (`1TU` first Tuesday, `-1WE` last Wednesday); an ordinal the month
///   does not have (a 5th Monday in a month with four) yields nothing for that month. Without
///   an ordinal, `MONTHLY;BYDAY=TU` means every Tuesday of the month. With `WEEKLY` ordinals
///   are refused (RFC 5545 forbids them there).
/// - `WKST=MO…SU` (default `MO`): the day weeks start on, which decides which weeks count
///   for `WEEKLY;INTERVAL=2`.
/// - `UNTIL=` a date (`20261231`), a local date-time (`20261231T235959`) or a UTC date-time
///   (`20261231T225959Z`); inclusive: an occurrence at exactly `UNTIL` is kept.
/// - `COUNT=n` (n ≥ 1): the number of occurrences, `DTSTART` being the first.
///
/// Without `BYDAY`, `WEEKLY` repeats on `DTSTART`'s weekday and `MONTHLY` on its day of
/// the month (months without that day, e.g. the 31st, are skipped as RFC 5545 says).
/// `COUNT` and `UNTIL` together are refused, as RFC 5545 requires.
public struct RecurrenceRule: Sendable, Hashable, CustomStringConvertible {
    /// How often the rule repeats.
    public enum Frequency: String, Sendable, Hashable {
        /// Every `interval` weeks.
        case weekly = "WEEKLY"
        /// Every `interval` months.
        case monthly = "MONTHLY"
    }

    /// One `BYDAY` entry: a weekday, optionally the n-th (or n-th from the end) in the month.
    public struct WeekdayNumber: Sendable, Hashable, CustomStringConvertible {
        /// 1…5 counts from the month's start, -1…-5 from its end; nil means every such weekday.
        public let ordinal: Int?
        /// The weekday.
        public let weekday: Weekday

        /// An entry; ordinals are checked by the parser, which knows the frequency.
        public init(ordinal: Int? = nil, weekday: Weekday) {
            self.ordinal = ordinal
            self.weekday = weekday
        }

        /// `1TU`, `-1WE`, `MO`.
        public var description: String {
            (ordinal.map(String.init) ?? "") + weekday.rfc5545Code
        }
    }

    /// Where a rule stops.
    public enum End: Sendable, Hashable {
        /// No end: expansion needs an explicit horizon.
        case never
        /// After this many occurrences, `DTSTART` included.
        case count(Int)
        /// At the end of this day (inclusive), in the zone's wall-clock time.
        case untilDate(CalendarDate)
        /// At this wall-clock time (inclusive), in the zone of `DTSTART`.
        case untilLocal(LocalDateTime)
        /// At this UTC time (inclusive); RFC 5545's form for zoned `DTSTART`s.
        case untilUTC(LocalDateTime)
    }

    /// `FREQ`.
    public let frequency: Frequency
    /// `INTERVAL`, at least 1.
    public let interval: Int
    /// `BYDAY`, in the order written, without duplicates; empty when absent.
    public let byDay: [WeekdayNumber]
    /// `WKST`.
    public let weekStart: Weekday
    /// `COUNT` or `UNTIL`.
    public let end: End

    /// A rule from parts already checked by the caller. Prefer ``parse(_:)`` for text.
    public init(frequency: Frequency, interval: Int = 1, byDay: [WeekdayNumber] = [],
                weekStart: Weekday = .monday, end: End = .never) {
        self.frequency = frequency
        self.interval = max(1, interval)
        self.byDay = byDay
        self.weekStart = weekStart
        self.end = end
    }

    /// The canonical text (`FREQ=MONTHLY;BYDAY=1TU;COUNT=6`), which parses back to an equal
    /// rule; defaults are left out.
    public var description: String {
        var parts = ["FREQ=\(frequency.rawValue)"]
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        if !byDay.isEmpty { parts.append("BYDAY=" + byDay.map(\.description).joined(separator: ",")) }
        if weekStart != .monday { parts.append("WKST=\(weekStart.rfc5545Code)") }
        switch end {
        case .never: break
        case .count(let count): parts.append("COUNT=\(count)")
        case .untilDate(let date): parts.append("UNTIL=\(date.basicFormat)")
        case .untilLocal(let time): parts.append("UNTIL=\(time.basicFormat)")
        case .untilUTC(let time): parts.append("UNTIL=\(time.basicFormat)Z")
        }
        return parts.joined(separator: ";")
    }
}
