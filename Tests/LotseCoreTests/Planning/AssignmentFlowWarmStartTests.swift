import Testing
@testable import LotseCore

/// The warm-started flow (previous optimum kept, only changed slots re-augmented) must reach
/// the same optimum as a cold solve of the same input, whatever the prices did meanwhile.
@Suite("Planner flow: warm start")
struct AssignmentFlowWarmStartTests {
    /// A random network: slots, referrals grouped into units (a client's referrals), units
    /// in municipalities with or without quota, and edges with profits that may be negative
    /// (prices larger than the weight).
    static func randomInput(_ rng: inout SplitMix64) -> (FlowInput, [[(Int32, Int)]]) {
        func below(_ k: Int) -> Int { Int(rng.next() % UInt64(k)) }
        let m = 2 + below(10), n = 2 + below(14), nm = 1 + below(3)
        var unitOfRef: [Int32] = []
        var muniOfUnit: [Int32] = []
        for _ in 0..<n {
            if !unitOfRef.isEmpty && below(4) == 0 {
                unitOfRef.append(unitOfRef[below(unitOfRef.count)])
            } else {
                unitOfRef.append(Int32(muniOfUnit.count))
                muniOfUnit.append(Int32(below(nm)))
            }
        }
        let quota = (0..<nm).map { _ in below(3) == 0 ? -1 : below(4) }
        var lists: [[(Int32, Int)]] = []
        for _ in 0..<m {
            var list: [(Int32, Int)] = []
            for r in 0..<n where below(3) == 0 { list.append((Int32(r), below(120) - 20)) }
            lists.append(list)
        }
        let input = FlowInput(m: m, n: n, unitCount: muniOfUnit.count, municipalityCount: nm, edgeStart: [],
                              edgeRef: [], edgeProfit: [], unitOfRef: unitOfRef, municipalityOfUnit: muniOfUnit,
                              quota: quota, slotActive: (0..<m).map { _ in below(8) != 0 })
        return (withEdges(input, lists), lists)
    }

    static func withEdges(_ base: FlowInput, _ lists: [[(Int32, Int)]]) -> FlowInput {
        var f = base
        f.edgeStart = [0]
        f.edgeRef = []
        f.edgeProfit = []
        for list in lists {
            for (r, p) in list { f.edgeRef.append(r); f.edgeProfit.append(p) }
            f.edgeStart.append(f.edgeRef.count)
        }
        return f
    }

    /// Checks the flow's plan against the network's limits and returns its profit.
    static func feasibleValue(_ f: FlowInput, _ out: FlowOutput) -> Int? {
        var refUsed = [Bool](repeating: false, count: f.n)
        var unitUsed = [Bool](repeating: false, count: f.unitCount)
        var muniCount = [Int](repeating: 0, count: f.municipalityCount)
        var value = 0
        for s in 0..<f.m where out.slotRef[s] >= 0 {
            let r = Int(out.slotRef[s])
            guard f.slotActive[s], !refUsed[r], out.refSlot[r] == Int32(s) else { return nil }
            refUsed[r] = true
            let u = Int(f.unitOfRef[r])
            guard !unitUsed[u] else { return nil }
            unitUsed[u] = true
            let mi = Int(f.municipalityOfUnit[u])
            muniCount[mi] += 1
            if f.quota[mi] >= 0 && muniCount[mi] > f.quota[mi] { return nil }
            guard let e = (f.edgeStart[s]..<f.edgeStart[s + 1]).first(where: { f.edgeRef[$0] == Int32(r) }) else { return nil }
            value += f.edgeProfit[e]
        }
        return value == out.value ? value : nil
    }

    @Test func warmSolvesMatchColdSolvesAfterEveryPriceChange() {
        for seed in UInt64(1)...300 {
            var rng = SplitMix64(seed: seed)
            var (input, lists) = Self.randomInput(&rng)
            var flow = AssignmentFlow(m: input.m, n: input.n, unitCount: input.unitCount, municipalityCount: input.municipalityCount)
            let first = flow.solveCold(input)
            #expect(Self.feasibleValue(input, first) == AssignmentFlow.solve(input).value, "seed \(seed), cold")
            for step in 0..<8 {
                // Move some prices either way and add a few edges, as a subgradient step and
                // pricing do between two solves of one node.
                for s in 0..<lists.count {
                    for i in lists[s].indices where rng.next() % 4 == 0 {
                        lists[s][i].1 += Int(rng.next() % 61) - 30
                    }
                    if rng.next() % 5 == 0 {
                        let r = Int32(rng.next() % UInt64(input.n))
                        if !lists[s].contains(where: { $0.0 == r }) { lists[s].append((r, Int(rng.next() % 100) - 10)) }
                    }
                }
                input = Self.withEdges(input, lists)
                let warm = flow.solveWarm(input)
                let cold = AssignmentFlow.solve(input)
                #expect(Self.feasibleValue(input, warm) == cold.value, "seed \(seed), step \(step)")
            }
        }
    }
}
