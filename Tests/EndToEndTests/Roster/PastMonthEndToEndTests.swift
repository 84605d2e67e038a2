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
        #expect(refused.stderr == "lotse: MONTH: January 2020 is over; only the running month and later ones can be planned.\n", "\(refused.stderr)")
        let german = try world.daemon.runLotse(["roster", "plan", "01.2020"], as: world.coordinator, environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.stderr.contains("Januar 2020 ist vorbei"), "\(german.stderr)")
        let rosters = try DaemonHarness.run("/usr/bin/sqlite3", [world.daemon.databasePath, "SELECT count(*) FROM rosters"]).stdout
        let mails = try DaemonHarness.run("/usr/bin/sqlite3", [world.daemon.databasePath, "SELECT count(*) FROM outbox"]).stdout
        #expect(rosters == "0\n" && mails == "0\n", "rosters \(rosters), mails \(mails)")
        // The running month can still be planned for its remaining days.
        let running = CalendarMonth(containing: world.today)
        // A month without a session has nothing to plan: refused for that, without a draft or a mail.
        let empty = try world.lotse(["roster", "plan", running.description])
        #expect(empty.status == 65 && empty.stderr.contains("There is no session in \(running.name(in: .en)) yet"), "\(empty.stderr)")
        #expect(try DaemonHarness.run("/usr/bin/sqlite3", [world.daemon.databasePath, "SELECT count(*) FROM rosters"]).stdout == "0\n")
        let specialist = try world.specialist(world.coordinator.name, languages: "de")
        _ = try world.json(["session", "add", "--specialist", String(specialist), "--date", running.lastDay.description, "--start", "23:00",
                            "--slots", "1", "--minutes", "45", "--place", "Landratsamt Ludwigsburg, Raum 2.114"])
        let planned = try world.lotse(["roster", "plan", running.description])
        #expect(planned.status == 0, "\(planned.stderr)")
    }
}
