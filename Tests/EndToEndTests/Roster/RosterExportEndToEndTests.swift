import Foundation
import LotseVarlink
import Testing
import LotseTestSupport

/// The exports of a real, published roster, read back by independent programs: the
/// iCalendar file by Python's `icalendar`, the CSV by Python's `csv`, the HTML by
/// headless Chromium (screenshot, not blank).
@Suite(.serialized) struct RosterExportEndToEndTests {
    /// A published roster with two sessions, a waiting referral, and the files exported.
    static func publishedRoster() throws -> (CoordinatorWorld, URL) {
        let world = try CoordinatorWorld()
        let month = world.month.description
        let specialist = try world.specialist("lotse-e2e-sp5", languages: "de,uk,ru")
        _ = try world.session(specialist, day: 5, slots: 2)
        _ = try world.session(specialist, day: 19, slots: 2, start: "09:30")
        _ = try world.submit([.init(language: "uk", urgency: "high"), .init(language: "ru", urgency: "elevated"),
                              .init(language: "de", urgency: "routine", municipality: "kornwestheim"),
                              .init(language: "ar", urgency: "routine")])
        _ = try world.json(["roster", "plan", month])
        _ = try world.json(["roster", "approve", month])
        _ = try world.json(["roster", "publish", month])
        let directory = try ExternalTool.temporaryDirectory()
        for format in ["ics", "csv", "html"] {
            let output = try world.lotse(["roster", "show", month, "--format", format, "--lang", "de"] + (format == "csv" ? ["--csv-form", "machine"] : []))
            try #require(output.status == 0, "export \(format) failed: \(output.stderr)")
            try Data(output.stdout.utf8).write(to: directory.appendingPathComponent("roster.\(format)"))
        }
        return (world, directory)
    }

    @Test func theExportsOfAPublishedRosterParseAndRender() throws {
        let (world, directory) = try Self.publishedRoster()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ics = try String(contentsOf: directory.appendingPathComponent("roster.ics"), encoding: .utf8)
        #expect(ics.contains("TZID=Europe/Berlin"))
        #expect(!ics.contains("Einschätzung"), "no referral reasons or notes in the calendar")

        let icalendar = """
        import sys, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        events = [c for c in cal.walk('VEVENT')]
        uids = set(str(e['UID']) for e in events)
        assert len(uids) == len(events), 'UIDs are not unique'
        for e in events:
            start = e.decoded('DTSTART')
            assert start.tzinfo is not None, 'DTSTART without a zone'
            assert str(e['DTSTART'].params.get('TZID')) == 'Europe/Berlin'
        print(len(events))
        """
        if let result = try ExternalTool.python(icalendar, arguments: ["roster.ics"], in: directory) {
            #expect(result.status == 0, "icalendar could not read the export: \(result.errorOutput)")
            #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "3", "one VEVENT per appointment: \(result.output)")
        } else {
            ExternalTool.unavailable("python3 is not installed")
        }

        let csv = """
        import csv, sys
        rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
        assert len(set(len(r) for r in rows)) == 1, 'rows of different lengths'
        print(len(rows) - 1)
        """
        if let result = try ExternalTool.python(csv, arguments: ["roster.csv"], in: directory) {
            #expect(result.status == 0, "csv could not read the export: \(result.errorOutput)")
            #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "4", "one row per slot: \(result.output)")
        } else {
            ExternalTool.unavailable("python3 is not installed")
        }

        let html = try String(contentsOf: directory.appendingPathComponent("roster.html"), encoding: .utf8)
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http"), "the page must be self-contained")
        guard let chromium = ExternalTool.find("chromium", "chromium-browser", "google-chrome") else {
            ExternalTool.unavailable("Chromium is not installed (apt-get install chromium)")
            return
        }
        let shot = directory.appendingPathComponent("roster.png")
        let result = try ExternalTool.screenshot(chromium, page: directory.appendingPathComponent("roster.html"), to: shot,
                                                 width: 900, height: 1400, in: directory)
        try #require(FileManager.default.fileExists(atPath: shot.path), "no screenshot; chromium said: \(result.errorOutput)")
        let darkPixels = ExternalTool.darkPixelScript(printing: "width * height, dark")
        guard let decoded = try ExternalTool.python(darkPixels, arguments: [shot.path], in: directory) else {
            ExternalTool.unavailable("python3 is not installed to read the screenshot")
            return
        }
        let numbers = decoded.output.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        try #require(numbers.count == 2, "unexpected PNG check output: \(decoded.output) \(decoded.errorOutput)")
        #expect(numbers[1] > numbers[0] / 200, "the screenshot is (nearly) blank: \(numbers[1]) dark pixels")
        #expect(numbers[1] < numbers[0] / 2, "the screenshot looks inverted or broken")
        _ = world
    }
}
