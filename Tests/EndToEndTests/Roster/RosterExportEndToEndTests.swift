import Foundation
import LotseVarlink
import Testing

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
            let output = try world.lotse(["roster", "show", month, "--format", format, "--lang", "de"])
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
        let result = try ExternalTool.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
            "--screenshot=\(shot.path)", "--window-size=900,1400", directory.appendingPathComponent("roster.html").absoluteString,
        ], in: directory)
        try #require(FileManager.default.fileExists(atPath: shot.path), "no screenshot; chromium said: \(result.errorOutput)")
        let darkPixels = """
        import struct, sys, zlib
        data = open(sys.argv[1], 'rb').read()
        pos, idat, width, height, ctype = 8, b'', 0, 0, 0
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            if kind == b'IHDR':
                width, height, depth, ctype = struct.unpack('>IIBB', body[:10])
            elif kind == b'IDAT':
                idat += body
            pos += 12 + length
        bpp = {2: 3, 6: 4, 0: 1, 4: 2}[ctype]
        raw = zlib.decompress(idat)
        stride = width * bpp
        prev = bytearray(stride)
        dark = 0
        for y in range(height):
            f = raw[y * (stride + 1)]
            line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                if f == 1: line[i] = (line[i] + a) & 255
                elif f == 2: line[i] = (line[i] + b) & 255
                elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
                elif f == 4:
                    p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            for x in range(0, stride, bpp):
                if min(line[x:x + min(bpp, 3)]) < 200: dark += 1
            prev = line
        print(width * height, dark)
        """
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
