import Testing
@testable import LotseCore

@Suite struct AcuteRiskTests {
    private let none = AcuteRiskAnswers(suicidality: false, dangerToOthers: false)

    private func instrument() throws -> ScreeningInstrument {
        try #require(try ConfigurationFixtures.shipped().instrument(named: "yesno10"))
    }

    @Test(arguments: [(true, false), (false, true), (true, true)])
    func anyYesEscalatesEvenWithInvalidAnswers(suicidality: Bool, dangerToOthers: Bool) throws {
        let acute = AcuteRiskAnswers(suicidality: suicidality, dangerToOthers: dangerToOthers)
        let decision = Triage.decide(acuteRisk: acute, instrument: try instrument(), answers: [9])
        #expect(decision == .success(.escalate(acute)))
        #expect(Triage.decide(acuteRisk: acute, givenUrgency: .routine, reason: "") == .success(.escalate(acute)))
    }

    @Test func noAcuteRiskQueuesTheScreeningResult() throws {
        let decision = try Triage.decide(acuteRisk: none, instrument: try instrument(), answers: Array(repeating: 1, count: 10)).get()
        guard case .queue(let result) = decision else {
            Issue.record("expected a queued result, got \(decision)")
            return
        }
        #expect(result.urgency == .high)
    }

    @Test func noAcuteRiskWithInvalidAnswersIsAnError() throws {
        #expect(Triage.decide(acuteRisk: none, instrument: try instrument(), answers: []).failureValue
            == .wrongCount(instrument: "yesno10", expected: 10, given: 0))
    }

    @Test func givenUrgencyNeedsABoundedReason() {
        #expect(Triage.decide(acuteRisk: none, givenUrgency: .high, reason: "  ").failureValue == .missingReason)
        #expect(Triage.decide(acuteRisk: none, givenUrgency: .high, reason: String(repeating: "x", count: 501)).failureValue == .reasonTooLong(501))
        #expect(Triage.decide(acuteRisk: none, givenUrgency: .high, reason: " flashbacks at night ")
            == .success(.queueWithGivenUrgency(.high, reason: "flashbacks at night")))
    }
}
