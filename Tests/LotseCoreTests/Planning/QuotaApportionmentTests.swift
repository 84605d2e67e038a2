import Testing
@testable import LotseCore

/// Quotas by formula against cases worked out by hand (base + Hare–Niemeyer).
@Suite struct QuotaApportionmentTests {
    private func id(_ s: String) throws -> MunicipalityID { try #require(MunicipalityID(s)) }

    private func limits(_ rule: QuotaRule, slots: Int, _ weights: [(String, Int)], fixed: [String: Int] = [:]) throws -> [Int] {
        var fixedIDs: [MunicipalityID: Int] = [:]
        for (k, v) in fixed { fixedIDs[try id(k)] = v }
        return QuotaApportionment.shares(rule: rule, slots: slots, weights: try weights.map { (try id($0.0), $0.1) }, fixed: fixedIDs).map(\.limit)
    }

    @Test func largestRemainderGivesTheLeftoverToTheLargestFraction() throws {
        // 12 × (100, 300, 600) / 1000 = 1.2, 3.6, 7.2: whole parts 1, 3, 7; the one left to 0.6.
        #expect(QuotaApportionment.largestRemainder(seats: 12, weights: [100, 300, 600]) == [1, 4, 7])
    }

    @Test func baseFirstThenTheRestByPopulation() throws {
        // 15 slots, base 1 each (3), 12 by population as above: 2, 5, 8.
        let shares = QuotaApportionment.shares(rule: QuotaRule(base: 1, weight: .population), slots: 15,
                                               weights: [(try id("a"), 100), (try id("b"), 300), (try id("c"), 600)], fixed: [:])
        #expect(shares.map(\.limit) == [2, 5, 8])
        #expect(shares.map(\.base) == [1, 1, 1])
        #expect(shares.map(\.proportional) == [1, 4, 7])
        #expect(shares.map(\.limit).reduce(0, +) == 15)
    }

    @Test func equalRemaindersGoToTheLargerWeightThenToTheFirstListed() throws {
        // 2 × (1, 3) / 4 = 0.5, 1.5: remainders equal, the larger weight wins.
        #expect(QuotaApportionment.largestRemainder(seats: 2, weights: [1, 3]) == [0, 2])
        // 4 / 3 each: equal remainders and weights, the first listed wins.
        #expect(try limits(QuotaRule(base: 0, weight: .caseload), slots: 4, [("a", 1), ("b", 1), ("c", 1)]) == [2, 1, 1])
    }

    @Test func aMunicipalityWhoseBaseExceedsItsShareStillGetsTheBase() throws {
        // 10 slots, base 2 × 3 = 6, 4 by population (10, 990, 0): 0.04, 3.96, 0 → 0, 4, 0.
        // The small one's proportional share (0.1 of 10) is below its base; it keeps the base.
        #expect(try limits(QuotaRule(base: 2, weight: .population), slots: 10, [("a", 10), ("b", 990), ("c", 0)]) == [2, 6, 2])
    }

    @Test func tooFewSlotsForEveryBaseAreSharedEquallyLargestWeightFirst() throws {
        // 2 slots, base 1 for 3 municipalities: one each for the two most populous.
        #expect(try limits(QuotaRule(base: 1, weight: .population), slots: 2, [("a", 5), ("b", 50), ("c", 20)]) == [0, 1, 1])
        #expect(try limits(QuotaRule(base: 3, weight: .population), slots: 0, [("a", 5), ("b", 50)]) == [0, 0])
    }

    @Test func staticQuotaWinsAndItsSlotsAreNotSharedAgain() throws {
        // 15 slots, a fixed at 5: 10 left for b and c, base 1 each, 8 by (1, 3) = 2, 6.
        let shares = QuotaApportionment.shares(rule: QuotaRule(base: 1, weight: .population), slots: 15,
                                               weights: [(try id("a"), 1000), (try id("b"), 1), (try id("c"), 3)], fixed: [try id("a"): 5])
        #expect(shares.map(\.limit) == [5, 3, 7])
        #expect(shares[0].isStatic)
    }

    @Test func allZeroWeightsShareEqually() throws {
        #expect(QuotaApportionment.largestRemainder(seats: 5, weights: [0, 0]) == [3, 2])
        #expect(QuotaApportionment.largestRemainder(seats: 0, weights: [4, 2]) == [0, 0])
    }

    @Test func theWaitingReasonSaysHowTheShareCameAbout() throws {
        let share = QuotaShare(municipality: try id("kornwestheim"), limit: 3, base: 1, proportional: 2, isStatic: false)
        #expect(share.exhaustedSentence(name: "Kornwestheim", monthSlots: 15, weight: .population, language: .en)
            == "Kornwestheim's share this month is 3 of 15 slots: 1 base + 2 by population")
        #expect(share.exhaustedSentence(name: "Kornwestheim", monthSlots: 15, weight: .population, language: .de)
            == "der Anteil der Gemeinde Kornwestheim beträgt in diesem Monat 3 von 15 Terminen: 1 Sockel + 2 nach Einwohnerzahl")
    }

    @Test func configurationReadsTheFormulaAndPopulations() throws {
        let text = "[district]\nmunicipalities = a, b\npopulation.a = 100\npopulation.b = 300\n[planning]\nquota_base = 1\nquota_weight = population\nquota.a = 2\n"
        let config = try Configuration.parse(text, file: "x", baseDirectory: "")
        #expect(config.planning.quotaRule == QuotaRule(base: 1, weight: .population))
        #expect(config.district.population[try id("b")] == 300)
        #expect(config.planning.quotas[try id("a")] == 2)
    }

    @Test func configurationRefusesAnIncompleteFormula() throws {
        #expect(ConfigurationFixtures.errorText("[district]\nmunicipalities = a, b\npopulation.a = 100\n[planning]\nquota_weight = population\n")
            == "lotse.conf:5: [planning] quota_weight: population needs [district] population.ID for every municipality; missing: b")
        #expect(ConfigurationFixtures.errorText("[planning]\nquota_weight = population\n")
            == "lotse.conf:2: [planning] quota_weight: population needs the municipalities listed in [district] municipalities")
        #expect(ConfigurationFixtures.errorText("[planning]\nquota_base = 1\n")
            == "lotse.conf:2: [planning] quota_base: needs quota_weight = population or caseload beside it")
        #expect(ConfigurationFixtures.errorText("[district]\nmunicipalities = a\npopulation.z = 1\n")
            == "lotse.conf:3: [district] population.z: \"z\" is not one of the municipalities")
    }
}
