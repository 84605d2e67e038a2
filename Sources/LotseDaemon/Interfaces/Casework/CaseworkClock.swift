import Foundation
import LotseCore

/// The clock of the caseworker interfaces. Normally the daemon's own; end-to-end tests
/// that compare output with expected files fix it with `LOTSE_TEST_NOW` (seconds since
/// 1970), which is honoured only together with `LOTSE_TEST_INTERFACES=1` — the switch
/// the test harness sets and systemd never does — so a production daemon cannot be
/// given a false time this way.
enum CaseworkClock {
    /// The variable holding the fixed time.
    static let environmentVariable = "LOTSE_TEST_NOW"

    /// The fixed instant, when the test switches allow one.
    static let fixed: Date? = {
        let environment = ProcessInfo.processInfo.environment
        guard environment[TestingInterface.environmentVariable] == "1",
              let text = environment[environmentVariable], let seconds = Int64(text) else { return nil }
        return Date(timeIntervalSince1970: Double(seconds))
    }()

    /// Europe/Berlin, the zone every calendar date of a district is meant in.
    static let berlin: TimeZone = TimeZone(identifier: EuropeBerlinTimeZone.identifier) ?? TimeZone(secondsFromGMT: 3600) ?? .current

    /// Now.
    static func now(_ services: DaemonServices) -> Date { fixed ?? services.now() }

    /// The calendar day of `instant` in Europe/Berlin.
    static func day(_ instant: Date) -> CalendarDate { CalendarDate(instant: instant, in: berlin) }
}
