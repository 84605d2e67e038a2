import Foundation
import LotseCore
import LotseTestSupport
import LotseVarlink
import Testing

/// `lotse report` over a year played through the daemon: every figure of the JSON is
/// recomputed from the database by an independent Python script (`Tests/Support/report-check.py`,
/// standard `sqlite3` module), suppression and secondary suppression included; the HTML is
/// screenshotted by headless Chromium; the CSV is read by Python's `csv`.
@Suite(.serialized) struct ReportEndToEndTests {
    static let support = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Support")

    @Test func aYearsReportMatchesAnIndependentCountFromTheDatabaseAndPrintsOnA4() throws {
        let world = try ReportWorld()
        // Data of the year before, so the previous period is shown beside.
        let before = try world.day(11, 2, year: world.year - 1)
        try world.clock(before)
        try world.addSpecialists()
        try world.refer(6, on: before, acuteRisk: false)
        for month in [2, 4, 6, 9, 11] {
            try world.playMonth(month, referrals: 12, slots: 7)
        }
        try world.clock(try world.day(1, 15, year: world.year + 1))

        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let reportJSON = try world.lotse(["report", "--year", String(world.year), "--format", "json"])
        try #require(reportJSON.status == 0, "lotse report failed: \(reportJSON.stderr)")
        try Data(reportJSON.stdout.utf8).write(to: directory.appendingPathComponent("report.json"))
        let document = try JSONParser().parse(reportJSON.stdout)
        #expect(document["district"]?.stringValue == "Landkreis Prüfstadt")
        #expect(document["previousPeriod"]?["from"]?.stringValue == "\(world.year - 1)-01-01")
        // No pseudonym anywhere in the report.
        #expect(!reportJSON.stdout.contains("K-\(world.year)"), "the report names a client")
        #expect(!reportJSON.stdout.contains("K-\(world.year - 1)"), "the report names a client")

        // One audit row for the report, naming no client.
        let audit = try DaemonHarness.run("/usr/bin/sqlite3", ["-readonly", world.daemon.databasePath,
                                                               "SELECT count(*), coalesce(max(record_id), '') FROM audit_log WHERE action = 'report.build'"])
        #expect(audit.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1|", "audit: \(audit.stdout)")

        guard let check = try ExternalTool.python(try String(contentsOf: Self.support.appendingPathComponent("report-check.py"), encoding: .utf8),
                                                  arguments: [world.daemon.databasePath, directory.appendingPathComponent("report.json").path, "5", "8", "live"],
                                                  in: directory) else {
            ExternalTool.unavailable("python3 is not installed to recompute the report")
            return
        }
        #expect(check.status == 0, "the report differs from the database:\n\(check.output)\(check.errorOutput)")
        let figures = check.output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(figures.count == 4, "unexpected check output: \(check.output)")
        #expect(figures[0] > 150, "only \(figures[0]) cells compared")
        #expect(figures[1] > 0, "no primary suppression exercised")
        #expect(figures[2] > 0, "no secondary suppression exercised")
        #expect(figures[3] >= figures[1] + figures[2], "fewer hidden counts attacked (\(figures[3])) than hidden")

        // Some figures are large enough to be shown.
        let tables = document["tables"]?.arrayValue ?? []
        let kinds = tables.first { $0["id"]?.stringValue == "referrals-by-kind" }
        #expect((kinds?["current"]?.arrayValue?.last?.arrayValue?.first?["value"]?.doubleValue ?? 0) >= 60)

        try checkCSV(world, directory)
        try checkSpreadsheetCSV(world, directory)
        try checkHTML(world, directory)
        try checkReportsTogether(world, directory, yearReport: reportJSON.stdout)
    }

    /// Every report the tool makes for the year — each run of whole quarters, with the
    /// previous period printed beside each — attacked together: no count any of them
    /// hides can be worked out from all of them (`Tests/Support/report-cross-check.py`,
    /// scipy's milp). The year asked as `--from`/`--to` is the year report, byte for byte.
    func checkReportsTogether(_ world: ReportWorld, _ directory: URL, yearReport: String) throws {
        var files: [String] = []
        for first in 1...4 {
            for last in first...4 {
                let from = try world.day(first * 3 - 2, 1), to = try world.day(last * 3, last == 1 || last == 4 ? 31 : 30)
                let output = try world.lotse(["report", "--from", from.description, "--to", to.description, "--format", "json"])
                try #require(output.status == 0, "lotse report --from \(from) --to \(to) failed: \(output.stderr)")
                if first == 1 && last == 4 { #expect(output.stdout == yearReport, "--from/--to over the year differs from --year") }
                let name = "range-\(first)-\(last).json"
                try Data(output.stdout.utf8).write(to: directory.appendingPathComponent(name))
                files.append(name)
            }
        }
        let script = try String(contentsOf: Self.support.appendingPathComponent("report-cross-check.py"), encoding: .utf8)
        guard let check = try ExternalTool.python(script, arguments: ["5"] + files, in: directory) else {
            ExternalTool.unavailable("python3 is not installed to attack the reports together")
            return
        }
        #expect(check.status == 0, "the reports together give a hidden count away:\n\(check.output)\(check.errorOutput)")
        let numbers = check.output.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        try #require(numbers.count == 3, "unexpected cross-check output: \(check.output)")
        // 10 periods of the year and the previous periods beside them (some coincide).
        #expect(numbers[0] >= 14, "only \(numbers[0]) periods printed")
        #expect(numbers[1] > 100, "only \(numbers[1]) hidden sums attacked")
    }

    func checkCSV(_ world: ReportWorld, _ directory: URL) throws {
        let csv = try world.lotse(["report", "--year", String(world.year), "--format", "csv", "--csv-form", "machine"])
        try #require(csv.status == 0, "\(csv.stderr)")
        try Data(csv.stdout.utf8).write(to: directory.appendingPathComponent("report.csv"))
        let reader = """
        import csv, sys
        rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
        assert rows[0] == ['table', 'row', 'column', 'period', 'from', 'to', 'value', 'suppressed', 'reason', 'display',
                           'table_label', 'row_label', 'column_label'], rows[0]
        assert len(set(len(r) for r in rows)) == 1, 'rows of different lengths'
        assert all(r[7] in ('yes', 'no') for r in rows[1:])
        assert all(r[6] == '' for r in rows[1:] if r[7] == 'yes')
        assert all((r[8] == '') == (r[7] == 'no') for r in rows[1:]), 'a reason without suppression or none with it'
        assert all(r[9] == '< 5' for r in rows[1:] if r[8] == 'primary')
        assert all(r[9] == '×' for r in rows[1:] if r[8] in ('secondary', 'derived', 'quarter'))
        assert any(r[8] == 'secondary' for r in rows[1:]) and any(r[8] == 'derived' for r in rows[1:])
        assert all(r[11] != r[1] for r in rows[1:] if r[0] == 'assessments-by-recommendation' and r[1] != 'assessments'), 'a code as label'
        assert all(r[11] != r[1] for r in rows[1:] if r[0] == 'referrals-by-language' and r[1] != 'total'), 'a language code as label'
        # The year's four quarters and the four before, frozen by this run: one record each, last.
        frozen = [r for r in rows[1:] if r[0] == 'frozen-figures']
        assert len(frozen) == 8 and rows[-8:] == frozen, frozen
        assert all(r[1:4] == ['quarter', 'frozen-on', 'current' if r[4] >= sys.argv[2] else 'previous'] and len(r[9]) == 10
                   and r[10] == 'Frozen figures' and r[11] == 'Q%d %s' % ((int(r[4][5:7]) + 2) // 3, r[4][:4]) for r in frozen), frozen
        print(len(rows) - 1, len(set(r[0] for r in rows[1:])))
        """
        guard let result = try ExternalTool.python(reader, arguments: ["report.csv", "\(world.year)-01-01"], in: directory) else {
            ExternalTool.unavailable("python3 is not installed")
            return
        }
        #expect(result.status == 0, "csv could not read the report: \(result.errorOutput)")
        let numbers = result.output.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        #expect(numbers.count == 2 && numbers[0] > 150 && numbers[1] == 14, "records, tables (13 and the frozen quarters): \(result.output)")
    }

    /// The CSV's default (spreadsheet) form in German and English, opened by LibreOffice
    /// Calc with that language's settings: every figure of the JSON lands as a number in
    /// its cell (the German decimal comma read as such), the period's days as dates, the
    /// headers and words in the language, and no cell is a formula.
    func checkSpreadsheetCSV(_ world: ReportWorld, _ directory: URL) throws {
        for language in ["de", "en"] {
            let sheet = try world.lotse(["report", "--year", String(world.year), "--format", "csv", "--lang", language])
            try #require(sheet.status == 0, "\(sheet.stderr)")
            #expect(sheet.stdout.hasPrefix("\u{FEFF}"), "no byte-order mark")
            try Data(sheet.stdout.utf8).write(to: directory.appendingPathComponent("report-\(language).csv"))
            guard try SpreadsheetCells.read("report-\(language).csv", language: language, in: directory) else { return }
            let compare = """
            import json, sys
            cells = json.load(open(sys.argv[1], encoding='utf-8'))
            report = json.load(open('report.json', encoding='utf-8'))
            de = sys.argv[2] == 'de'
            header = (['Tabelle', 'Zeile', 'Spalte', 'Zeitraum', 'von', 'bis', 'Wert', 'Anzeige', 'Grund'] if de else
                      ['Table', 'Row', 'Column', 'Period', 'From', 'To', 'Value', 'Shown as', 'Reason'])
            assert cells[0] == [['string', h] for h in header], cells[0]
            assert not any(c[0] == 'formula' for row in cells for c in row), 'a cell became a formula'
            expected = []
            for t in report['tables']:
                grids = [(report['period'], t['current'])]
                if t.get('previous') is not None:
                    grids.append((report['previousPeriod'], t['previous']))
                for period, grid in grids:
                    for row in grid:
                        for cell in row:
                            expected.append((period, cell))
            # Last, one row per frozen quarter: the day it was frozen as a date.
            frozen = report['frozen']
            assert len(frozen) == 8, frozen
            for got, note in zip(cells[len(cells) - len(frozen):], frozen):
                assert got[0] == ['string', 'Festgeschriebene Zahlen' if de else 'Frozen figures'], got
                assert got[4] == ['date', note['from']] and got[5] == ['date', note['to']] and got[6] == ['date', note['since']], got
            cells = cells[:len(cells) - len(frozen)]
            assert len(cells) - 1 == len(expected), (len(cells) - 1, len(expected))
            fractions = 0
            for got, (period, cell) in zip(cells[1:], expected):
                got = got + [['empty', '']] * (len(header) - len(got))
                assert all(c[0] == 'string' for c in got[:4]), got[:4]
                assert got[4] == ['date', period['from']] and got[5] == ['date', period['to']], got[4:6]
                if cell['value'] is None:
                    assert got[6][0] == 'empty', got
                    assert got[7][0] == 'string' and got[8][0] == ('string' if cell['suppressed'] else 'empty'), got
                else:
                    assert got[6] == ['float', cell['value']], (got[6], cell)
                    fractions += cell['value'] != int(cell['value'])
                    assert got[7] == ['float', cell['value']], (got[7], cell)
            assert fractions > 0, 'no figure with a decimal'
            # The month-by-month rows name the month as readers write it, kept as text.
            import re
            months = [got[1][1] for got in cells[1:] if got[0][1] in ('Verlauf nach Monaten', 'Month by month') and got[1][1] not in ('gesamt', 'total')]
            assert months, 'no month rows'
            assert all(re.fullmatch('[0-9][0-9][.][0-9]{4}' if de else '[0-9]{4}-[0-9][0-9]', m) for m in months), months
            print(len(expected))
            """
            guard let check = try ExternalTool.python(compare, arguments: ["cells-\(language).json", language], in: directory) else { return }
            #expect(check.status == 0, "\(language): Calc's cells differ from the report:\n\(check.output)\(check.errorOutput)")
            #expect((Int(check.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 150, "\(language): \(check.output)")
        }
    }

    func checkHTML(_ world: ReportWorld, _ directory: URL) throws {
        let page = try world.lotse(["report", "--year", String(world.year), "--format", "html", "--lang", "de"])
        try #require(page.status == 0, "\(page.stderr)")
        let html = page.stdout
        try Data(html.utf8).write(to: directory.appendingPathComponent("report.html"))
        #expect(html.contains("Landkreis Prüfstadt · 01.01.\(world.year)–31.12.\(world.year)"))
        #expect(html.contains("Kleine Zahlen: Jede Anzahl unter 5"))
        // Withheld figures carry their own mark, explained; codes are worded; charts have legends.
        #expect(html.contains(">×</td>") && html.contains("×: aus Datenschutzgründen ausgeblendet"), "no legend for ×")
        #expect(html.contains("Ambulante Psychotherapie") && !html.contains(">outpatient-psychotherapy<"), "a recommendation code shown")
        #expect(html.contains(">Ukrainisch<") && !html.contains(">uk<"), "a language code shown")
        #expect(html.contains(">Kornwestheim<"))
        #expect(html.components(separatedBy: "<g class=\"legend\">").count - 1 >= 8, "charts without a legend")
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href="), "the page must be self-contained")
        guard let chromium = ExternalTool.find("chromium", "chromium-browser", "google-chrome") else {
            ExternalTool.unavailable("Chromium is not installed (apt-get install chromium)")
            return
        }
        // The DOM as Chromium built it: SVG charts counted, the page's width measured
        // against A4's printable width (210 mm − 2 × 15 mm margins = 180 mm ≈ 680 CSS px).
        let dump = try ExternalTool.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(directory.path)/profile",
                                                   "--window-size=794,1123", "--virtual-time-budget=2000", "--dump-dom",
                                                   directory.appendingPathComponent("report.html").absoluteString], in: directory)
        let svgs = dump.output.components(separatedBy: "<svg").count - 1
        #expect(svgs >= 8, "\(svgs) charts in the rendered page")
        #expect(dump.output.contains("<polyline"), "the monthly trend has no line")
        let pdf = directory.appendingPathComponent("report.pdf")
        _ = try ExternalTool.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(directory.path)/profile",
                                            "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)",
                                            directory.appendingPathComponent("report.html").absoluteString], in: directory)
        let pdfText = (try? Data(contentsOf: pdf)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        // A4 is 595 × 842 points; every page of the print must have that media box.
        let boxes = pdfText.components(separatedBy: "/MediaBox").dropFirst().map { box in
            box.prefix(60).split(whereSeparator: { " []\n".contains($0) }).prefix(4).compactMap { Double($0) }.map { Int($0.rounded()) }
        }
        #expect(!boxes.isEmpty, "no PDF pages printed")
        #expect(boxes.allSatisfy { $0 == [0, 0, 595, 842] }, "pages not A4: \(boxes.prefix(3))")

        // In a window wider than A4 the page keeps to its 180 mm (A4 less 15 mm margins,
        // about 680 CSS px): the dark pixels span no more, so nothing runs off the paper.
        let shot = directory.appendingPathComponent("report.png")
        let result = try ExternalTool.screenshot(chromium, page: directory.appendingPathComponent("report.html"), to: shot,
                                                 width: 1000, height: 1800, in: directory)
        try #require(FileManager.default.fileExists(atPath: shot.path), "no screenshot; chromium said: \(result.errorOutput)")
        let darkPixels = ExternalTool.darkPixelScript(printing: "width * height, dark, right - left + 1")
        guard let decoded = try ExternalTool.python(darkPixels, arguments: [shot.path], in: directory) else {
            ExternalTool.unavailable("python3 is not installed to read the screenshot")
            return
        }
        let numbers = decoded.output.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        try #require(numbers.count == 3, "unexpected PNG check output: \(decoded.output) \(decoded.errorOutput)")
        #expect(numbers[2] <= 681, "the content is \(numbers[2]) px wide, more than A4's printable 180 mm")
        #expect(numbers[2] > 400, "the content is only \(numbers[2]) px wide")
        #expect(numbers[1] > numbers[0] / 200, "the screenshot is (nearly) blank: \(numbers[1]) dark pixels")
        #expect(numbers[1] < numbers[0] / 2, "the screenshot looks inverted or broken")
    }
}
