import LotseCore
import Testing
@testable import LotseDaemon

/// Quotas by formula as the daemon writes them into the month's problem and explains them.
@Suite struct MonthQuotasTests {
    typealias F = RosterPlanningFixtures

    static let configuration = """
        [district]
        municipalities = ludwigsburg, remseck, asperg
        population.ludwigsburg = 1000
        population.remseck = 3000
        population.asperg = 500
        [planning]
        quota_weight = population
        quota.asperg = 2

        """

    @Test func theMonthsSlotsAreSharedByPopulationAndTheWaitingReasonSaysHow() throws {
        let config = try Configuration.parse(Self.configuration, file: "lotse.conf", baseDirectory: "")
        let slots = (1...4).map { F.slot(session: Int64($0), day: $0 + 1, hour: 10) }
        let referrals = try (1...3).map { try F.referral(Int64($0), caseworker: "cw\($0)", municipality: "ludwigsburg") }
        // Asperg keeps its static 2; the other 2 of 4 slots go 1000 : 3000 → 0.5 : 1.5, the tie to Remseck.
        let quotas = MonthQuotas(configuration: config, monthSlots: slots.count, waiting: referrals)
        let ludwigsburg = try #require(MunicipalityID("ludwigsburg")), remseck = try #require(MunicipalityID("remseck"))
        let asperg = try #require(MunicipalityID("asperg"))
        #expect(quotas.limits == [ludwigsburg: 0, remseck: 2, asperg: 2])
        let ten = MonthQuotas(configuration: config, monthSlots: 10, waiting: referrals)
        #expect(ten.limits == [ludwigsburg: 2, remseck: 6, asperg: 2])
        let planning = RosterPlanning(month: F.month, weights: PlanningWeights(), quotas: ten.limits, slots: slots,
                                      referrals: referrals, fixed: [], blockedSlots: [])
        let known = Dictionary(uniqueKeysWithValues: referrals.map { ($0.id, $0) })
        let outcome = planning.solve(knownReferrals: known)
        #expect(outcome.entries.count == 2)
        let reasons = ten.explained(outcome.reasons, referrals: known)
        #expect(reasons.map(\.reason) == ["quota-exhausted"])
        #expect(reasons.first?.detail == "Ludwigsburg's share this month is 2 of 10 slots: 0 base + 2 by population")
        #expect(ten.exhaustedSentence(ludwigsburg, language: .de)
            == "der Anteil der Gemeinde Ludwigsburg beträgt in diesem Monat 2 von 10 Terminen: 0 Sockel + 2 nach Einwohnerzahl")
        #expect(ten.exhaustedSentence(asperg, language: .en) == nil)
    }
}
