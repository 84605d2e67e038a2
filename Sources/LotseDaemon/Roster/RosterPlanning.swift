import LotseCore

/// One month's planning as the roster service sees it: the waiting referrals, the free
/// slots, the entries that must stay (pinned, manual, or already booked), and the rules
/// from the configuration. `solve()` hands the rest to the scheduling core and returns
/// the placements to add, the reasons of those left waiting, and a bound.
struct RosterPlanning {
    /// The month planned.
    var month: CalendarMonth
    /// Weights of the objective (`[planning]`).
    var weights: PlanningWeights
    /// Most slots per municipality per month (`quota.*`).
    var quotas: [MunicipalityID: Int]
    /// Every bookable slot of the month.
    var slots: [Slot]
    /// Waiting referrals that may be planned this month, in waiting-list order.
    var referrals: [Referral]
    /// Entries kept as they are; their slots and referrals are not planned again.
    var fixed: [RosterEntry]
    /// Slots held by appointments outside the roster being planned (never offered).
    var blockedSlots: Set<SlotID>
    /// The specialists' names, so that a reason names a slot's specialist as the roster
    /// does ("with Dr. Haddad"), not by the number the planner works with.
    var specialistNames: [SpecialistID: String] = [:]

    /// The planner's answer for the free part of the month.
    struct Outcome {
        /// New placements.
        var entries: [RosterEntry]
        /// Why each unplaced referral waits.
        var reasons: [RosterWaitingReason]
        /// Proven bound on the objective of the free part plus the fixed entries' weights.
        var bound: Int
    }

    /// The objective weight `w(r, s)` of `lotse-plan/1` (spec/plan-format.md) for one pair.
    static func weight(_ referral: Referral, _ slot: Slot, month: CalendarMonth, weights: PlanningWeights) -> Int {
        let urgency = referral.details.urgency
        let waited = max(0, referral.referredOn.days(until: month.firstDay)) / 7
        let waitWeeks = min(weights.waitCapWeeks, waited)
        let lateWeeks = month.firstDay.days(until: slot.date) / 7
        var w = (weights.urgency[urgency] ?? 0) + weights.waitPerWeek * waitWeeks - (weights.latenessPerWeek[urgency] ?? 0) * lateWeeks
        if let preferred = referral.details.preferredSpecialist, preferred == slot.specialist { w += weights.continuity }
        return w
    }

    /// The slots still open to the planner.
    var freeSlots: [Slot] {
        let taken = Set(fixed.map(\.slot)).union(blockedSlots)
        return slots.filter { !taken.contains($0.id) }
    }

    /// The referrals still to plan.
    var openReferrals: [Referral] {
        let placed = Set(fixed.map(\.referral))
        return referrals.filter { !placed.contains($0.id) }
    }

    /// Quotas left after the fixed entries.
    func remainingQuotas(referralsByID: [ReferralID: Referral]) -> [MunicipalityID: Int] {
        var left = quotas
        for entry in fixed {
            guard let municipality = referralsByID[entry.referral]?.municipality, let limit = left[municipality] else { continue }
            left[municipality] = max(0, limit - 1)
        }
        return left
    }

    /// Solves the free part and checks the result against the fixed entries (a planned
    /// referral whose caseworker is already busy at that time in a fixed entry waits,
    /// with `caseworker-busy`).
    func solve(knownReferrals: [ReferralID: Referral]) -> Outcome {
        let open = openReferrals
        let free = freeSlots
        let slotByID = Dictionary(uniqueKeysWithValues: slots.map { ($0.id, $0) })
        let quotasLeft = remainingQuotas(referralsByID: knownReferrals)
        let result = PlannerBridge.solve(month: month, weights: weights, quotas: quotasLeft, slots: free, referrals: open,
                                         specialistNames: specialistNames)
        var entries: [RosterEntry] = []
        var reasons = result.reasons
        // Constraint 6 against the fixed entries, which the sub-problem did not see.
        var busy: [UserName: [Slot]] = [:]
        for entry in fixed {
            if let referral = knownReferrals[entry.referral], let slot = slotByID[entry.slot] {
                busy[referral.caseworker, default: []].append(slot)
            }
        }
        let openByID = Dictionary(uniqueKeysWithValues: open.map { ($0.id, $0) })
        for (referralID, slotID, weight) in result.assignments {
            guard let referral = openByID[referralID], let slot = slotByID[slotID] else { continue }
            if busy[referral.caseworker, default: []].contains(where: { $0.overlaps(slot) }) {
                reasons.append(RosterWaitingReason(referral: referralID, reason: "caseworker-busy",
                                                   detail: "the caseworker \(referral.caseworker) already accompanies another client at that time"))
                continue
            }
            busy[referral.caseworker, default: []].append(slot)
            entries.append(RosterEntry(referral: referralID, slot: slotID, weight: weight))
        }
        let fixedWeight = fixed.reduce(0) { $0 + $1.weight }
        return Outcome(entries: entries, reasons: reasons, bound: result.bound + fixedWeight)
    }
}
