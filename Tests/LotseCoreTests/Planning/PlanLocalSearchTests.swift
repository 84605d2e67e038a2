import Testing
@testable import LotseCore

/// The ejection-chain improvement of a plan: it must never break a constraint or lose,
/// and it must find the chains that single exchanges miss.
@Suite("Planner ejection chains")
struct PlanLocalSearchTests {
    /// The plan as a solution, so the independent judge can check it.
    static func solution(_ inst: PlanInstance, _ plan: [Int32]) -> PlanSolution {
        PlanReasons.solution(inst, refSlot: plan, bound: Int.max / 4, nodes: 0)
    }

    /// A plan taking referrals in the given order wherever they first fit.
    static func greedy(_ inst: PlanInstance, order: [Int]) -> [Int32] {
        var builder = PlanSearch.PlanBuilder(inst)
        for r in order {
            for s in 0..<inst.m where inst.compatible(r, s) && builder.fits(r, s) {
                builder.take(r, s)
                break
            }
        }
        return builder.refSlot
    }

    @Test func chainMovesTheHolderAsideToAdmitAnUrgentReferral() {
        let p = PlanBuild.problem(
            slots: [PlanBuild.slot("S1", "sp-1", "2026-12-01T10:00"),
                    PlanBuild.slot("S2", "sp-2", "2026-12-01T14:00", kinds: [.assessment])],
            referrals: [PlanBuild.referral("R1", caseworker: "cw-1", kind: .assessment),
                        PlanBuild.referral("R2", caseworker: "cw-2", kind: .consultation, urgency: .high)])
        let inst = PlanInstance(p)
        var local = PlanLocalSearch(inst, plan: [0, -1])
        let plan = local.improve(effort: 10_000, perChain: 1_000)
        #expect(plan == [1, 0])
        #expect(local.value == p.weight(p.referrals[0], p.slots[1]) + p.weight(p.referrals[1], p.slots[0]))
    }

    @Test func chainMovesTheCaseworkersOtherReferralOutOfTheWay() {
        // R2 (urgent) fits only S1; S1 overlaps S2, where R1 of the same caseworker sits;
        // R1 can move to S3 (later, same weight), so the chain plans all three slots' worth.
        let p = PlanBuild.problem(
            slots: [PlanBuild.slot("S1", "sp-1", "2026-12-01T10:00", kinds: [.consultation]),
                    PlanBuild.slot("S2", "sp-2", "2026-12-01T10:30", kinds: [.assessment]),
                    PlanBuild.slot("S3", "sp-2", "2026-12-01T15:00", kinds: [.assessment])],
            referrals: [PlanBuild.referral("R1", caseworker: "cw-1", kind: .assessment),
                        PlanBuild.referral("R2", caseworker: "cw-1", kind: .consultation, urgency: .high)])
        let inst = PlanInstance(p)
        var local = PlanLocalSearch(inst, plan: [1, -1])
        let plan = local.improve(effort: 10_000, perChain: 1_000)
        #expect(plan == [2, 0])
        #expect(Self.solution(inst, plan).objective == local.value)
    }

    @Test func neverBreaksAConstraintNorLosesOn240SeededInstances() {
        for seed in 1...240 {
            let p = PlanRandomizedTests.randomProblem(seed: UInt64(seed))
            let inst = PlanInstance(p)
            for order in [Array(0..<inst.n), Array((0..<inst.n).reversed())] {
                let start = Self.greedy(inst, order: order)
                let before = Self.solution(inst, start).objective
                var local = PlanLocalSearch(inst, plan: start)
                let plan = local.improve(effort: 100_000, perChain: 10_000)
                let after = Self.solution(inst, plan)
                #expect(PlanJudge.violations(p, after).isEmpty, "seed \(seed): \(PlanJudge.violations(p, after))")
                #expect(after.objective == local.value, "seed \(seed)")
                #expect(after.objective >= before, "seed \(seed)")
                #expect(after.objective <= PlanJudge.exhaustiveOptimum(p), "seed \(seed)")
            }
        }
    }
}
