/// The Lagrangian branch-and-bound behind `PlanSolver` (the method is described at the top
/// of PlanSolver.swift). One value holds the compiled instance, the prices and the best
/// plan; `run()` returns that plan with a proven bound.
struct PlanSearch {
    /// Weights are multiplied by this, so that prices can be fractions of a point.
    static let scale = 1024

    struct Result {
        var refSlot: [Int32]
        var bound: Int
        var nodes: Int
    }

    /// What a branch-and-bound node fixes: pairs forced into the plan and pairs forbidden.
    struct Node {
        var forced: [(r: Int32, s: Int32)] = []
        var forbidden: Set<Int> = []
        /// Bound of the parent; the node's region can be worth at most this.
        var parentBound: Int
    }

    /// A node's consequences, precomputed for fast pair tests.
    struct Context {
        var refOut: [Bool]
        var slotOut: [Bool]
        var quotaLeft: [Int]
        var blocks: [[(start: Int, end: Int)]]   // per caseworker, intervals taken by forced pairs
        var forbidden: Set<Int>
        var constant: Int                          // Σ w of forced pairs
        var forced: [(r: Int32, s: Int32)]
    }

    let inst: PlanInstance
    let options: PlanSolverOptions
    let unitOfRef: [Int32]
    let unitCount: Int
    let municipalityOfUnit: [Int32]
    var cwLambda: [[(t: Int, v: Int)]]
    var clientLambda: [Int]
    var incumbent: [Int32]
    var incumbentValue = 0
    var nodes = 0
    /// Slots processed by flow solves so far, against `options.maxFlowWork`.
    var flowWork = 0
    /// The pricing flow of the node being evaluated, kept so that the next subgradient step
    /// re-solves only what its price change invalidated (nil: solve cold).
    var warmFlow: AssignmentFlow?

    /// True once the deterministic effort budget is used up.
    var budgetSpent: Bool { flowWork >= max(options.minimumFlowWork, options.flowSolveBudget * inst.m) }

    init(_ inst: PlanInstance, options: PlanSolverOptions) {
        self.inst = inst
        self.options = options
        var unitOfRef = [Int32](repeating: -1, count: inst.n)
        var municipalityOfUnit: [Int32] = []
        var clientUnit = [Int32](repeating: -1, count: inst.clientNames.count)
        for r in 0..<inst.n {
            let c = Int(inst.refClient[r])
            if c >= 0 && !inst.clientSpansMunicipalities[c] {
                if clientUnit[c] < 0 {
                    clientUnit[c] = Int32(municipalityOfUnit.count)
                    municipalityOfUnit.append(inst.refMunicipality[r])
                }
                unitOfRef[r] = clientUnit[c]
            } else {
                unitOfRef[r] = Int32(municipalityOfUnit.count)
                municipalityOfUnit.append(inst.refMunicipality[r])
            }
        }
        self.unitOfRef = unitOfRef
        self.unitCount = municipalityOfUnit.count
        self.municipalityOfUnit = municipalityOfUnit
        cwLambda = Array(repeating: [], count: inst.caseworkerNames.count)
        clientLambda = Array(repeating: 0, count: inst.clientNames.count)
        incumbent = Array(repeating: -1, count: inst.n)
    }

    // MARK: - Node context and pair tests

    func context(_ node: Node) -> Context {
        var refOut = [Bool](repeating: false, count: inst.n)
        var slotOut = [Bool](repeating: false, count: inst.m)
        var quotaLeft = inst.municipalityQuota
        var blocks = [[(start: Int, end: Int)]](repeating: [], count: inst.caseworkerNames.count)
        var constant = 0
        for (r32, s32) in node.forced {
            let r = Int(r32), s = Int(s32)
            refOut[r] = true
            slotOut[s] = true
            constant += inst.weight(r, s)
            let c = Int(inst.refClient[r])
            if c >= 0 { for o in inst.clientReferrals[c] { refOut[Int(o)] = true } }
            let mu = Int(inst.refMunicipality[r])
            if quotaLeft[mu] > 0 { quotaLeft[mu] -= 1 }
            blocks[Int(inst.refCaseworker[r])].append((inst.slotStart[s], inst.slotEnd[s]))
        }
        return Context(refOut: refOut, slotOut: slotOut, quotaLeft: quotaLeft, blocks: blocks,
                       forbidden: node.forbidden, constant: constant, forced: node.forced)
    }

    /// Whether the node allows pair (r, s), given that language and kind already match.
    @inline(__always) func allowed(_ ctx: Context, _ r: Int, _ s: Int) -> Bool {
        if ctx.refOut[r] || ctx.slotOut[s] { return false }
        if !inst.dateAndSpecialistAllow(r, s) { return false }
        if ctx.quotaLeft[Int(inst.refMunicipality[r])] == 0 { return false }
        let b = ctx.blocks[Int(inst.refCaseworker[r])]
        if !b.isEmpty {
            let a = inst.slotStart[s], e = inst.slotEnd[s]
            for iv in b where a < iv.end && iv.start < e { return false }
        }
        if !ctx.forbidden.isEmpty && ctx.forbidden.contains(r * inst.m + s) { return false }
        return true
    }

    /// The price charged on pair (r, s): λ of the caseworker's time points inside the slot,
    /// plus λ of a client spread over municipalities.
    @inline(__always) func penalty(_ r: Int, _ s: Int) -> Int {
        var p = 0
        let list = cwLambda[Int(inst.refCaseworker[r])]
        if !list.isEmpty {
            let a = inst.slotStart[s], e = inst.slotEnd[s]
            for (t, v) in list where t >= a && t < e { p += v }
        }
        let c = inst.refClient[r]
        if c >= 0 { p += clientLambda[Int(c)] }
        return p
    }

    @inline(__always) func profit(_ r: Int, _ s: Int) -> Int {
        inst.weight(r, s) * Self.scale - penalty(r, s)
    }

    // MARK: - Candidates

    /// The explicit edges: for every slot and every group (language, kind, urgency) it
    /// serves, the group's best referrals plus a window of referrals at the slot's rank in
    /// the group, so that competing slots see different referrals; and the referrals that
    /// prefer the slot's specialist. Pricing adds whatever else turns out to matter.
    func candidates(_ ctx: Context) -> [[Int32]] {
        let k = max(1, options.candidatesPerSlot)
        var found = [[(Int, Int32)]](repeating: [], count: inst.m)
        for lk in 0..<inst.slotsByLanguageKind.count {
            let slots = inst.slotsByLanguageKind[lk]
            if slots.isEmpty { continue }
            for u in 0..<3 {
                let refs = inst.referralsByGroup[lk * 3 + u]
                if refs.isEmpty { continue }
                for (i, s32) in slots.enumerated() {
                    let s = Int(s32)
                    if ctx.slotOut[s] { continue }
                    var taken = 0
                    var j = 0
                    while j < refs.count && taken < k {
                        let r = Int(refs[j])
                        if allowed(ctx, r, s) { found[s].append((profit(r, s), refs[j])); taken += 1 }
                        j += 1
                    }
                    if j < refs.count {
                        j = max(j, min(i, refs.count - k))
                        taken = 0
                        while j < refs.count && taken < k {
                            let r = Int(refs[j])
                            if allowed(ctx, r, s) { found[s].append((profit(r, s), refs[j])); taken += 1 }
                            j += 1
                        }
                    }
                }
            }
        }
        var lists = [[Int32]](repeating: [], count: inst.m)
        for s in 0..<inst.m where !ctx.slotOut[s] {
            let mask = inst.slotKindMask[s]
            var taken = 0
            for r32 in inst.referralsByPreferred[Int(inst.slotSpecialist[s])] {
                let r = Int(r32)
                let l = inst.refLanguage[r]
                if !inst.slotLanguages[s].contains(l) || mask & (1 << inst.refKind[r]) == 0 || !allowed(ctx, r, s) { continue }
                found[s].append((profit(r, s), r32))
                taken += 1
                if taken >= k { break }
            }
            found[s].sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
            var list: [Int32] = []
            var last: Int32 = -1
            for (_, r) in found[s] where r != last {
                list.append(r)
                last = r
            }
            lists[s] = list
        }
        return lists
    }

    // MARK: - Lagrangian subproblem

    struct Relaxation {
        var flow: FlowOutput
        /// Proven upper bound of the node (scaled, includes forced pairs and Σλ).
        var boundScaled: Int
    }

    /// Solves the relaxed problem on the candidates, prices all pairs, adds the pairs that
    /// price out and re-solves, a few rounds; returns the flow and the valid bound.
    mutating func relax(_ ctx: Context, _ cands: inout [[Int32]]) -> Relaxation {
        var round = 0
        while true {
            round += 1
            let flow = solvePricingFlow(ctx, cands)
            let (bound, violators) = price(ctx, flow)
            if violators.isEmpty || round >= 6 || budgetSpent {
                return Relaxation(flow: flow, boundScaled: bound)
            }
            for (r, s) in violators where !cands[Int(s)].contains(r) { cands[Int(s)].append(r) }
        }
    }

    /// The bound for slot prices from `flow` (valid whatever they are) and the referrals
    /// whose best pair beats their current dual (pairs the candidate set lacks).
    func price(_ ctx: Context, _ flow: FlowOutput) -> (Int, [(Int32, Int32)]) {
        let m = inst.m, n = inst.n, S = Self.scale
        var z = [Int](repeating: 0, count: m)
        var total = ctx.constant * S
        for s in 0..<m where !ctx.slotOut[s] {
            z[s] = max(0, -flow.potential[s])
            total += z[s]
        }
        for list in cwLambda { for e in list { total += e.v } }
        for v in clientLambda { total += v }
        // Slot lists per (language, kind, urgency), by −lateness·week·S − z descending.
        let (sorted, keyOf) = slotLists(ctx, z)
        var unitBest = [Int](repeating: 0, count: unitCount)
        var violators: [(Int32, Int32)] = []
        let p = flow.potential
        let unitBase = m + n, muniBase = m + n + unitCount
        var unitUsed = [Bool](repeating: false, count: unitCount)
        for r in 0..<n where flow.refSlot[r] >= 0 { unitUsed[Int(unitOfRef[r])] = true }
        for r in 0..<n where !ctx.refOut[r] && inst.refLanguage[r] >= 0 {
            let g = (Int(inst.refLanguage[r]) * 3 + Int(inst.refKind[r])) * 3 + Int(inst.refUrgency[r])
            let a = inst.refBase[r] * S
            let contMax = inst.refPreferred[r] >= 0 ? inst.continuity * S : 0
            // The dual this referral already carries in the flow.
            let u = Int(unitOfRef[r])
            let dual: Int
            if flow.refSlot[r] >= 0 { dual = p[m + r] } else if unitUsed[u] { dual = p[unitBase + u] } else {
                dual = p[muniBase + Int(municipalityOfUnit[u])]
            }
            var best = Int.min
            var found: [(Int, Int32)] = []
            var extra = 0
            let list = sorted[g], keys = keyOf[g]
            for i in 0..<list.count {
                let ub = a + keys[i] + contMax
                if best != Int.min && ub <= best {
                    if found.count >= 32 || ub <= dual || extra >= 128 { break }
                    extra += 1
                }
                let s = Int(list[i])
                if !allowed(ctx, r, s) { continue }
                let v = profit(r, s) - z[s]
                if v > best { best = v }
                if v > dual && flow.refSlot[r] != list[i] && found.count < 32 { found.append((v, list[i])) }
            }
            if best == Int.min || best <= 0 { continue }
            if best > unitBest[u] { unitBest[u] = best }
            for (_, s) in found { violators.append((Int32(r), s)) }
        }
        var byMuni = [[Int]](repeating: [], count: inst.municipalityNames.count)
        for u in 0..<unitCount where unitBest[u] > 0 { byMuni[Int(municipalityOfUnit[u])].append(unitBest[u]) }
        for mu in 0..<byMuni.count {
            let q = ctx.quotaLeft[mu]
            if q < 0 || byMuni[mu].count <= q {
                for v in byMuni[mu] { total += v }
            } else {
                byMuni[mu].sort(by: >)
                for v in byMuni[mu].prefix(q) { total += v }
            }
        }
        return (total, violators)
    }

    /// For every (language, kind, urgency) group with referrals, its open slots by
    /// −lateness·week·S − z descending (ties by slot), and those keys: the order in which
    /// `price` and `slotPriceBound` look for a referral's best slot.
    func slotLists(_ ctx: Context, _ z: [Int]) -> (sorted: [[Int32]], keyOf: [[Int]]) {
        let S = Self.scale
        let groupCount = inst.referralsByGroup.count
        var sorted = [[Int32]](repeating: [], count: groupCount)
        var keyOf = [[Int]](repeating: [], count: groupCount)
        for g in 0..<groupCount where !inst.referralsByGroup[g].isEmpty {
            let lk = g / 3, u = g % 3
            let late = inst.lateness[u] * S
            var items: [(Int, Int32)] = []
            items.reserveCapacity(inst.slotsByLanguageKind[lk].count)
            for s32 in inst.slotsByLanguageKind[lk] where !ctx.slotOut[Int(s32)] {
                items.append((-late * Int(inst.slotWeek[Int(s32)]) - z[Int(s32)], s32))
            }
            items.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
            sorted[g] = items.map(\.1)
            keyOf[g] = items.map(\.0)
        }
        return (sorted, keyOf)
    }

    /// The bound for given slot prices z (same relaxation as `price`), and for every slot
    /// how many chosen referrals claim it: `1 − claims` is a subgradient in z.
    func slotPriceBound(_ ctx: Context, _ z: [Int]) -> (Int, [Int]) {
        let m = inst.m, n = inst.n, S = Self.scale
        var total = ctx.constant * S
        for s in 0..<m where !ctx.slotOut[s] { total += z[s] }
        for list in cwLambda { for e in list { total += e.v } }
        for v in clientLambda { total += v }
        let (sorted, keyOf) = slotLists(ctx, z)
        var unitBest = [Int](repeating: 0, count: unitCount)
        var unitSlot = [Int32](repeating: -1, count: unitCount)
        for r in 0..<n where !ctx.refOut[r] && inst.refLanguage[r] >= 0 {
            let g = (Int(inst.refLanguage[r]) * 3 + Int(inst.refKind[r])) * 3 + Int(inst.refUrgency[r])
            let a = inst.refBase[r] * S
            let contMax = inst.refPreferred[r] >= 0 ? inst.continuity * S : 0
            var best = Int.min
            var bestSlot: Int32 = -1
            let list = sorted[g], keys = keyOf[g]
            for i in 0..<list.count {
                if best != Int.min && a + keys[i] + contMax <= best { break }
                let s = Int(list[i])
                if !allowed(ctx, r, s) { continue }
                let v = profit(r, s) - z[s]
                if v > best { best = v; bestSlot = list[i] }
            }
            let u = Int(unitOfRef[r])
            if best > unitBest[u] { unitBest[u] = best; unitSlot[u] = bestSlot }
        }
        var claims = [Int](repeating: 0, count: m)
        var byMuni = [[(Int, Int)]](repeating: [], count: inst.municipalityNames.count)
        for u in 0..<unitCount where unitBest[u] > 0 { byMuni[Int(municipalityOfUnit[u])].append((unitBest[u], u)) }
        for mu in 0..<byMuni.count {
            let q = ctx.quotaLeft[mu]
            var chosen = byMuni[mu]
            if q >= 0 && chosen.count > q {
                chosen.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
                chosen = Array(chosen.prefix(q))
            }
            for (v, u) in chosen {
                total += v
                claims[Int(unitSlot[u])] += 1
            }
        }
        return (total, claims)
    }

    /// Lowers the bound by subgradient steps on the slot prices alone (no flow solves):
    /// useful when the effort budget ends before pricing has converged. Returns the best
    /// (smallest) scaled bound met, each one valid.
    func descendSlotPrices(_ ctx: Context, _ flow: FlowOutput, steps: Int) -> Int {
        var z = [Int](repeating: 0, count: inst.m)
        for s in 0..<inst.m where !ctx.slotOut[s] { z[s] = max(0, -flow.potential[s]) }
        var best = Int.max
        var theta = 1.0
        var sinceBest = 0
        let target = (incumbentValue + 1) * Self.scale
        for _ in 0..<steps {
            let (bound, claims) = slotPriceBound(ctx, z)
            if bound < best { best = bound; sinceBest = 0 } else {
                sinceBest += 1
                if sinceBest % 3 == 0 { theta *= 0.5 }
            }
            if best <= target { break }
            var norm = 0.0
            for s in 0..<inst.m where !ctx.slotOut[s] {
                let g = 1 - claims[s]
                if g < 0 || (g > 0 && z[s] > 0) { norm += Double(g * g) }
            }
            if norm == 0 { break }
            let t = theta * Double(bound - target) / norm
            for s in 0..<inst.m where !ctx.slotOut[s] {
                let g = 1 - claims[s]
                z[s] = max(0, z[s] - roundToInt(t * Double(g)))
            }
        }
        return best
    }

    // MARK: - Primal repair

    /// A plan under construction, checking constraints 1 and 6–8 as pairs are added.
    struct PlanBuilder {
        let inst: PlanInstance
        var refSlot: [Int32]
        var clientUsed: [Bool]
        var muniUsed: [Int]
        var cwSlots: [[Int32]]
        var slotTaken: [Bool]
        var value = 0

        init(_ inst: PlanInstance) {
            self.inst = inst
            refSlot = Array(repeating: -1, count: inst.n)
            clientUsed = Array(repeating: false, count: inst.clientNames.count)
            muniUsed = Array(repeating: 0, count: inst.municipalityNames.count)
            cwSlots = Array(repeating: [], count: inst.caseworkerNames.count)
            slotTaken = Array(repeating: false, count: inst.m)
        }

        func fits(_ r: Int, _ s: Int) -> Bool {
            if refSlot[r] >= 0 || slotTaken[s] { return false }
            let c = Int(inst.refClient[r])
            if c >= 0 && clientUsed[c] { return false }
            let mu = Int(inst.refMunicipality[r])
            let q = inst.municipalityQuota[mu]
            if q >= 0 && muniUsed[mu] >= q { return false }
            for o in cwSlots[Int(inst.refCaseworker[r])] where inst.overlap(Int(o), s) { return false }
            return true
        }

        mutating func take(_ r: Int, _ s: Int) {
            refSlot[r] = Int32(s)
            slotTaken[s] = true
            let c = Int(inst.refClient[r])
            if c >= 0 { clientUsed[c] = true }
            muniUsed[Int(inst.refMunicipality[r])] += 1
            cwSlots[Int(inst.refCaseworker[r])].append(Int32(s))
            value += inst.weight(r, s)
        }
    }

    /// Solves the priced flow of the node being evaluated, warm from the previous solve of
    /// the same node. Effort counts the slots actually re-augmented (at least a quarter of
    /// the slots, for the edge scans every solve makes).
    mutating func solvePricingFlow(_ ctx: Context, _ cands: [[Int32]]) -> FlowOutput {
        let input = flowInput(ctx, cands, priced: true)
        if var flow = warmFlow {
            warmFlow = nil
            let out = flow.solveWarm(input)
            flowWork += max(flow.augmented, inst.m / 4)
            warmFlow = flow
            return out
        }
        flowWork += inst.m
        var flow = AssignmentFlow(m: input.m, n: input.n, unitCount: input.unitCount, municipalityCount: input.municipalityCount)
        let out = flow.solveCold(input)
        warmFlow = flow
        return out
    }

    /// Solves the flow of a node on the candidates, with Lagrange prices or with the plain weights.
    mutating func solveFlow(_ ctx: Context, _ cands: [[Int32]], priced: Bool) -> FlowOutput {
        flowWork += inst.m
        return AssignmentFlow.solve(flowInput(ctx, cands, priced: priced))
    }

    /// The flow network of a node on the candidates.
    func flowInput(_ ctx: Context, _ cands: [[Int32]], priced: Bool) -> FlowInput {
        var edgeStart = [Int](repeating: 0, count: inst.m + 1)
        var edgeRef: [Int32] = []
        var edgeProfit: [Int] = []
        for s in 0..<inst.m {
            edgeStart[s] = edgeRef.count
            if ctx.slotOut[s] { continue }
            for r32 in cands[s] {
                let r = Int(r32)
                if !priced && !allowed(ctx, r, s) { continue }
                edgeRef.append(r32)
                edgeProfit.append(priced ? profit(r, s) : inst.weight(r, s) * Self.scale)
            }
        }
        edgeStart[inst.m] = edgeRef.count
        return FlowInput(m: inst.m, n: inst.n, unitCount: unitCount,
                              municipalityCount: inst.municipalityNames.count, edgeStart: edgeStart,
                              edgeRef: edgeRef, edgeProfit: edgeProfit, unitOfRef: unitOfRef,
                              municipalityOfUnit: municipalityOfUnit, quota: ctx.quotaLeft,
                              slotActive: ctx.slotOut.map { !$0 })
    }

    /// Removes caseworker clashes from a relaxed solution where a cheap exchange does it:
    /// one of the two clashing referrals moves to another slot (free, or swapped with its
    /// holder), choosing the exchange that loses least. Degenerate optima (many slots of
    /// equal worth) usually have such an exchange at no loss at all.
    func swapRepair(_ ctx: Context, _ slotRefIn: [Int32]) -> [Int32] {
        var slotRef = slotRefIn
        var byCW = [[Int32]](repeating: [], count: inst.caseworkerNames.count)
        for s in 0..<inst.m where slotRef[s] >= 0 { byCW[Int(inst.refCaseworker[Int(slotRef[s])])].append(Int32(s)) }
        func clashFree(_ r: Int, _ s: Int, ignoring: Int) -> Bool {
            for o in byCW[Int(inst.refCaseworker[r])] where Int(o) != ignoring && inst.overlap(Int(o), s) { return false }
            return true
        }
        func pairOK(_ r: Int, _ s: Int) -> Bool {
            inst.compatible(r, s) && allowed(ctx, r, s)
        }
        for k in 0..<byCW.count where byCW[k].count > 1 {
            var guardCount = 0
            var i = 0
            while i < byCW[k].count && guardCount < 64 {
                guardCount += 1
                let a = Int(byCW[k][i])
                var clash = -1
                for o in byCW[k] where Int(o) != a && inst.overlap(Int(o), a) { clash = Int(o); break }
                if clash < 0 { i += 1; continue }
                // Move the referral in the lighter of the two slots.
                let wa = inst.weight(Int(slotRef[a]), a), wc = inst.weight(Int(slotRef[clash]), clash)
                let s2 = wa <= wc ? a : clash
                let r2 = Int(slotRef[s2])
                var bestDelta = Int.min
                var bestSlot = -1
                for s3 in 0..<inst.m where s3 != s2 && !ctx.slotOut[s3] {
                    guard pairOK(r2, s3), clashFree(r2, s3, ignoring: s2) else { continue }
                    let r3 = Int(slotRef[s3])
                    var delta = inst.weight(r2, s3) - inst.weight(r2, s2)
                    if r3 >= 0 {
                        if inst.refCaseworker[r3] == inst.refCaseworker[r2] { continue }
                        guard pairOK(r3, s2), clashFree(r3, s2, ignoring: s3) else { continue }
                        delta += inst.weight(r3, s2) - inst.weight(r3, s3)
                    }
                    if delta > bestDelta { bestDelta = delta; bestSlot = s3 }
                    if delta >= 0 && r3 < 0 { break }
                }
                if bestSlot < 0 || bestDelta <= -inst.weight(r2, s2) { i += 1; continue }
                let r3 = Int(slotRef[bestSlot])
                slotRef[bestSlot] = Int32(r2)
                slotRef[s2] = r3 >= 0 ? Int32(r3) : -1
                if let j = byCW[k].firstIndex(of: Int32(s2)) { byCW[k][j] = Int32(bestSlot) }
                if r3 >= 0 {
                    let k3 = Int(inst.refCaseworker[r3])
                    if let j = byCW[k3].firstIndex(of: Int32(bestSlot)) { byCW[k3][j] = Int32(s2) }
                }
                i = 0
            }
        }
        return slotRef
    }

    /// A feasible plan from a relaxed solution ("fix and resolve"): keep the relaxed pairs
    /// that fit together, heaviest first; fix them, re-solve the flow for what is left
    /// without the pairs they rule out, and repeat; finally fill free slots from the
    /// candidates. Updates the incumbent when the plan is better.
    mutating func repair(_ ctx: Context, _ flow: FlowOutput, _ cands: [[Int32]], rounds: Int) {
        var forced = ctx.forced
        var current = flow
        var builder = PlanBuilder(inst)
        for round in 0..<max(1, rounds) {
            builder = PlanBuilder(inst)
            for (r, s) in forced { builder.take(Int(r), Int(s)) }
            var pairs: [(Int, Int32, Int32)] = []
            let repaired = swapRepair(ctx, current.slotRef)
            for s in 0..<inst.m where repaired[s] >= 0 {
                let r = Int(repaired[s])
                pairs.append((inst.weight(r, s), Int32(r), Int32(s)))
            }
            pairs.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1 != $1.1 ? $0.1 < $1.1 : $0.2 < $1.2) }
            var dropped = false
            var accepted: [(r: Int32, s: Int32)] = []
            for (_, r, s) in pairs {
                if builder.fits(Int(r), Int(s)) {
                    builder.take(Int(r), Int(s))
                    accepted.append((r, s))
                } else {
                    dropped = true
                }
            }
            if !dropped || round == rounds - 1 || budgetSpent { break }
            forced += accepted
            let next = context(Node(forced: forced, forbidden: ctx.forbidden, parentBound: 0))
            current = solveFlow(next, cands, priced: false)
        }
        var fill: [(Int, Int32, Int32)] = []
        for s in 0..<inst.m where !builder.slotTaken[s] && !ctx.slotOut[s] {
            for r in cands[s] where builder.refSlot[Int(r)] < 0 { fill.append((inst.weight(Int(r), s), r, Int32(s))) }
        }
        fill.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1 != $1.1 ? $0.1 < $1.1 : $0.2 < $1.2) }
        for (_, r, s) in fill where !ctx.refOut[Int(r)] && builder.fits(Int(r), Int(s)) { builder.take(Int(r), Int(s)) }
        if builder.value > incumbentValue || (incumbentValue == 0 && builder.value > 0) {
            incumbentValue = builder.value
            incumbent = builder.refSlot
        }
    }

    // MARK: - Violations and subgradient

    /// Relaxed constraints the flow breaks: (caseworker, point, count) and (client, count).
    func violations(_ flow: FlowOutput) -> (cw: [(k: Int, t: Int, count: Int)], clients: [(c: Int, count: Int)]) {
        var byCW = [[Int32]](repeating: [], count: inst.caseworkerNames.count)
        var touched: [Int] = []
        for s in 0..<inst.m where flow.slotRef[s] >= 0 {
            let k = Int(inst.refCaseworker[Int(flow.slotRef[s])])
            if byCW[k].isEmpty { touched.append(k) }
            byCW[k].append(Int32(s))
        }
        touched.sort()
        var cw: [(k: Int, t: Int, count: Int)] = []
        for k in touched where byCW[k].count > 1 {
            let slots = byCW[k]
            for s in slots {
                let t = inst.slotStart[Int(s)]
                var count = 0
                for o in slots where inst.slotStart[Int(o)] <= t && t < inst.slotEnd[Int(o)] { count += 1 }
                if count > 1 && !cw.contains(where: { $0.k == k && $0.t == t }) { cw.append((k, t, count)) }
            }
        }
        var clients: [(c: Int, count: Int)] = []
        var clientCount = [Int](repeating: 0, count: inst.clientNames.count)
        for r in 0..<inst.n where flow.refSlot[r] >= 0 && inst.refClient[r] >= 0 {
            let c = Int(inst.refClient[r])
            if inst.clientSpansMunicipalities[c] { clientCount[c] += 1 }
        }
        for c in 0..<clientCount.count where clientCount[c] > 1 { clients.append((c, clientCount[c])) }
        return (cw, clients)
    }

    /// One subgradient step on λ toward the target value `target` (scaled).
    mutating func step(_ flow: FlowOutput, boundScaled: Int, targetScaled: Int, theta: Double) -> Bool {
        let (cw, clients) = violations(flow)
        // Subgradient components: violated points (g = 1 − count < 0) and priced points.
        var assignedByCW = [[Int32]](repeating: [], count: inst.caseworkerNames.count)
        for s in 0..<inst.m where flow.slotRef[s] >= 0 {
            assignedByCW[Int(inst.refCaseworker[Int(flow.slotRef[s])])].append(Int32(s))
        }
        var norm = 0.0
        var updates: [(k: Int, t: Int, g: Int)] = []
        for v in cw { updates.append((v.k, v.t, 1 - v.count)) }
        for k in 0..<cwLambda.count {
            for e in cwLambda[k] where e.v > 0 {
                if cw.contains(where: { $0.k == k && $0.t == e.t }) { continue }
                var count = 0
                for o in assignedByCW[k] where inst.slotStart[Int(o)] <= e.t && e.t < inst.slotEnd[Int(o)] { count += 1 }
                updates.append((k, e.t, 1 - count))
            }
        }
        var clientUpdates: [(c: Int, g: Int)] = clients.map { ($0.c, 1 - $0.count) }
        var clientCount = [Int](repeating: 0, count: inst.clientNames.count)
        for r in 0..<inst.n where flow.refSlot[r] >= 0 && inst.refClient[r] >= 0 { clientCount[Int(inst.refClient[r])] += 1 }
        for c in 0..<clientLambda.count where clientLambda[c] > 0 && clientCount[c] <= 1 {
            clientUpdates.append((c, 1 - clientCount[c]))
        }
        for u in updates { norm += Double(u.g * u.g) }
        for u in clientUpdates { norm += Double(u.g * u.g) }
        if norm == 0 { return false }
        let gap = Double(max(min(boundScaled - targetScaled, boundScaled / 2000), Self.scale / 8))
        let t = theta * gap / norm
        var changed = false
        for u in updates {
            let delta = roundToInt(t * Double(-u.g))
            if delta == 0 { continue }
            var list = cwLambda[u.k]
            if let i = list.firstIndex(where: { $0.t == u.t }) {
                let nv = max(0, list[i].v + delta)
                if nv != list[i].v { changed = true }
                if nv == 0 { list.remove(at: i) } else { list[i].v = nv }
            } else if delta > 0 {
                let i = list.firstIndex(where: { $0.t > u.t }) ?? list.count
                list.insert((u.t, delta), at: i)
                changed = true
            }
            cwLambda[u.k] = list
        }
        for u in clientUpdates {
            let delta = roundToInt(t * Double(-u.g))
            let nv = max(0, clientLambda[u.c] + delta)
            if nv != clientLambda[u.c] { changed = true }
            clientLambda[u.c] = nv
        }
        return changed
    }

    // MARK: - Node evaluation and search

    /// Runs the Lagrangian at a node. Returns the node's bound (unscaled) and the flow of
    /// the last iteration, for branching.
    mutating func evaluate(_ node: Node, iterations: Int) -> (bound: Int, flow: FlowOutput?, ctx: Context) {
        let ctx = context(node)
        var cands = candidates(ctx)
        warmFlow = nil
        var best = Int.max
        var lastFlow: FlowOutput?
        var theta = 1.0
        var stall = 0
        let stallLimit = iterations >= options.rootIterations ? 12 : 6
        for _ in 0..<max(1, iterations) {
            if budgetSpent && lastFlow != nil { break }
            let rel = relax(ctx, &cands)
            lastFlow = rel.flow
            let b = floorDiv(rel.boundScaled, Self.scale)
            if b < best { best = b; stall = 0 } else { stall += 1 }
            repair(ctx, rel.flow, cands, rounds: 4)
            if best <= incumbentValue || stall >= stallLimit { break }
            if stall > 0 && stall % 3 == 0 { theta *= 0.5 }
            let target = (incumbentValue + 1) * Self.scale
            if !step(rel.flow, boundScaled: rel.boundScaled, targetScaled: target, theta: theta) { break }
        }
        if budgetSpent, best > incumbentValue, let f = lastFlow {
            best = min(best, floorDiv(descendSlotPrices(ctx, f, steps: 40), Self.scale))
        }
        return (best, lastFlow, ctx)
    }

    /// Rounds half away from zero without libm (LotseCore links no math library).
    static func roundToInt(_ x: Double) -> Int { x >= 0 ? Int(x + 0.5) : -Int(-x + 0.5) }

    func roundToInt(_ x: Double) -> Int { Self.roundToInt(x) }

    func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    /// The pair to branch on: one that breaks a relaxed constraint, else the first pair
    /// carrying a price, else the first pair.
    func branchPair(_ flow: FlowOutput) -> (Int32, Int32)? {
        let (cw, clients) = violations(flow)
        if let v = cw.first {
            var best: (Int, Int32, Int32)?
            for s in 0..<inst.m where flow.slotRef[s] >= 0 {
                let r = Int(flow.slotRef[s])
                guard Int(inst.refCaseworker[r]) == v.k, inst.slotStart[s] <= v.t, v.t < inst.slotEnd[s] else { continue }
                let w = inst.weight(r, s)
                if best == nil || w > (best?.0 ?? 0) { best = (w, Int32(r), Int32(s)) }
            }
            if let b = best { return (b.1, b.2) }
        }
        if let c = clients.first {
            for r in inst.clientReferrals[c.c] where flow.refSlot[Int(r)] >= 0 { return (r, flow.refSlot[Int(r)]) }
        }
        var fallback: (Int32, Int32)?
        for s in 0..<inst.m where flow.slotRef[s] >= 0 {
            let r = Int(flow.slotRef[s])
            if penalty(r, s) > 0 { return (Int32(r), Int32(s)) }
            if fallback == nil { fallback = (Int32(r), Int32(s)) }
        }
        return fallback
    }

    /// Improves the best plan by ejection chains (`PlanLocalSearch`), within
    /// `options.localSearchEffort` slot tests per slot.
    mutating func improveIncumbent() {
        var local = PlanLocalSearch(inst, plan: incumbent)
        local.breadth = options.localSearchBreadth
        let plan = local.improve(effort: options.localSearchEffort * inst.m, perChain: options.localSearchChainEffort * inst.m)
        if local.value > incumbentValue {
            incumbentValue = local.value
            incumbent = plan
        }
    }

    mutating func run() -> Result {
        if inst.m == 0 || inst.n == 0 { return Result(refSlot: incumbent, bound: 0, nodes: 0) }
        var stack = [Node(parentBound: Int.max)]
        var rootBound = Int.max
        var openBound = Int.min   // best bound of regions abandoned at the node limit
        while let node = stack.popLast() {
            if node.parentBound <= incumbentValue { continue }
            if nodes >= options.maxNodes || budgetSpent {
                openBound = max(openBound, node.parentBound)
                continue
            }
            nodes += 1
            let isRoot = nodes == 1
            let (bound, flow, _) = evaluate(node, iterations: isRoot ? options.rootIterations : options.nodeIterations)
            let nodeBound = min(bound, node.parentBound)
            if isRoot { rootBound = nodeBound }
            if nodeBound <= incumbentValue { continue }
            guard let f = flow, let (r, s) = branchPair(f) else { continue }
            var forbid = node
            forbid.forbidden.insert(Int(r) * inst.m + Int(s))
            forbid.parentBound = nodeBound
            var force = node
            force.forced.append((r, s))
            force.forbidden = node.forbidden
            force.parentBound = nodeBound
            stack.append(forbid)
            stack.append(force)
        }
        if incumbentValue < min(rootBound, openBound == Int.min ? incumbentValue : openBound) { improveIncumbent() }
        let bound = max(incumbentValue, min(rootBound, openBound == Int.min ? incumbentValue : openBound))
        return Result(refSlot: incumbent, bound: bound, nodes: nodes)
    }
}
