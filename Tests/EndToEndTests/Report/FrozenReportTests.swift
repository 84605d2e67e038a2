import Foundation
import LotseCore
import LotseTestSupport
import LotseVarlink
import Testing

/// A report given to the district council reads the same when it is printed again: an
/// ended quarter's figures are frozen the first time they are needed — by a report, or
/// by a retention purge about to change them — and neither a late attendance or no-show
/// nor the purge of a closed case changes them afterwards.
@Suite(.serialized) struct FrozenReportTests {
    /// `report-check.py` on a report over `database`: the independent count from the
    /// records (`mode` `records`), frozen rows where a quarter is frozen (no mode), or that
    /// and the frozen rows checked against the records (`live`).
    static func check(_ report: String, database: String, mode: String?, in directory: URL) throws -> ExternalTool.Result? {
        let name = "report-\(UUID().uuidString.prefix(8)).json"
        try Data(report.utf8).write(to: directory.appendingPathComponent(name))
        let script = try String(contentsOf: ReportEndToEndTests.support.appendingPathComponent("report-check.py"), encoding: .utf8)
        return try ExternalTool.python(script, arguments: [database, name, "5", "8"] + (mode.map { [$0] } ?? []), in: directory)
    }

    /// A played February (referred in January) and March sessions whose attendance nobody
    /// has recorded yet.
    static func quarterWithOpenAppointments() throws -> ReportWorld {
        let world = try ReportWorld()
        try world.clock(try world.day(1, 2))
        try world.addSpecialists()
        try world.playMonth(2, referrals: 8, slots: 5)
        let referralDay = try world.day(2, 20)
        try world.clock(referralDay)
        try world.refer(6, on: referralDay, acuteRisk: false)
        try world.publish(month: 3, slots: 4)
        return world
    }

    static func figures(_ report: JSONValue) -> [JSONValue?] {
        [report["tables"], report["previousPeriod"], report["period"], report["frozen"]]
    }

    @Test func aLateNoShowAndALateAttendanceLeaveAReportedQuarterAsPrinted() throws {
        let world = try Self.quarterWithOpenAppointments()
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try world.clock(try world.day(4, 15))
        let quarter = ["report", "--year", String(world.year), "--quarter", "1", "--format", "json"]
        let first = try world.lotse(quarter)
        try #require(first.status == 0, "\(first.stderr)")
        let printed = try JSONParser().parse(first.stdout)
        #expect(printed["frozen"]?.arrayValue?.count == 1, "Q1 frozen (the quarter before holds nothing): \(printed["frozen"] ?? .null)")
        #expect(printed["frozen"]?.arrayValue?.first?["since"]?.stringValue == (try world.day(4, 15)).description)

        // Weeks later the specialists record March: one no-show, one attendance with its assessment.
        var open: [(TestUser, Int64)] = []
        for (index, user) in world.specialists.enumerated() {
            open += try world.appointments(on: try world.day(3, 10 + 2 * index), as: user).map { (user, $0) }
        }
        try #require(open.count >= 2, "March has \(open.count) open appointments")
        _ = try world.json(["assessment", "attend", String(open[0].1), "no-show"], as: open[0].0)
        _ = try world.json(["assessment", "record", String(open[1].1), "--note", "Nachgetragen.", "--recommend", "supervised-group"],
                           as: open[1].0)

        try world.clock(try world.day(5, 4))
        let second = try world.lotse(quarter)
        try #require(second.status == 0, "\(second.stderr)")
        let again = try JSONParser().parse(second.stdout)
        #expect(Self.figures(again) == Self.figures(printed), "the quarter's figures changed after it was reported")
        #expect(again["generatedOn"] != printed["generatedOn"])

        guard let frozen = try Self.check(second.stdout, database: world.daemon.databasePath, mode: nil, in: directory) else {
            ExternalTool.unavailable("python3 is not installed to recompute the report")
            return
        }
        #expect(frozen.status == 0, "the report differs from the frozen rows:\n\(frozen.output)\(frozen.errorOutput)")
        // The records did change: counted from them, the quarter differs from its frozen rows.
        let live = try #require(try Self.check(second.stdout, database: world.daemon.databasePath, mode: "live", in: directory))
        #expect(live.status != 0 && live.output.contains("frozen slots"), "late entries changed nothing: \(live.output)")
        #expect(world.daemon.stop() == 0)
    }

    @Test func aPurgeOfAClosedCaseLeavesAnUnreportedQuarterAsItsRecordsWereAndForgetsThePerson() throws {
        let world = try Self.quarterWithOpenAppointments()
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try world.clock(try world.day(5, 4))
        let sqlite = "/usr/bin/sqlite3"
        let database = world.daemon.databasePath
        // A client seen in February whose case closed long ago (behind the daemon's back:
        // the close rules are not what is tested); no report of the quarter yet.
        let client = try DaemonHarness.run(sqlite, ["-readonly", database, """
            SELECT r.client FROM referrals r JOIN appointments a ON a.referral_id = r.id
            WHERE a.attendance = 'attended' ORDER BY r.id LIMIT 1
            """]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(client.hasPrefix("K-"), "no client seen: \(client)")
        _ = try DaemonHarness.run(sqlite, [database, """
            UPDATE referrals SET status = 'closed' WHERE client = '\(client)' AND status NOT IN ('withdrawn', 'closed');
            UPDATE clients SET status = 'closed', closed_on = '2020-01-01' WHERE pseudonym = '\(client)';
            """])
        let before = directory.appendingPathComponent("before.db").path
        _ = try DaemonHarness.run(sqlite, [database, ".backup '\(before)'"])
        #expect(try DaemonHarness.run(sqlite, ["-readonly", database, "SELECT count(*) FROM report_frozen_quarters"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0")

        let purge = try world.daemon.runLotse(["admin", "purge"])
        #expect(purge.status == 0, "\(purge.stderr)")
        #expect(purge.stdout.contains(client))
        // The purge froze the quarter it changed, with counts only: no pseudonym in them,
        // and the person is gone from every table but the audit log's purge entry.
        let frozen = try DaemonHarness.run(sqlite, ["-readonly", database,
                                                    "SELECT quarter || '|' || frozen_on || '|' || (instr(facts, 'K-') > 0) FROM report_frozen_quarters"])
        #expect(frozen.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\(world.year)-01-01|\((try world.day(5, 4)).description)|0")
        #expect(try DaemonHarness.run(sqlite, ["-readonly", database, """
            SELECT (SELECT count(*) FROM clients WHERE pseudonym = '\(client)') + (SELECT count(*) FROM referrals WHERE client = '\(client)')
            """]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0")

        let report = try world.lotse(["report", "--year", String(world.year), "--quarter", "1", "--format", "json"])
        try #require(report.status == 0, "\(report.stderr)")
        guard let asBefore = try Self.check(report.stdout, database: before, mode: "records", in: directory) else {
            ExternalTool.unavailable("python3 is not installed to recompute the report")
            return
        }
        // Every figure is what the records held before the purge, counted independently.
        #expect(asBefore.status == 0, "the report differs from the records before the purge:\n\(asBefore.output)\(asBefore.errorOutput)")
        // And the purge did change what the records say of the quarter.
        let live = try #require(try Self.check(report.stdout, database: database, mode: "live", in: directory))
        #expect(live.status != 0 && live.output.contains("frozen"), "the purge changed nothing: \(live.output)")
        #expect(world.daemon.stop() == 0)
    }
}
