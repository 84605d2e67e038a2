/// Turns a plan into a `PlanSolution`: assignments with their weights, and for every
/// referral left waiting the first true reason in the format's order, with a sentence a
/// coordinator understands.
enum PlanReasons {
    /// The English name of a language code (the names every other English text uses), so a
    /// detail reads "no slot this month offers Tigrinya" rather than "ti"; unknown codes are
    /// shown as they are.
    static func languageName(_ code: String) -> String { LanguageCode.names[code]?.english ?? code }

    static func kindPhrase(_ k: PlanKind) -> String {
        switch k {
        case .assessment: return "an assessment"
        case .followUp: return "a follow-up"
        case .consultation: return "a consultation"
        }
    }

    static func solution(_ inst: PlanInstance, refSlot input: [Int32], bound: Int, nodes: Int) -> PlanSolution {
        let p = inst.problem
        var refSlot = input
        var slotRef = [Int32](repeating: -1, count: inst.m)
        for r in 0..<inst.n where refSlot[r] >= 0 { slotRef[Int(refSlot[r])] = Int32(r) }
        var clientHolder = [Int32](repeating: -1, count: inst.clientNames.count)
        var muniUsed = [Int](repeating: 0, count: inst.municipalityNames.count)
        var cwSlots = [[Int32]](repeating: [], count: inst.caseworkerNames.count)
        for r in 0..<inst.n where refSlot[r] >= 0 {
            if inst.refClient[r] >= 0 { clientHolder[Int(inst.refClient[r])] = Int32(r) }
            muniUsed[Int(inst.refMunicipality[r])] += 1
            cwSlots[Int(inst.refCaseworker[r])].append(refSlot[r])
        }
        // Free slots by (language, kind), so the reasons below look only at them.
        var freeByLK = [[Int32]](repeating: [], count: inst.slotsByLanguageKind.count)
        for lk in 0..<inst.slotsByLanguageKind.count {
            freeByLK[lk] = inst.slotsByLanguageKind[lk].filter { slotRef[Int($0)] < 0 }
        }
        func blocked(_ r: Int, _ s: Int) -> Bool {
            cwSlots[Int(inst.refCaseworker[r])].contains { inst.overlap(Int($0), s) }
        }
        func quotaFull(_ r: Int) -> Bool {
            let mu = Int(inst.refMunicipality[r])
            let q = inst.municipalityQuota[mu]
            return q >= 0 && muniUsed[mu] >= q
        }
        // Completion: a plan that stopped short of optimal might leave a pair that still
        // fits; every pair weighs more than zero, so take it (an optimal plan has none).
        for r in 0..<inst.n where refSlot[r] < 0 && inst.refLanguage[r] >= 0 {
            let c = Int(inst.refClient[r])
            if (c >= 0 && clientHolder[c] >= 0) || quotaFull(r) { continue }
            let lk = Int(inst.refLanguage[r]) * 3 + Int(inst.refKind[r])
            var best: (Int, Int)?
            for s32 in freeByLK[lk] {
                let s = Int(s32)
                if slotRef[s] >= 0 || !inst.dateAndSpecialistAllow(r, s) || blocked(r, s) { continue }
                let w = inst.weight(r, s)
                if best == nil || w > (best?.0 ?? 0) { best = (w, s) }
            }
            if let (_, s) = best {
                refSlot[r] = Int32(s)
                slotRef[s] = Int32(r)
                if c >= 0 { clientHolder[c] = Int32(r) }
                muniUsed[Int(inst.refMunicipality[r])] += 1
                cwSlots[Int(inst.refCaseworker[r])].append(Int32(s))
            }
        }

        var assignments: [PlanAssignment] = []
        var unassigned: [PlanUnassigned] = []
        var objective = 0
        for r in 0..<inst.n {
            let ref = p.referrals[r]
            if refSlot[r] >= 0 {
                let s = Int(refSlot[r])
                let w = inst.weight(r, s)
                objective += w
                assignments.append(PlanAssignment(referral: ref.id, slot: p.slots[s].id, weight: w))
                continue
            }
            let (reason, detail) = explain(inst, r, slotRef: slotRef, refSlotOf: refSlot, clientHolder: clientHolder,
                                           muniUsed: muniUsed, freeByLK: freeByLK, blocked: blocked)
            unassigned.append(PlanUnassigned(referral: ref.id, reason: reason, detail: detail))
        }
        return PlanSolution(objective: objective, bound: max(bound, objective), assignments: assignments,
                            unassigned: unassigned, referralCount: inst.n, slotCount: inst.m, nodes: nodes)
    }

    static func explain(_ inst: PlanInstance, _ r: Int, slotRef: [Int32], refSlotOf: [Int32], clientHolder: [Int32], muniUsed: [Int],
                        freeByLK: [[Int32]], blocked: (Int, Int) -> Bool) -> (PlanReason, String) {
        let p = inst.problem
        let ref = p.referrals[r]
        let language = languageName(ref.language)
        let l = inst.refLanguage[r]
        guard l >= 0 else { return (.noLanguageMatch, "no slot this month offers \(language)") }
        let lk = Int(l) * 3 + Int(inst.refKind[r])
        let fitting = inst.slotsByLanguageKind[lk]
        if fitting.isEmpty {
            return (.noKindMatch, "no slot this month offering \(language) takes \(kindPhrase(ref.kind))")
        }
        let dated = fitting.filter { s in
            let day = inst.slotDay[Int(s)]
            return day >= inst.refFirstDay[r] && !(day < 32 && inst.refUnavailable[r] & (1 << UInt32(day)) != 0)
        }
        if dated.isEmpty {
            let count = fitting.count == 1 ? "the one \(language) slot for \(kindPhrase(ref.kind)) falls"
                : "all \(fitting.count) \(language) slots for \(kindPhrase(ref.kind)) fall"
            return (.unavailable, "\(count) on dates the client is unavailable or before the referral on \(ref.referredOn)")
        }
        let compatible = dated.filter { inst.dateAndSpecialistAllow(r, Int($0)) }
        if compatible.isEmpty {
            let names = Array(Set(dated.map { inst.specialistNames[Int(inst.slotSpecialist[Int($0)])] })).sorted()
            return (.excluded, "every slot that fits is with an excluded specialist (\(names.joined(separator: ", ")))")
        }
        let c = Int(inst.refClient[r])
        if c >= 0, clientHolder[c] >= 0 {
            let other = Int(clientHolder[c])
            let otherSlot = p.slots[Int(refSlotOf[other])]
            return (.clientBusy, "client \(inst.clientNames[c]) already has a slot this month (\(p.referrals[other].id) on \(describe(otherSlot)))")
        }
        let mu = Int(inst.refMunicipality[r])
        let q = inst.municipalityQuota[mu]
        if q >= 0 && muniUsed[mu] >= q {
            return (.quotaExhausted, "the quota of \(MunicipalityID.name(of: inst.municipalityNames[mu])) (\(q) slot\(q == 1 ? "" : "s") this month) is used up")
        }
        let free = freeByLK[lk].filter { slotRef[Int($0)] < 0 && inst.dateAndSpecialistAllow(r, Int($0)) }
        if !free.isEmpty && free.allSatisfy({ blocked(r, Int($0)) }) {
            let what = free.count == 1 ? "the one free slot that fits (\(describe(p.slots[Int(free[0])])))"
                : "all \(free.count) free slots that fit"
            return (.caseworkerBusy, "caseworker \(ref.caseworker) is already booked with another referral at the time of \(what)")
        }
        let holders = compatible.compactMap { s -> PlanUrgency? in
            let h = slotRef[Int(s)]
            return h >= 0 ? p.referrals[Int(h)].urgency : nil
        }
        let urgent = holders.filter { $0 == .high }.count
        if compatible.count == 1 {
            let who = urgent == 1 ? "an urgent referral" : "another referral"
            return (.outranked, "the one slot that fits (\(describe(p.slots[Int(compatible[0])]))) went to \(who); the plan as a whole weighs more that way")
        }
        let share = urgent == holders.count ? ", all to urgent referrals" : urgent > 0 ? ", \(urgent) of them to urgent referrals" : ""
        return (.outranked, "all \(compatible.count) slots that fit went to other referrals\(share); the plan as a whole weighs more that way")
    }

    static func describe(_ s: PlanSlot) -> String {
        "\(s.start.date) at \(s.start.description.suffix(5)) with \(s.specialist)"
    }
}
