import Foundation
import Testing
@testable import LotseCore

@Suite struct ScreeningRecordTests {
    private func instrument() throws -> ScreeningInstrument {
        try #require(try ConfigurationFixtures.shipped().instrument(named: "yesno10"))
    }

    private func perform(_ acute: AcuteRiskAnswers, _ answers: [Int]) throws -> Result<Screening, ScreeningAnswerError> {
        Screening.perform(id: ScreeningID(1), client: try ModelFixtures.client(), caseworker: try ModelFixtures.user("anna"),
                          on: try ModelFixtures.date("2026-11-02"), acuteRisk: acute, instrument: try instrument(), answers: answers)
    }

    @Test func scoredScreeningKeepsAnswersAndResult() throws {
        let s = try perform(AcuteRiskAnswers(suicidality: false, dangerToOthers: false), [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]).get()
        #expect(s.result?.band == "medium" && s.answers.count == 10)
    }

    @Test func acuteRiskEscalatesWithoutNeedingAnswers() throws {
        let s = try perform(AcuteRiskAnswers(suicidality: true, dangerToOthers: false), []).get()
        #expect(s.outcome == .escalated && s.answers.isEmpty && s.result == nil)
    }

    /// Issue 14, reproduction 6: an escalation kept none of the answers given.
    @Test func anEscalationKeepsTheAnswersGivenSoFarWhenEachFitsItsItem() throws {
        let acute = AcuteRiskAnswers(suicidality: true, dangerToOthers: false)
        let all = try perform(acute, [1, 0, 1, 1, 0, 0, 1, 0, 0, 0]).get()
        #expect(all.outcome == .escalated && all.answers == [1, 0, 1, 1, 0, 0, 1, 0, 0, 0] && all.result == nil)
        let cutShort = try perform(acute, [1, 0, 1]).get()
        #expect(cutShort.answers == [1, 0, 1])
        // What does not fit is not stored in part, and the escalation still happens.
        #expect(try perform(acute, [1, 2]).get().answers.isEmpty)
        #expect(try perform(acute, Array(repeating: 0, count: 11)).get().answers.isEmpty)
    }

    @Test func invalidAnswersWithoutAcuteRiskAreRefused() throws {
        #expect(try perform(AcuteRiskAnswers(suicidality: false, dangerToOthers: false), [1]).failureValue
            == .wrongCount(instrument: "yesno10", expected: 10, given: 1))
    }

    @Test func instrumentDefinitionRoundTripsThroughJSON() throws {
        let original = try instrument()
        let decoded = try JSONDecoder().decode(ScreeningInstrument.self, from: try JSONEncoder().encode(original))
        #expect(decoded == original)
    }

    @Test func planningWeightsEncodeAsInThePlanFormat() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(PlanningWeights()), as: UTF8.self)
        #expect(json == #"{"continuity":5,"latenessPerWeek":{"elevated":1,"high":4,"routine":0},"urgency":{"elevated":30,"high":100,"routine":10},"waitCapWeeks":52,"waitPerWeek":1}"#)
    }
}
