import Foundation
import LotseCore
import Testing

/// A month that is over cannot be planned: `roster plan 2020-01` (a typo in the year,
/// most likely) is refused naming the month, and no roster and no mail come of it.
@Suite(.serialized) struct PastMonthEndToEndTests {
    @Test func aMonthThatIsOverIsNotPlannedAndNoMailIsQueued() throws {
        let world = try CoordinatorWorld()
        let refused = try world.lotse(["roster", "plan", "2020-01"])
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(refused.stderr.contains("2020-01 is over"), "\(refused.stderr)")
        let german = try world.daemon.runLotse(["roster", "plan", "01.2020"], as: world.coordinator, environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.stderr.contains("01.2020 ist vorbei"), "\(german.stderr)")
        let rosters = try DaemonHarness.run("/usr/bin/sqlite3", [world.daemon.databasePath, "SELECT count(*) FROM rosters"]).stdout
        let mails = try DaemonHarness.run("/usr/bin/sqlite3", [world.daemon.databasePath, "SELECT count(*) FROM outbox"]).stdout
        #expect(rosters == "0\n" && mails == "0\n", "rosters \(rosters), mails \(mails)")
        // The running month can still be planned for its remaining days.
        let running = CalendarMonth(containing: world.today)
        #expect(try world.lotse(["roster", "plan", running.description]).status == 0)
    }
}
