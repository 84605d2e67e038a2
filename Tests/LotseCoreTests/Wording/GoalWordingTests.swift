import Testing
@testable import LotseCore

/// Issue 16: an assessment wrote its goals and step list into the help plan in German, so
/// an English reader met "Ambulante Psychotherapie" and "Schritte: … bis 15.01.2027".
@Suite struct GoalWordingTests {
    let catalogue = RecommendationCatalogue.standard
    let psychotherapy = RecommendationCode("outpatient-psychotherapy")
    let again = RecommendationCode("present-again")

    @Test func aGeneratedTitleIsWordedInBothLanguagesAndAWrittenOneStays() {
        let titles = GoalWording.titles("Ambulante Psychotherapie", recommendation: psychotherapy, catalogue: catalogue)
        #expect(titles?.de == "Ambulante Psychotherapie" && titles?.en == "Outpatient psychotherapy")
        let months = GoalWording.titles("Erneute Vorstellung in 3 Monaten", recommendation: again, catalogue: catalogue)
        #expect(months?.en == "Present again in 3 months")
        let one = GoalWording.titles("Present again in 1 month", recommendation: again, catalogue: catalogue)
        #expect(one?.de == "Erneute Vorstellung in 1 Monat")
        #expect(GoalWording.titles("Deutschkurs B1", recommendation: nil, catalogue: catalogue) == nil)
        #expect(GoalWording.titles("Etwas anderes", recommendation: psychotherapy, catalogue: catalogue) == nil)
    }

    @Test func theGeneratedStepListIsWordedInTheReadersLanguageAndTheRestStays() {
        let notes = "Termin beim Hausarzt vereinbaren.\nSchritte: #3 Therapieplatz suchen (anna, Integrationsmanager:in, bis 15.01.2027); #4 Bericht (haddad, Fachkraft, bis 01.02.2027)"
        #expect(GoalWording.notes(notes, in: .en)
                == "Termin beim Hausarzt vereinbaren.\nSteps: #3 Therapieplatz suchen (anna, caseworker, due 15.01.2027); #4 Bericht (haddad, specialist, due 01.02.2027)")
        #expect(GoalWording.notes(GoalWording.notes(notes, in: .en), in: .de) == notes)
        #expect(GoalWording.notes("nur eine Notiz", in: .en) == "nur eine Notiz")
    }
}
