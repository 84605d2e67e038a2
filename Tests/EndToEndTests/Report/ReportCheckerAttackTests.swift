import Foundation
import LotseCore
import LotseTestSupport
import Testing

/// The independent checker (`Tests/Support/report-check.py`) must catch what the outside
/// check of issue 18 found: a median shown beside hidden classes of waits gave them away
/// (7 seen, within and beyond the limit both "< 5", median 112 days: at least 4 waited 112
/// days or more, so beyond was exactly 4 and within exactly 3). A quarter with exactly that
/// is written as a database; the report Lotse makes of it passes the checker, and the same
/// report with the median put back is refused as giving the hidden counts away.
@Suite struct ReportCheckerAttackTests {
    static let waits = [30, 40, 50, 112, 115, 120, 130]

    @Test func theCheckerFindsHiddenCountsAMedianGivesAway() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("lotse.db").path
        let seenOn = CalendarDate(year: 2027, month: 5, day: 15) ?? CalendarDate(daysSince1970: 0)
        // Closed on 11 May 2027: after every referral, before the report's day.
        let settled = 1_810_000_000
        let settledOn = CalendarDate(instant: Date(timeIntervalSince1970: TimeInterval(settled)),
                                     in: TimeZone(identifier: "Europe/Berlin") ?? .gmt)
        var sql = """
            CREATE TABLE referrals (id INTEGER, kind TEXT, municipality TEXT, language TEXT, urgency TEXT, interpreter INTEGER,
                                    referred_on TEXT, status TEXT, updated_at INTEGER);
            CREATE TABLE sessions (id INTEGER, held_on TEXT, cancelled INTEGER);
            CREATE TABLE slots (id INTEGER, session_id INTEGER);
            CREATE TABLE appointments (referral_id INTEGER, slot_id INTEGER, attendance TEXT);
            CREATE TABLE assessments (id INTEGER, appointment_on TEXT);
            CREATE TABLE recommendations (assessment_id INTEGER, code TEXT);
            CREATE TABLE follow_up_steps (due_on TEXT, status TEXT);
            CREATE TABLE help_plan_versions (authored_at INTEGER, change TEXT);
            CREATE TABLE acute_risk_escalations (raised_on TEXT);
            INSERT INTO sessions VALUES (1, '\(seenOn)', 0);

            """
        var referrals: [ReportRecords.Referral] = []
        var appointments: [ReportRecords.Appointment] = []
        for (index, wait) in Self.waits.enumerated() {
            let id = index + 1, referred = seenOn.adding(days: -wait)
            sql += "INSERT INTO referrals VALUES (\(id), 'assessment', 'ludwigsburg', 'de', 'routine', 0, '\(referred)', 'closed', \(settled));\n"
            sql += "INSERT INTO slots VALUES (\(id), 1);\nINSERT INTO appointments VALUES (\(id), \(id), 'attended');\n"
            referrals.append(.init(id: Int64(id), kind: "assessment", municipality: "ludwigsburg", language: "de", urgency: "routine",
                                   interpreter: false, referredOn: referred, status: "closed",
                                   settledOn: settledOn))
            appointments.append(.init(referralID: Int64(id), on: seenOn, attendance: "attended"))
        }
        let created = try ExternalTool.run("/usr/bin/sqlite3", [database, sql], in: directory)
        try #require(created.status == 0, "\(created.errorOutput)")
        let records = ReportRecords(referrals: referrals, appointments: appointments,
                                    offeredSlots: Array(repeating: seenOn, count: Self.waits.count))
        let from = try #require(CalendarDate(iso: "2027-04-01")), to = try #require(CalendarDate(iso: "2027-06-30"))
        let today = try #require(CalendarDate(iso: "2027-12-15"))
        let period = try #require(ReportPeriod.quarters(from: from, to: to))
        let document = ReportBuilder(records: records, today: today, minCell: 5,
                                     waitingLimitWeeks: 8).build(period, district: "Landkreis Test")
        let waiting = try #require(document.table("waiting-time"))
        #expect(waiting.cell("median-days", "value")?.reason == ReportCell.orderStatisticReason)

        func check(_ report: ReportDocument) throws -> ExternalTool.Result? {
            let path = directory.appendingPathComponent("report-\(UUID().uuidString).json")
            try Data(ReportJSON.render(report).utf8).write(to: path)
            let script = try String(contentsOf: ReportEndToEndTests.support.appendingPathComponent("report-check.py"), encoding: .utf8)
            return try ExternalTool.python(script, arguments: [database, path.path, "5", "8", "records"], in: directory)
        }
        guard let honest = try check(document) else {
            ExternalTool.unavailable("python3 is not installed to check the report")
            return
        }
        #expect(honest.status == 0, "\(honest.output)\(honest.errorOutput)")

        // The report as it was before the median was withheld.
        var leaky = document
        let t = try #require(leaky.tables.firstIndex { $0.id == "waiting-time" })
        let r = try #require(leaky.tables[t].rows.firstIndex(of: "median-days"))
        leaky.tables[t].current[r][0] = .shown(112)
        let caught = try #require(try check(leaky))
        #expect(caught.status == 1)
        #expect(caught.output.contains("recovered: waiting-time current within-limit[3][0] is exactly 3"), "\(caught.output)")
        #expect(caught.output.contains("recovered: waiting-time current beyond-limit[4][0] is exactly 4"), "\(caught.output)")
    }
}
