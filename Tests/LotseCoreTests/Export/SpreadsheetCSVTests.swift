import Testing
@testable import LotseCore

/// The spreadsheet form of the CSV exports: semicolons, a byte-order mark, headers and
/// words in the reader's language, numbers and dates as that language's spreadsheet
/// reads them, and nothing a spreadsheet would run as a formula.
@Suite struct SpreadsheetCSVTests {
    @Test func aSmallRosterGivesExactlyTheseBytesInGermanAndEnglish() {
        let german = "\u{FEFF}Datum;Beginn;Ende;Ort;Fachkraft;Sprechstunde;Platz;Anmeldung;Pseudonym;Integrationsmanager:in;Sprache;"
            + "Dolmetschung;Art;Stand\r\n"
            + "01.12.2026;14:00;14:30;Raum 2.14, Landratsamt;Dr. A. Brandt;S1;S1-1;R-42;K-2026-0042;M. Schäfer;Arabisch;ja;Erstvorstellung;geplant\r\n"
            + "01.12.2026;14:30;15:00;Raum 2.14, Landratsamt;Dr. A. Brandt;S1;S1-2;;;;;;;\r\n"
        #expect(RosterCSV.spreadsheet(RosterFixtures.tiny, language: .de) == german)
        let english = RosterCSV.spreadsheet(RosterFixtures.tiny, language: .en)
        #expect(english.hasPrefix("\u{FEFF}Date;Start;End;Place;Specialist;Session;Slot;Referral;Pseudonym;Caseworker;Language;"))
        #expect(english.contains("\r\n2026-12-01;14:00;14:30;Raum 2.14, Landratsamt;Dr. A. Brandt;S1;S1-1;R-42;K-2026-0042;M. Schäfer;Arabisch;yes;Assessment;planned\r\n"))
    }

    @Test func textASpreadsheetWouldRunAsAFormulaGetsAnApostropheAndNumbersStayNumbers() {
        for text in ["=1+1", "+49 711", "-x", "@SUM(A1)", "\tx", "\rx", "\u{FF1D}1+1"] {
            #expect(SpreadsheetCSV.neutralised(text) == "'" + text)
        }
        for text in ["Raum 2", "K-2026-0001", "", "'quoted", "a=b"] {
            #expect(SpreadsheetCSV.neutralised(text) == text)
        }
        #expect(SpreadsheetCSV.text(.number(-3), german: true) == "-3")
        #expect(SpreadsheetCSV.text(.number(24.5), german: true) == "24,5")
        #expect(SpreadsheetCSV.text(.number(24.5), german: false) == "24.5")
        let day = CalendarDate(year: 2026, month: 12, day: 4) ?? CalendarDate(daysSince1970: 0)
        #expect(SpreadsheetCSV.text(.date(day), german: true) == "04.12.2026")
        #expect(SpreadsheetCSV.text(.date(day), german: false) == "2026-12-04")
        #expect(SpreadsheetCSV.numberOrText("42") == .number(42))
        #expect(SpreadsheetCSV.numberOrText("042") == .text("042"))
        #expect(SpreadsheetCSV.numberOrText("12-3") == .text("12-3"))
        // The header is neutralised too, and a field holding the separator is quoted.
        #expect(SpreadsheetCSV.render(header: ["=A", "b;c"], rows: [[.text("x;y"), .empty]], german: true)
                == "\u{FEFF}'=A;\"b;c\"\r\n\"x;y\";\r\n")
    }
}
