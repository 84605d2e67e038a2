import Foundation
import Testing

/// `lotse demo --keep` ends with the committee's report of the quarters it has data for
/// beside the roster exports: a self-contained page with charts and no pseudonym.
@Suite struct DemoReportTests {
    @Test func theKeptDemoHoldsTheMonthsReportBesideTheRosterExports() throws {
        let output = try DaemonHarness.run(try DaemonHarness.binary(named: "lotse"), ["demo", "--keep"], environment: ["LANG": "C"])
        #expect(output.status == 0, "lotse demo failed: \(output.stderr)")
        let kept = output.stdout.split(separator: "\n").last { $0.contains("Kept: ") }
        let directory = kept.flatMap { line in line.range(of: "Kept: ").map { String(line[$0.upperBound...].prefix { $0 != " " }) } } ?? ""
        try #require(directory.contains("lotse-demo-"), "no kept directory in: \(output.stdout.suffix(300))")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(output.stdout.contains("report.html (lotse report --from "))
        #expect(output.stdout.contains("that is the small-number rule"))
        // Reports cover whole quarters: the demo asks from a quarter's first day.
        #expect(output.stdout.range(of: "lotse report --from 01\\.(01|04|07|10)\\.[0-9]{4} --to ", options: .regularExpression) != nil,
                "\(output.stdout.suffix(300))")
        #expect(FileManager.default.fileExists(atPath: directory + "/roster.html"))
        let html = try String(contentsOfFile: directory + "/report.html", encoding: .utf8)
        #expect(html.contains("Landkreis Ludwigsburg · "))
        // Two charts (recommendations, follow-up steps) need the assessments of step 5,
        // which the demo skips in the day's last hour.
        let charts = DemoExtraSession.skippedForTheHour(output.stdout) ? 6 : 8
        #expect(html.components(separatedBy: "<svg").count - 1 >= charts, "charts missing")
        #expect(!html.contains("<script") && !html.contains("src="))
        #expect(html.range(of: "K-[0-9]{4}-[0-9]{4}", options: .regularExpression) == nil, "the report names a client")
    }
}
