import Foundation
import LotseCore

/// The clock of the caseworker interfaces and the roster service: the calendar day and
/// instant that referrals, consents and help plans are dated by, and against which the
/// roster decides which slots have begun. Normally the daemon's own; end-to-end tests that
/// compare output with expected files fix it with `LOTSE_TEST_NOW` (seconds since 1970),
/// which exists only in debug builds and only with `LOTSE_TEST_INTERFACES=1`
/// (`TestHooks`): a release build has no way to be given a false time. Audit entries are
/// never dated by this clock but by the daemon's real one (`DaemonServices.now()`), so
/// even a test daemon's audit log says when things really happened.
enum CaseworkClock {
    /// The fixed instant, when a debug build's test switches allow one.
    static let fixed: Date? = {
        #if DEBUG
        let environment = ProcessInfo.processInfo.environment
        guard TestHooks.enabled(environment), let text = environment["LOTSE_TEST_NOW"], let seconds = Int64(text) else { return nil }
        return Date(timeIntervalSince1970: Double(seconds))
        #else
        return nil
        #endif
    }()

    /// Europe/Berlin, the zone every calendar date of a district is meant in.
    static let berlin: TimeZone = TimeZone(identifier: EuropeBerlinTimeZone.identifier) ?? TimeZone(secondsFromGMT: 3600) ?? .current

    /// Now.
    static func now(_ services: DaemonServices) -> Date { fixed ?? services.now() }

    /// The calendar day of `instant` in Europe/Berlin.
    static func day(_ instant: Date) -> CalendarDate { CalendarDate(instant: instant, in: berlin) }
}
