import Foundation

/// A wall-clock time pinned to an instant in a given time zone, with a record of how the
/// wall-clock time had to be interpreted.
///
/// Lotse's policy for the two daylight-saving edge cases (it is RFC 5545's, section 3.3.5):
/// - **Gap** (spring forward; in Europe/Berlin 02:00–02:59 on the last Sunday of March do
///   not exist): the time is read with the UTC offset in force *before* the gap, so it
///   moves forward by the gap's length — 02:30 becomes 03:30 CEST. A session is never
///   silently dropped and never moved earlier.
/// - **Overlap** (fall back; 02:00–02:59 on the last Sunday of October happen twice): the
///   *first* occurrence is taken (02:30 CEST, not 02:30 CET), the earlier instant.
///
/// Foundation agrees on the gap but its parsers disagree on overlaps, so the rule is
/// implemented here explicitly from `TimeZone.secondsFromGMT(for:)` alone.
public struct ZonedTime: Sendable, Hashable {
    /// How the requested wall-clock time was turned into an instant.
    public enum Resolution: Sendable, Hashable {
        /// The time exists exactly once in the zone.
        case exact
        /// The time fell into a daylight-saving gap and was moved forward by this many seconds.
        case movedForwardOverGap(seconds: Int)
        /// The time exists twice (autumn); the first, earlier instant was taken.
        case firstOfRepeatedTimes
    }

    /// The wall-clock time that was asked for.
    public let requested: LocalDateTime
    /// The instant.
    public let instant: Date
    /// The wall-clock time the instant shows in the zone: equal to `requested` except after
    /// a gap, where it is later.
    public let wallClock: LocalDateTime
    /// The zone's offset from UTC at the instant, in seconds (3600 for CET, 7200 for CEST).
    public let utcOffsetSeconds: Int
    /// How `requested` was interpreted.
    public let resolution: Resolution

    /// Resolves a wall-clock time in `timeZone` by the policy above. The zone is always
    /// passed in: `TimeZone.current` is UTC on these servers and must never decide a session.
    public init(_ local: LocalDateTime, in timeZone: TimeZone) {
        let naive = local.secondsSince1970
        func offset(at seconds: Int) -> Int {
            timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        // Every offset in force within a day of the time is a candidate; one that maps back
        // onto itself is a valid reading. Real zones never change twice within a day.
        let before = offset(at: naive - 86_400)
        let candidates = Set([before, offset(at: naive), offset(at: naive + 86_400)])
        let valid = candidates.filter { offset(at: naive - $0) == $0 }.map { naive - $0 }.sorted()
        let instantSeconds: Int
        if let first = valid.first {
            instantSeconds = first
            resolution = valid.count > 1 ? .firstOfRepeatedTimes : .exact
        } else {
            instantSeconds = naive - before
            let shownOffset = offset(at: instantSeconds)
            resolution = .movedForwardOverGap(seconds: shownOffset - before)
        }
        requested = local
        instant = Date(timeIntervalSince1970: TimeInterval(instantSeconds))
        utcOffsetSeconds = offset(at: instantSeconds)
        wallClock = LocalDateTime(secondsSince1970: instantSeconds + utcOffsetSeconds)
    }

    /// The wall-clock time an instant shows in a time zone (the inverse direction, used for
    /// UTC `UNTIL` values and for `DTSTAMP`).
    public static func wallClock(of instant: Date, in timeZone: TimeZone) -> LocalDateTime {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        return LocalDateTime(secondsSince1970: seconds + timeZone.secondsFromGMT(for: instant))
    }
}
