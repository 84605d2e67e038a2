import Testing
@testable import LotseCore

/// Issue 16: a German specialist typed "Ambulante Psychotherapie" and was refused; only the
/// English codes were taken.
@Suite struct RecommendationCatalogueResolveTests {
    let catalogue = RecommendationCatalogue.standard

    @Test func aRecommendationIsTakenByCodeOrByItsLabelInEitherLanguageInAnyCase() {
        for text in ["outpatient-psychotherapy", "Ambulante Psychotherapie", "ambulante  psychotherapie", "Outpatient psychotherapy"] {
            #expect(catalogue.resolve(text)?.code.value == "outpatient-psychotherapy", "\(text)")
        }
        for text in ["present-again", "Erneute Vorstellung", "erneute vorstellung in {months} monaten", "present again"] {
            #expect(catalogue.resolve(text)?.code.value == "present-again", "\(text)")
        }
        #expect(catalogue.resolve("Psychotherapie") == nil)
        #expect(catalogue.resolve("") == nil)
    }

    @Test func aGermanNameIsStoredAsItsCode() throws {
        let made = Recommendation.make(code: "erneute vorstellung", months: 3, catalogue: catalogue)
        #expect((try? made.get())?.code.value == "present-again")
        #expect((try? made.get())?.months == 3)
    }
}
