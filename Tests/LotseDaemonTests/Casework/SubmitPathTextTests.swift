import Foundation
import LotseCore
import LotseVarlink
import Testing
@testable import LotseDaemon

@Suite("Submit path: the fast text helpers agree with Foundation")
struct SubmitPathTextTests {
    @Test(arguments: ["  Fallberatung \n", "\u{3000}\u{00A0}Notiz\u{2028}", "\t", "", "kein Rand", " \u{0301}akut ", "a\u{0085}"])
    func trimmingWhitespaceMatchesFoundation(text: String) {
        #expect(TextRule.trimmingWhitespace(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func plainAndEscapedStringsSerializeAsBefore() {
        let value: JSONValue = ["note": "Fallberatung für K-2026-0001", "quote": "sagt \"nein\"\\\n\t\u{1}\u{7F}"]
        #expect(value.serialized == "{\"note\":\"Fallberatung für K-2026-0001\",\"quote\":\"sagt \\\"nein\\\"\\\\\\n\\t\\u0001\\u007f\"}")
    }

    @Test func calendarDatesPrintWithZeroPadding() {
        #expect(CalendarDate(iso: "2026-03-07")?.description == "2026-03-07")
        #expect(CalendarDate(iso: "2030-11-09")?.description == "2030-11-09")
    }
}
