import Testing
@testable import LotseCore

@Suite struct ScreeningScoringTests {
    private func shipped(_ name: String) throws -> ScreeningInstrument {
        try #require(try ConfigurationFixtures.shipped().instrument(named: name))
    }

    /// 14 summed items reaching `sum` (filled from item 1 upwards), then item 15.
    private func screen15Answers(sum: Int, thermometer: Int) -> [Int] {
        var left = sum
        var answers: [Int] = []
        for _ in 1...14 {
            let a = min(4, left)
            answers.append(a)
            left -= a
        }
        return answers + [thermometer]
    }

    private func yesNoAnswers(yes: Int) -> [Int] {
        Array(repeating: 1, count: yes) + Array(repeating: 0, count: 10 - yes)
    }

    @Test(arguments: [
        (0, 0, "negative", false, Urgency.routine),
        (11, 4, "negative", false, .routine),
        (12, 0, "positive", true, .elevated),
        (56, 10, "positive", true, .elevated),
    ])
    func screen15BandEdges(sum: Int, thermometer: Int, band: String, positive: Bool, urgency: Urgency) throws {
        let result = try shipped("screen15").score(screen15Answers(sum: sum, thermometer: thermometer)).get()
        #expect(result.score == sum)
        #expect(result.band == band)
        #expect(result.positive == positive)
        #expect(result.urgency == urgency)
        #expect(result.positiveByItemRule == false)
    }

    @Test func screen15ThermometerAtFiveMakesALowScorePositive() throws {
        let instrument = try shipped("screen15")
        let atFour = try instrument.score(screen15Answers(sum: 11, thermometer: 4)).get()
        let atFive = try instrument.score(screen15Answers(sum: 11, thermometer: 5)).get()
        #expect(!atFour.positive)
        #expect(atFive.positive && atFive.positiveByItemRule)
        #expect(atFive.band == "negative")
        #expect(atFive.urgency == .elevated)
        let zeroScore = try instrument.score(screen15Answers(sum: 0, thermometer: 5)).get()
        #expect(zeroScore.positive && zeroScore.score == 0)
    }

    @Test func screen15ThermometerIsNotPartOfTheSum() throws {
        let result = try shipped("screen15").score(screen15Answers(sum: 0, thermometer: 10)).get()
        #expect(result.score == 0)
    }

    @Test(arguments: [
        (0, "low", false, Urgency.routine), (3, "low", false, .routine),
        (4, "medium", true, .elevated), (7, "medium", true, .elevated),
        (8, "high", true, .high), (10, "high", true, .high),
    ])
    func yesNo10BandEdges(yes: Int, band: String, positive: Bool, urgency: Urgency) throws {
        let result = try shipped("yesno10").score(yesNoAnswers(yes: yes)).get()
        #expect(result.score == yes)
        #expect(result.band == band)
        #expect(result.positive == positive)
        #expect(result.urgency == urgency)
    }

    @Test func answerCountMustMatch() throws {
        let error = try shipped("yesno10").score([1, 0, 1]).failureValue
        #expect(error == .wrongCount(instrument: "yesno10", expected: 10, given: 3))
        #expect(error?.description == "yesno10 has 10 items, but 3 answers were given")
    }

    @Test func answerOutOfRangeNamesTheItem() throws {
        var answers = screen15Answers(sum: 0, thermometer: 11)
        let instrument = try shipped("screen15")
        #expect(instrument.score(answers).failureValue?.description == "screen15 item 15: answer 11 is outside 0–10")
        answers[14] = 10
        answers[2] = 5
        #expect(instrument.score(answers).failureValue == .outOfRange(instrument: "screen15", item: 3, answer: 5, allowed: 0...4))
        #expect(try shipped("yesno10").score([2] + Array(repeating: 0, count: 9)).failureValue?.description
            == "yesno10 item 1: answer 2 is outside 0–1")
    }
}

extension Result {
    /// The error of a failed result, for concise expectations.
    var failureValue: Failure? {
        if case .failure(let e) = self { return e }
        return nil
    }

    /// Whether the result is a success, for `Result<Void, _>` which is not Equatable.
    var succeeded: Bool {
        if case .success = self { return true }
        return false
    }
}
