import Testing
@testable import LotseCore

@Suite struct InstrumentConfigurationTests {
    private func error(_ text: String) -> String? { ConfigurationFixtures.errorText(text) }

    private let yesNoHeader = "[instrument.q]\nitems = 10\nscoring = count-yes\n"

    @Test func shippedInstrumentsHaveTheIssueFiveShape() throws {
        let config = try ConfigurationFixtures.shipped()
        let s15 = try #require(config.instrument(named: "screen15"))
        #expect(s15.itemCount == 15)
        #expect(s15.scoring == .sum)
        #expect(s15.scoredItems == Array(1...14))
        #expect(s15.answerRanges[0] == 0...4 && s15.answerRanges[13] == 0...4 && s15.answerRanges[14] == 0...10)
        #expect(s15.scoreRange == 0...56)
        #expect(s15.positiveIf == .init(item: 15, atLeast: 5))
        #expect(s15.bands.map(\.scores) == [0...11, 12...56])
        let q10 = try #require(config.instrument(named: "yesno10"))
        #expect(q10.scoring == .countYes)
        #expect(q10.scoreRange == 0...10)
        #expect(q10.bands.map(\.scores) == [0...3, 4...7, 8...10])
        #expect(q10.bands.map(\.urgency) == [.routine, .elevated, .high])
    }

    @Test func bandGapIsRejectedAtTheLaterBand() {
        let text = yesNoHeader + "band.low = 0-3, routine, negative\nband.medium = 5-7, elevated, positive\nband.high = 8-10, high, positive\n"
        #expect(error(text) == "lotse.conf:5: [instrument.q] band.medium: leaves a gap after band.low: scores 4-4 fall into no band")
    }

    @Test func bandOverlapIsRejectedAtTheLaterLine() {
        let text = yesNoHeader + "band.high = 7-10, high, positive\nband.low = 0-3, routine, negative\nband.medium = 4-7, elevated, positive\n"
        #expect(error(text) == "lotse.conf:6: [instrument.q] band.medium: overlaps band.high (7-10): scores 7-7 are in both")
    }

    @Test func bandsMustReachTheHighestAndLowestScore() {
        #expect(error(yesNoHeader + "band.low = 0-3, routine, negative\nband.mid = 4-9, elevated, positive\n")
            == "lotse.conf:5: [instrument.q] band.mid: leaves a gap: scores 10-10 fall into no band")
        #expect(error(yesNoHeader + "band.low = 1-3, routine, negative\nband.mid = 4-10, elevated, positive\n")
            == "lotse.conf:4: [instrument.q] band.low: leaves a gap: scores 0-0 fall into no band")
        #expect(error(yesNoHeader + "band.low = 0-3, routine, negative\nband.mid = 4-11, elevated, positive\n")
            == "lotse.conf:5: [instrument.q] band.mid: band 4-11 ends above the highest possible score 10")
    }

    @Test func malformedBandIsRejected() {
        #expect(error(yesNoHeader + "band.low = 0-3, urgent, negative\n")
            == "lotse.conf:4: [instrument.q] band.low: \"0-3, urgent, negative\" is not a band like: 12-56, elevated, positive (urgency routine|elevated|high)")
        #expect(error("[instrument.q]\nitems = 10\nscoring = count-yes\n") == "lotse.conf:1: [instrument.q] band.NAME: missing (required in this section)")
    }

    @Test func countYesInstrumentTakesOnlyYesNoAnswers() {
        #expect(error(yesNoHeader + "answers = 0-4\n") == "lotse.conf:4: [instrument.q] answers: a count-yes instrument takes answers 0-1 (0 = no, 1 = yes)")
    }

    @Test func sumInstrumentNeedsAnswerRangeAndItems() {
        #expect(error("[instrument.s]\nitems = 3\nband.all = 0-12, routine, negative\n") == "lotse.conf:1: [instrument.s] answers: missing (required in this section)")
        #expect(error("[instrument.s]\nanswers = 0-4\n") == "lotse.conf:1: [instrument.s] items: missing (required in this section)")
        #expect(error("[instrument.s]\nitems = 3\nanswers = 4-0\n") == "lotse.conf:3: [instrument.s] answers: \"4-0\" is not a range of answers like 0-4")
    }

    @Test func itemOverridesAndScoredItemsAreChecked() {
        let head = "[instrument.s]\nitems = 3\nanswers = 0-4\n"
        #expect(error(head + "answers.4 = 0-10\n") == "lotse.conf:4: [instrument.s] answers.4: \"4\" is not an item number between 1 and 3")
        #expect(error(head + "scored_items = 1-5\n") == "lotse.conf:4: [instrument.s] scored_items: \"1-5\" is not a list of item numbers between 1 and 3 like 1-14 or 1,3,5-9")
        #expect(error(head + "scored_items = 1, 1\n") == "lotse.conf:4: [instrument.s] scored_items: names an item twice")
    }

    @Test func positiveItemRuleIsChecked() {
        let head = "[instrument.s]\nitems = 3\nanswers = 0-4\nband.all = 0-12, routine, negative\n"
        #expect(error(head + "positive_if = item 3 > 2\n") == "lotse.conf:5: [instrument.s] positive_if: \"item 3 > 2\" is not a rule like: item 15 >= 5")
        #expect(error(head + "positive_if = item 3 >= 7\n") == "lotse.conf:5: [instrument.s] positive_if: 7 is outside item 3's answers 0-4")
        #expect(error(head + "positive_if = item 3 >= 2\n")
            == "lotse.conf:5: [instrument.s] positive_if: needs at least one positive band, whose urgency a positive result by this rule takes")
    }

    @Test func unknownInstrumentKeyIsRejected() {
        #expect(error(yesNoHeader + "band.all = 0-10, routine, negative\nwording.1 = Do you sleep?\n") == "lotse.conf:5: [instrument.q] wording.1: unknown key")
    }
}

/// An instrument's title for people in both languages: one `title` for both, or
/// `title.de` and `title.en`; without any, its name.
@Suite struct InstrumentTitleTests {
    static func instrument(_ titles: String) throws -> ScreeningInstrument {
        let text = "[instrument.x]\n\(titles)items = 3\nanswers = 0-2\nband.all = 0-6, routine, negative\n"
        return try #require(try Configuration.parse(text, file: "lotse.conf", baseDirectory: "").instruments.first)
    }

    @Test func eachLanguageHasItsTitleWithTheSharedOneAndTheNameAsFallback() throws {
        let both = try Self.instrument("title.de = 3 Fragen\ntitle.en = 3 items\n")
        #expect(both.titleDe == "3 Fragen" && both.title == "3 items")
        let shared = try Self.instrument("title = RHS-15\ntitle.de = RHS-15 (deutsch)\n")
        #expect(shared.titleDe == "RHS-15 (deutsch)" && shared.title == "RHS-15")
        let none = try Self.instrument("")
        #expect(none.titleDe == "x" && none.title == "x")
    }

    @Test func theShippedInstrumentsHaveGermanTitles() throws {
        let config = try ConfigurationFixtures.shipped()
        #expect(config.instruments.map(\.titleDe) == ["15 Fragen: 1–14 summiert, Frage 15 Belastungsthermometer",
                                                     "10 Ja/Nein-Fragen, Bänder 0–3, 4–7, 8–10"])
    }

    @Test func oneMonthIsSingularInTheRecommendationLabel() throws {
        let code = try #require(RecommendationCode("present-again"))
        let entry = try #require(RecommendationCatalogue.standard.entry(code))
        #expect(entry.label(in: .de, months: 1) == "Erneute Vorstellung in 1 Monat")
        #expect(entry.label(in: .en, months: 1) == "Present again in 1 month")
        #expect(entry.label(in: .de, months: 3) == "Erneute Vorstellung in 3 Monaten")
        #expect(entry.label(in: .en, months: 3) == "Present again in 3 months")
    }
}
