/// Improves a feasible plan by ejection chains: a referral takes a slot, the one referral
/// that stands in its way (the slot's holder, the caseworker's own referral in an
/// overlapping slot, the client's other referral, or a referral of a municipality whose
/// quota is full) is ejected and looks for a place in turn, and so on a few steps deep;
/// the chain is kept as soon as the plan gains. Every step is applied to the real plan
/// and undone when the chain fails, so every kept plan satisfies all eight constraints.
///
/// Why it is needed: the Lagrangian bound is usually the true optimum (checked against an
/// exact MILP solver on small months), and the months are highly degenerate — many slot
/// permutations weigh the same. What the relaxation's plans get wrong is which referrals
/// take part, and swapping one referral in for another usually needs several others of
/// the same caseworkers to shift to equally good slots first, which single exchanges and
/// fix-and-resolve do not find. Effort is counted in slot tests, never the clock.
struct PlanLocalSearch {
    let inst: PlanInstance
    var refSlot: [Int32]
    var slotRef: [Int32]
    /// Assigned slots of every caseworker.
    var cwSlots: [[Int32]]
    /// Assigned referral of every client, -1 for none.
    var clientRef: [Int32]
    var muniUsed: [Int]
    var value = 0
    /// Slot tests made so far; the search stops at `effortLimit`.
    var effort = 0
    var effortLimit = 0
    /// Where the chain being built must stop: one hopeless start cannot use up the effort
    /// that later starts need.
    var chainLimit = 0
    /// Slots already used by the chain being built (a chain never revisits a slot).
    var inChain: [Bool]
    /// Slots of each (language, kind) group ordered by week, so earlier slots come first
    /// for urgent referrals.
    let slotsByGroupByWeek: [[Int32]]
    /// Most candidate slots tried per step, by depth (the first step tries the most).
    var breadth = [24, 8, 4, 3, 2]

    init(_ inst: PlanInstance, plan: [Int32]) {
        self.inst = inst
        refSlot = Array(repeating: -1, count: inst.n)
        slotRef = Array(repeating: -1, count: inst.m)
        cwSlots = Array(repeating: [], count: inst.caseworkerNames.count)
        clientRef = Array(repeating: -1, count: inst.clientNames.count)
        muniUsed = Array(repeating: 0, count: inst.municipalityNames.count)
        inChain = Array(repeating: false, count: inst.m)
        slotsByGroupByWeek = inst.slotsByLanguageKind.map { list in
            list.sorted { inst.slotWeek[Int($0)] != inst.slotWeek[Int($1)] ? inst.slotWeek[Int($0)] < inst.slotWeek[Int($1)] : $0 < $1 }
        }
        for r in 0..<inst.n where plan[r] >= 0 { place(r, Int(plan[r])) }
    }

    // MARK: - Plan changes

    mutating func place(_ r: Int, _ s: Int) {
        refSlot[r] = Int32(s)
        slotRef[s] = Int32(r)
        cwSlots[Int(inst.refCaseworker[r])].append(Int32(s))
        let c = Int(inst.refClient[r])
        if c >= 0 { clientRef[c] = Int32(r) }
        muniUsed[Int(inst.refMunicipality[r])] += 1
        value += inst.weight(r, s)
    }

    mutating func remove(_ r: Int) {
        let s = Int(refSlot[r])
        refSlot[r] = -1
        slotRef[s] = -1
        let k = Int(inst.refCaseworker[r])
        if let i = cwSlots[k].firstIndex(of: Int32(s)) { cwSlots[k].remove(at: i) }
        let c = Int(inst.refClient[r])
        if c >= 0 && clientRef[c] == Int32(r) { clientRef[c] = -1 }
        muniUsed[Int(inst.refMunicipality[r])] -= 1
        value -= inst.weight(r, s)
    }

    /// The referrals that must leave for `r` to take `s` (at most two are reported; more
    /// means the move is out of reach). Quota: a full municipality needs one of its own
    /// referrals among those leaving, else the move is refused (returned as nil).
    func blockers(_ r: Int, _ s: Int) -> (count: Int, first: Int32, second: Int32)? {
        var found: [Int32] = []
        let h = slotRef[s]
        if h >= 0 { found.append(h) }
        for o in cwSlots[Int(inst.refCaseworker[r])] where inst.overlap(Int(o), s) {
            let x = slotRef[Int(o)]
            if !found.contains(x) { found.append(x) }
            if found.count > 2 { return nil }
        }
        let c = Int(inst.refClient[r])
        if c >= 0 && clientRef[c] >= 0 && !found.contains(clientRef[c]) { found.append(clientRef[c]) }
        if found.count > 2 { return nil }
        let mu = Int(inst.refMunicipality[r])
        let q = inst.municipalityQuota[mu]
        if q >= 0 && muniUsed[mu] >= q && !found.contains(where: { inst.refMunicipality[Int($0)] == Int32(mu) }) {
            return nil
        }
        return (found.count, found.first ?? -1, found.count > 1 ? found[1] : -1)
    }

    /// The most any pair of `r` can weigh.
    func maxWeight(_ r: Int) -> Int { inst.refBase[r] + (inst.refPreferred[r] >= 0 ? inst.continuity : 0) }

    // MARK: - Chains

    /// Places `r` (not in the plan) so that the plan gains overall, `gain` being what the
    /// chain has gained so far (losses of ejected pairs already counted). `pending` holds
    /// further ejected referrals that may still find a place (else they stay out: the gain
    /// already counts them as lost). Returns true when the chain was kept; otherwise the
    /// plan is as it was.
    mutating func chain(_ r: Int, gain: Int, depth: Int, pending: inout [Int32]) -> Bool {
        let l = inst.refLanguage[r]
        if l < 0 || effort >= chainLimit || depth >= breadth.count { return depth > 0 && gain > 0 }
        let group = slotsByGroupByWeek[Int(l) * 3 + Int(inst.refKind[r])]
        // Candidate moves: (gain after the move, slot); the best first.
        var options: [(Int, Int32)] = []
        var bestFree = Int.min, bestFreeSlot = -1
        var pendingReach = 0
        for p in pending { pendingReach += maxWeight(Int(p)) }
        for s32 in group {
            let s = Int(s32)
            effort += 1
            if inChain[s] || !inst.dateAndSpecialistAllow(r, s) { continue }
            guard let b = blockers(r, s) else { continue }
            let w = inst.weight(r, s)
            if b.count == 0 {
                if w > bestFree { bestFree = w; bestFreeSlot = s }
                continue
            }
            // Two ejected only on the first step: deeper, the search would explode.
            if b.count > 1 && depth > 0 { continue }
            var after = gain + w - inst.weight(Int(b.first), Int(refSlot[Int(b.first)]))
            var reach = maxWeight(Int(b.first)) + pendingReach
            if b.count > 1 {
                after -= inst.weight(Int(b.second), Int(refSlot[Int(b.second)]))
                reach += maxWeight(Int(b.second))
            }
            // The ejected must be able to win back what the chain lost.
            if after + reach <= 0 { continue }
            options.append((after, s32))
        }
        if bestFreeSlot >= 0 {
            if gain + bestFree > 0 {
                place(r, bestFreeSlot)
                return true
            }
            if let next = pending.popLast() {
                place(r, bestFreeSlot)
                inChain[bestFreeSlot] = true
                if chain(Int(next), gain: gain + bestFree, depth: depth + 1, pending: &pending) {
                    inChain[bestFreeSlot] = false
                    return true
                }
                inChain[bestFreeSlot] = false
                remove(r)
                pending.append(next)
            }
        }
        if depth > 0 && gain > 0 { return true }   // leaving the ejected referral out pays
        options.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
        for (after, s32) in options.prefix(breadth[depth]) {
            let s = Int(s32)
            guard let b = blockers(r, s) else { continue }
            let first = Int(b.first), second = Int(b.second)
            let firstSlot = Int(refSlot[first])
            let secondSlot = second >= 0 ? Int(refSlot[second]) : -1
            remove(first)
            if second >= 0 {
                remove(second)
                pending.append(Int32(second))
            }
            place(r, s)
            inChain[s] = true
            let kept = chain(first, gain: after, depth: depth + 1, pending: &pending)
            inChain[s] = false
            if kept { return true }
            remove(r)
            place(first, firstSlot)
            if second >= 0 {
                if let i = pending.lastIndex(of: Int32(second)) { pending.remove(at: i) }
                place(second, secondSlot)
            }
        }
        return false
    }

    /// Runs improving chains from every referral (those waiting first, heaviest first;
    /// then every planned referral, moved away from its slot) until a whole pass gains
    /// nothing or the effort is spent. Returns the improved plan.
    mutating func improve(effort limit: Int, perChain: Int) -> [Int32] {
        effortLimit = limit
        var order = Array(0..<inst.n)
        order.sort { inst.refBase[$0] != inst.refBase[$1] ? inst.refBase[$0] > inst.refBase[$1] : $0 < $1 }
        var improved = true
        while improved && effort < effortLimit {
            improved = false
            var pending: [Int32] = []
            for r in order where refSlot[r] < 0 {
                if effort >= effortLimit { break }
                chainLimit = min(effortLimit, effort + perChain)
                if chain(r, gain: 0, depth: 0, pending: &pending) { improved = true }
                pending.removeAll()
            }
            for r in order where refSlot[r] >= 0 {
                if effort >= effortLimit { break }
                chainLimit = min(effortLimit, effort + perChain)
                let s = Int(refSlot[r])
                let w = inst.weight(r, s)
                remove(r)
                let kept = chain(r, gain: -w, depth: 0, pending: &pending)
                pending.removeAll()
                if kept { improved = true } else { place(r, s) }
            }
        }
        return refSlot
    }
}
