import Testing
@testable import LotseCore

/// People type a municipality as they know it — the official name, in any case — while
/// the configuration keeps short ids; the name finds its id, and only when it is clear.
@Suite struct MunicipalityNameTests {
    let district = ["ludwigsburg", "kornwestheim", "bietigheim-bissingen", "vaihingen-enz", "marbach", "remseck"].compactMap(MunicipalityID.init)

    func id(_ text: String) -> String? { Municipality.id(named: text, among: district)?.value }

    @Test func theIdAndTheOfficialNameFindTheMunicipality() {
        #expect(id("kornwestheim") == "kornwestheim")
        #expect(id("Bietigheim-Bissingen") == "bietigheim-bissingen")
        #expect(id("Vaihingen an der Enz") == "vaihingen-enz")
        #expect(id("vaihingen-an-der-enz") == "vaihingen-enz")
        #expect(id("Marbach am Neckar") == "marbach")
        #expect(id("MARBACH") == "marbach")
        #expect(id("Remseck am Neckar") == "remseck")
    }

    @Test func aNameThatFitsNoneOrSeveralFindsNothing() {
        #expect(id("Atlantis") == nil)
        #expect(id("") == nil)
        #expect(id("Marbachtal") == nil)
        #expect(id("an der Enz") == nil)
        let twins = ["neustadt", "neustadt-aisch"].compactMap(MunicipalityID.init)
        #expect(Municipality.id(named: "Neustadt an der Aisch", among: twins)?.value == "neustadt-aisch")
        #expect(Municipality.id(named: "Neustadt", among: twins)?.value == "neustadt")
    }
}
