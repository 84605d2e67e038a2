import Foundation
import Testing
@testable import LotseCore

/// Builders that keep the calendar tests readable; a bad literal fails the test instead of trapping.
enum CalendarFixture {
    static let berlin: TimeZone = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600) ?? .gmt

    static func date(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> CalendarDate {
        guard let date = CalendarDate(iso: text) else {
            Issue.record("bad test date \(text)", sourceLocation: sourceLocation)
            return CalendarDate(daysSince1970: 0)
        }
        return date
    }

    static func time(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> LocalDateTime {
        guard let time = LocalDateTime(iso: text) else {
            Issue.record("bad test time \(text)", sourceLocation: sourceLocation)
            return LocalDateTime(secondsSince1970: 0)
        }
        return time
    }

    /// A series from rule text and start; records the error and returns nil when refused.
    static func series(_ rule: String, start: String, sourceLocation: SourceLocation = #_sourceLocation) -> Recurrence? {
        do {
            let parsed = try RecurrenceRule.parse(rule)
            return try Recurrence(rule: parsed, start: time(start), timeZone: berlin)
        } catch {
            Issue.record("refused \(rule) from \(start): \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// ISO dates of the occurrences from the start through `last`.
    static func days(_ rule: String, start: String, through last: String,
                     sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        guard let series = series(rule, start: start, sourceLocation: sourceLocation) else { return [] }
        return series.occurrences(in: series.start.date...date(last)).map { $0.date.description }
    }

    /// `2026-03-03T13:00:00Z`: the instant in UTC, for comparing with known offsets.
    static func utc(_ instant: Date) -> String {
        LocalDateTime(secondsSince1970: Int(instant.timeIntervalSince1970)).description + "Z"
    }
}
