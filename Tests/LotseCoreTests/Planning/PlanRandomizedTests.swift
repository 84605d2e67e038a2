import Testing
@testable import LotseCore

/// Seeded random small problems, solved by the planner and by exhaustive search.
@Suite("Planner against exhaustive search")
struct PlanRandomizedTests {
    static func randomProblem(seed: UInt64) -> PlanProblem {
        var rng = SplitMix64(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
        func chance(_ percent: UInt64) -> Bool { rng.next() % 100 < percent }
        let year = 2026, month = pick([2, 12])
        var weights = PlanWeights()
        if chance(30) {
            for u in 0..<3 {
                weights.urgency[u] = 5 + Int(rng.next() % 60)
                weights.latenessPerWeek[u] = Int(rng.next() % UInt64((weights.urgency[u] - 1) / 4 + 1))
            }
            weights.waitPerWeek = Int(rng.next() % 3)
            weights.waitCapWeeks = Int(rng.next() % 30)
            weights.continuity = Int(rng.next() % 11)
        }
        let languages = ["de", "uk", "ar"]
        let slotCount = 1 + Int(rng.next() % 4), refCount = 1 + Int(rng.next() % 6)
        func day(_ d: Int) -> PlanDate { PlanDate(year: year, month: month, day: d) ?? PlanDate.epoch }
        var slots: [PlanSlot] = []
        for i in 0..<slotCount {
            let start = PlanDateTime(date: day(1 + Int(rng.next() % 28)),
                                     minuteOfDay: (8 + Int(rng.next() % 4)) * 60 + pick([0, 30]))
            var langs = languages.filter { _ in chance(60) }
            if langs.isEmpty { langs = [pick(languages)] }
            var kinds = PlanKind.allCases.filter { _ in chance(60) }
            if kinds.isEmpty { kinds = [pick(PlanKind.allCases)] }
            slots.append(PlanSlot(id: "S\(i + 1)", specialist: pick(["sp-1", "sp-2", "sp-3"]), start: start,
                                  minutes: pick([60, 90]), languages: langs, kinds: kinds))
        }
        var referrals: [PlanReferral] = []
        for i in 0..<refCount {
            let referred = chance(20) ? day(1 + Int(rng.next() % 28))
                : PlanDate(year: 2025, month: 6 + Int(rng.next() % 6), day: 1 + Int(rng.next() % 28)) ?? PlanDate.epoch
            let unavailable = (0..<Int(rng.next() % 3)).map { _ in day(1 + Int(rng.next() % 28)) }
            referrals.append(PlanReferral(
                id: "R\(i + 1)", client: pick(["K1", "K2", "K3", nil]), caseworker: pick(["cw-1", "cw-2"]),
                municipality: pick(["m1", "m2"]), kind: pick(PlanKind.allCases),
                language: chance(8) ? "ti" : pick(languages), urgency: pick(PlanUrgency.allCases), referredOn: referred,
                preferredSpecialist: pick([nil, "sp-1", "sp-2", "sp-3"]), unavailableDates: unavailable,
                excludedSpecialists: chance(20) ? [pick(["sp-1", "sp-2", "sp-3"])] : []))
        }
        var quotas: [(municipality: String, limit: Int)] = []
        for mu in ["m1", "m2"] where chance(40) { quotas.append((mu, Int(rng.next() % 3))) }
        return PlanProblem(month: PlanMonth(clampingYear: year, month: month),
                           weights: weights, quotas: quotas, slots: slots, referrals: referrals)
    }

    @Test func matchesExhaustiveSearchOn240SeededInstances() {
        var provenOptimal = 0
        for seed in 1...240 {
            let problem = Self.randomProblem(seed: UInt64(seed))
            let solution = PlanSolver.solve(problem)
            let optimum = PlanJudge.exhaustiveOptimum(problem)
            #expect(solution.objective == optimum, "seed \(seed)")
            #expect(solution.bound >= solution.objective, "seed \(seed)")
            #expect(PlanJudge.violations(problem, solution).isEmpty, "seed \(seed): \(PlanJudge.violations(problem, solution))")
            if solution.bound == solution.objective { provenOptimal += 1 }
        }
        #expect(provenOptimal == 240)
    }
}
