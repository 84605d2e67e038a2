import Foundation
import LotseTestSupport
import Testing

/// The roster's CSV as German offices open it: `lotse roster show --format csv` (the
/// spreadsheet form by default) read by LibreOffice Calc with German and with English
/// settings, every cell compared with the machine form of the same roster — days land as
/// dates, times as times, numbers as numbers, words in the reader's language (the machine
/// form holds codes), and a place
/// typed as a formula stays text.
@Suite(.serialized) struct RosterSpreadsheetTests {
    @Test func calcReadsEveryCellOfTheSpreadsheetFormAsDateTimeNumberOrTextInBothLanguages() throws {
        let world = try CoordinatorWorld()
        let month = world.month.description
        let specialist = try world.specialist("lotse-e2e-sp7", languages: "de,uk")
        _ = try world.session(specialist, day: 5, slots: 2)
        // A place a careless or hostile hand typed as a formula.
        _ = try world.json(["session", "add", "--specialist", String(specialist), "--date", world.date(19), "--start", "09:30",
                            "--slots", "2", "--minutes", "45", "--place", "=HYPERLINK(\"http://example.org\";\"Raum 2\")",
                            "--kinds", "assessment,follow-up"])
        _ = try world.submit([.init(language: "uk", urgency: "high"), .init(language: "de", urgency: "routine")])
        _ = try world.json(["roster", "plan", month])
        _ = try world.json(["roster", "approve", month])
        _ = try world.json(["roster", "publish", month])
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for language in ["de", "en"] {
            let sheet = try world.lotse(["roster", "show", month, "--format", "csv", "--lang", language])
            try #require(sheet.status == 0, "\(sheet.stderr)")
            #expect(sheet.stdout.hasPrefix("\u{FEFF}"), "no byte-order mark")
            #expect(sheet.stdout.split(separator: "\r\n").first?.contains(";") == true, "not semicolon-separated")
            try Data(sheet.stdout.utf8).write(to: directory.appendingPathComponent("roster-\(language).csv"))
            let machine = try world.lotse(["roster", "show", month, "--format", "csv", "--lang", language, "--csv-form", "machine"])
            try #require(machine.status == 0, "\(machine.stderr)")
            try Data(machine.stdout.utf8).write(to: directory.appendingPathComponent("machine-\(language).csv"))
            guard try SpreadsheetCells.read("roster-\(language).csv", language: language, in: directory) else { return }
            guard let check = try ExternalTool.python(Self.compare, arguments: ["cells-\(language).json", "machine-\(language).csv", language],
                                                      in: directory) else { return }
            #expect(check.status == 0, "\(language): Calc's cells differ:\n\(check.output)\(check.errorOutput)")
            #expect(check.output.trimmingCharacters(in: .whitespacesAndNewlines) == "4 2", "\(language): rows, formulas typed: \(check.output)")
        }
    }

    /// Compares Calc's cells with the machine form row by row; prints the number of slots
    /// and of neutralised places.
    static let compare = """
    import csv, json, sys
    cells = json.load(open(sys.argv[1], encoding='utf-8'))
    machine = list(csv.reader(open(sys.argv[2], newline='', encoding='utf-8')))
    de = sys.argv[3] == 'de'
    header = (['Datum', 'Beginn', 'Ende', 'Ort', 'Fachkraft', 'Sprechstunde', 'Platz', 'Anmeldung', 'Pseudonym',
               'Integrationsmanager:in', 'Sprache', 'Dolmetschung', 'Art', 'Stand'] if de else
              ['Date', 'Start', 'End', 'Place', 'Specialist', 'Session', 'Slot', 'Referral', 'Pseudonym',
               'Caseworker', 'Language', 'Interpreter', 'Kind', 'State'])
    assert cells[0] == [['string', h] for h in header], cells[0]
    assert len(cells) == len(machine), (len(cells), len(machine))
    assert not any(c[0] == 'formula' for row in cells for c in row), 'a cell became a formula'
    words = {'yes': 'ja' if de else 'yes', 'no': 'nein' if de else 'no',
             'assessment': 'Erstvorstellung' if de else 'Assessment', 'follow-up': 'Wiedervorstellung' if de else 'Follow-up',
             'planned': 'geplant' if de else 'planned', 'booked': 'gebucht' if de else 'booked',
             'de': 'Deutsch' if de else 'German', 'uk': 'Ukrainisch' if de else 'Ukrainian'}
    neutralised = 0
    for got, m in zip(cells[1:], machine[1:]):
        got = got + [['empty', '']] * (len(header) - len(got))
        assert got[0] == ['date', m[0]], (got[0], m[0])
        for i in (1, 2):
            h, mi = m[i].split(':')
            assert got[i][0] == 'time' and got[i][1].startswith('PT%sH%sM' % (h, mi)), (got[i], m[i])
        place = m[3]
        if place[0] in '=+-@':
            neutralised += 1
            assert got[3] == ['string', "'" + place], got[3]
        else:
            assert got[3] == ['string', place], got[3]
        assert got[4] == ['string', m[4]]
        assert got[5] == ['float', float(m[5])], (got[5], m[5])
        assert got[6] == ['string', m[6]], (got[6], m[6])
        if m[7]:
            assert got[7] == ['float', float(m[7])], (got[7], m[7])
            assert got[8] == ['string', m[8]] and got[9] == ['string', m[9]], got
            assert got[10] == ['string', words[m[10]]], (got[10], m[10])
            assert got[11] == ['string', words[m[11]]], (got[11], m[11])
            assert got[12] == ['string', words[m[12]]], (got[12], m[12])
            assert got[13] == ['string', words[m[13]]], (got[13], m[13])
        else:
            assert all(c[0] == 'empty' for c in got[7:]), got
    print(len(cells) - 1, neutralised)
    """
}
