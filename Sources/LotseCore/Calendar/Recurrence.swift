import Foundation

/// A recurring series: a rule, the wall-clock start of its first occurrence (`DTSTART`)
/// and the time zone it is kept in. Expansion keeps the wall-clock time across daylight-
/// saving changes (a 14:00 session is 14:00 in March and in October) and resolves times
/// that do not exist or exist twice by ``ZonedTime``'s policy.
public struct Recurrence: Sendable, Hashable {
    /// One occurrence of the series.
    public struct Occurrence: Sendable, Hashable {
        /// 0 for `DTSTART`, counting up; `COUNT` limits it.
        public let index: Int
        /// The wall-clock time the rule names (the time of `DTSTART` on the occurrence's day).
        public let nominal: LocalDateTime
        /// The instant and the wall-clock time it really shows, with how it was resolved.
        public let zoned: ZonedTime

        /// The day of the occurrence.
        public var date: CalendarDate { nominal.date }
    }

    /// The rule.
    public let rule: RecurrenceRule
    /// The first occurrence, in wall-clock time.
    public let start: LocalDateTime
    /// The zone the wall-clock times are read in (Europe/Berlin for Lotse); always passed
    /// in, never `TimeZone.current`.
    public let timeZone: TimeZone

    /// A series, checked: the start must be an occurrence of the rule and `UNTIL` must not
    /// lie before it.
    public init(rule: RecurrenceRule, start: LocalDateTime, timeZone: TimeZone) throws(RecurrenceError) {
        self.rule = rule
        self.start = start
        self.timeZone = timeZone
        guard candidateDays(inPeriodOf: start.date).contains(start.date) else {
            throw .startIsNotAnOccurrence(start: start.date, rule: rule.description)
        }
        if !isWithinUntil(nominal: start, zoned: ZonedTime(start, in: timeZone)) {
            throw .untilBeforeStart(until: untilText, start: start)
        }
    }

    /// The occurrences on the days `days` (both ends inclusive), in order. `COUNT` is counted
    /// from `DTSTART` even when `days` begins later, so the window never changes which
    /// occurrences exist, only which are returned. A rule without an end needs the window.
    public func occurrences(in days: ClosedRange<CalendarDate>) -> [Occurrence] {
        var result: [Occurrence] = []
        var index = 0
        var period = 0
        while true {
            let candidates = candidateDays(inPeriod: period)
            guard let firstDay = candidates.first ?? periodStart(period) else { break }
            if firstDay > days.upperBound { break }
            for day in candidates where day >= start.date {
                if day > days.upperBound { return result }
                if case .count(let count) = rule.end, index >= count { return result }
                let nominal = start.with(date: day)
                let zoned = ZonedTime(nominal, in: timeZone)
                guard isWithinUntil(nominal: nominal, zoned: zoned) else { return result }
                if day >= days.lowerBound {
                    result.append(Occurrence(index: index, nominal: nominal, zoned: zoned))
                }
                index += 1
            }
            // A rule built in code is not bounded by the parser: an overflowing period ends the series.
            let (next, overflow) = period.addingReportingOverflow(rule.interval)
            if overflow { break }
            period = next
        }
        return result
    }

    /// The occurrences in a month: what a roster plan for that month takes.
    public func occurrences(in month: CalendarMonth) -> [Occurrence] {
        occurrences(in: month.firstDay...month.lastDay)
    }

    // MARK: - Periods

    /// The first day of the period (week or month) `offset` periods after the start's.
    private func periodStart(_ offset: Int) -> CalendarDate? {
        switch rule.frequency {
        case .weekly:
            let (days, overflow) = offset.multipliedReportingOverflow(by: 7)
            return overflow ? nil : weekStart(of: start.date).adding(days: days)
        case .monthly:
            return CalendarMonth(containing: start.date).adding(months: offset).firstDay
        }
    }

    /// The first day of the week containing `date`, weeks starting on `WKST`.
    private func weekStart(of date: CalendarDate) -> CalendarDate {
        let back = (date.weekday.rawValue - rule.weekStart.rawValue + 7) % 7
        return date.adding(days: -back)
    }

    /// The rule's days in the period `offset` periods after the start's, ascending.
    private func candidateDays(inPeriod offset: Int) -> [CalendarDate] {
        guard let first = periodStart(offset) else { return [] }
        return candidateDays(inPeriodOf: first)
    }

    /// The rule's days in the week or month containing `date`, ascending, without duplicates.
    private func candidateDays(inPeriodOf date: CalendarDate) -> [CalendarDate] {
        switch rule.frequency {
        case .weekly:
            let first = weekStart(of: date)
            let wanted = rule.byDay.isEmpty ? [start.date.weekday] : rule.byDay.map(\.weekday)
            return (0..<7).map { first.adding(days: $0) }.filter { wanted.contains($0.weekday) }
        case .monthly:
            let month = CalendarMonth(containing: date)
            guard !rule.byDay.isEmpty else {
                return CalendarDate(year: month.year, month: month.month, day: start.date.day).map { [$0] } ?? []
            }
            var days = Set<CalendarDate>()
            for entry in rule.byDay {
                days.formUnion(Recurrence.days(of: entry, in: month))
            }
            return days.sorted()
        }
    }

    /// The days one `BYDAY` entry names in a month: all such weekdays, or the n-th from the
    /// start or end — none when the month has no n-th (a 5th Tuesday in a 4-Tuesday month).
    static func days(of entry: RecurrenceRule.WeekdayNumber, in month: CalendarMonth) -> [CalendarDate] {
        let firstDay = month.firstDay
        let firstMatch = firstDay.adding(days: (entry.weekday.rawValue - firstDay.weekday.rawValue + 7) % 7)
        let all = stride(from: firstMatch.day, through: month.numberOfDays, by: 7).map { firstMatch.adding(days: $0 - firstMatch.day) }
        guard let ordinal = entry.ordinal else { return all }
        let index = ordinal > 0 ? ordinal - 1 : all.count + ordinal
        return all.indices.contains(index) ? [all[index]] : []
    }

    // MARK: - UNTIL

    private func isWithinUntil(nominal: LocalDateTime, zoned: ZonedTime) -> Bool {
        switch rule.end {
        case .never, .count: true
        case .untilDate(let date): nominal.date <= date
        case .untilLocal(let time): nominal <= time
        case .untilUTC(let time): Int(zoned.instant.timeIntervalSince1970) <= time.secondsSince1970
        }
    }

    private var untilText: String {
        switch rule.end {
        case .never, .count: ""
        case .untilDate(let date): date.basicFormat
        case .untilLocal(let time): time.basicFormat
        case .untilUTC(let time): time.basicFormat + "Z"
        }
    }
}
