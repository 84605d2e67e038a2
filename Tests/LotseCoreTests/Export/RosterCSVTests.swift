import Foundation
import Testing
@testable import LotseCore
import LotseTestSupport

@Suite struct RosterCSVTests {
    @Test func aSmallRosterGivesExactlyTheseBytes() {
        let expected = "date,start,end,place,specialist,session,slot,referral,pseudonym,caseworker,language,interpreter,kind,state\r\n"
            + "2026-12-01,14:00,14:30,\"Raum 2.14, Landratsamt\",Dr. A. Brandt,S1,S1-1,R-42,K-2026-0042,M. Schäfer,Arabisch,yes,assessment,planned\r\n"
            + "2026-12-01,14:30,15:00,\"Raum 2.14, Landratsamt\",Dr. A. Brandt,S1,S1-2,,,,,,,\r\n"
        #expect(RosterCSV.render(RosterFixtures.tiny) == expected)
        #expect(RosterCSV.render(RosterFixtures.tiny, withByteOrderMark: true) == "\u{FEFF}" + expected)
        // With the language's code known, the machine form holds it: the same file in every language.
        var coded = RosterFixtures.tiny
        coded.sessions[0].slots[0].booking?.languageCode = "ar"
        #expect(RosterCSV.rows(coded)[0][10] == "ar")
    }

    @Test func aBookingThatNoLongerHoldsKeepsItsRowAndSaysHowItEnded() {
        for state in BookingState.allCases {
            let row = RosterCSV.rows(RosterFixtures.tinyPublished(state))[0]
            #expect(row[RosterCSV.header.firstIndex(of: "referral") ?? 0] == "R-42")
            #expect(row[RosterCSV.header.firstIndex(of: "state") ?? 0] == state.rawValue)
        }
    }

    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(CSVFormat.field("plain text") == "plain text")
        #expect(CSVFormat.field("a,b") == "\"a,b\"")
        #expect(CSVFormat.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVFormat.field("line\r\nbreak") == "\"line\r\nbreak\"")
        #expect(CSVFormat.field("lf\nonly") == "\"lf\nonly\"")
        #expect(CSVFormat.field("semi;colon") == "semi;colon")
        #expect(CSVFormat.field("nul\u{0}byte") == "nulbyte")
        #expect(CSVFormat.field("") == "")
        #expect(CSVFormat.record(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
    }

    @Test func everySlotIsOneRowAndFreeSlotsHaveEmptyBookingColumns() {
        let rows = RosterCSV.rows(RosterFixtures.december)
        #expect(rows.count == 10)
        #expect(rows.allSatisfy { $0.count == RosterCSV.header.count })
        let free = rows.filter { $0[8].isEmpty && $0[7].isEmpty }
        #expect(free.map { $0[6] } == ["S1-4", "S2-4"])
        #expect(rows.first?[11] == "yes")
    }

    @Test func pythonsCSVModuleReadsBackTheSameRows() throws {
        for document in [RosterFixtures.december, RosterFixtures.awkward] {
            let directory = try ExternalTool.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let file = directory.appendingPathComponent("roster.csv")
            try Data(RosterCSV.render(document).utf8).write(to: file)
            let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                rows = list(csv.reader(f, strict=True))
            print(json.dumps(rows))
            """
            guard let result = try ExternalTool.python(script, arguments: [file.path], in: directory) else {
                ExternalTool.unavailable("python3 is not installed")
                return
            }
            #expect(result.status == 0, "python3 failed: \(result.errorOutput)")
            let parsed = try JSONDecoder().decode([[String]].self, from: Data(result.output.utf8))
            #expect(parsed == [RosterCSV.header] + RosterCSV.rows(document))
        }
    }
}
