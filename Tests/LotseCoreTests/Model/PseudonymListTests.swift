import LotseCore
import Testing

/// The compact form one audit entry uses to name every client a read disclosed: exact,
/// sorted, short for runs, and strict when read back.
@Suite struct PseudonymListTests {
    static func ids(_ texts: [String]) -> [ClientID] { texts.compactMap(ClientID.init) }

    @Test func runsShrinkToTheirEndsAndTheTextReadsBackToTheSameSet() throws {
        let members = Self.ids(["K-2026-0003", "K-2026-0001", "K-2026-0002", "K-2026-0002", "K-2026-0007",
                                "K-2027-0001", "K-2026-9999", "K-2026-10000", "K-2026-10001"])
        let list = PseudonymList(members)
        #expect(list.description == "K-2026-0001..0003 K-2026-0007 K-2026-9999..10001 K-2027-0001")
        #expect(list.count == 8)
        let back = try #require(PseudonymList(text: list.description))
        #expect(back == list)
        #expect(back.members == Set(members).sorted())
    }

    @Test func aDistrictsWholeListStaysShort() throws {
        let members = (1...10_000).compactMap { ClientID(year: 2026, number: $0) }
        let list = PseudonymList(members)
        #expect(list.description == "K-2026-0001..10000")
        #expect(PseudonymList(text: list.description)?.members == members)
    }

    @Test func anEmptyListIsEmptyText() {
        #expect(PseudonymList([]).description.isEmpty)
        #expect(PseudonymList(text: "")?.isEmpty == true)
    }

    @Test(arguments: ["K-2026-0001,K-2026-0002", "K-2026-0005..0003", "K-2026-0005..0005", "K-2026-0001..", "K-2026-0001...0003",
                      "X-2026-0001", "K-2026-0001..00003", "K-2026-0001..K-2026-0003"])
    func damagedTextIsRefusedNotReadAsAShorterList(_ text: String) {
        #expect(PseudonymList(text: text) == nil)
    }
}
