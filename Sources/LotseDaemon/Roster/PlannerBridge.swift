import LotseCore

/// The one place where the roster service meets the scheduling core: it turns the
/// month's slots and referrals into a problem, solves it, and turns the answer back into
/// roster ids and reasons a coordinator understands.
enum PlannerBridge {
    /// A solved sub-problem.
    struct Result {
        var assignments: [(ReferralID, SlotID, Int)]
        var reasons: [RosterWaitingReason]
        var bound: Int
    }

    /// Solves one month. Until the `lotse-plan/1` solver is merged this is a greedy
    /// stand-in with the format's reasons and a valid (loose) bound.
    static func solve(month: CalendarMonth, weights: PlanningWeights, quotas: [MunicipalityID: Int],
                      slots: [Slot], referrals: [Referral]) -> Result {
        let ordered = referrals.sorted(by: Referral.waitingListOrder)
        var taken: Set<SlotID> = []
        var busy: [UserName: [Slot]] = [:]
        var clients: Set<ClientID> = []
        var used: [MunicipalityID: Int] = [:]
        var assignments: [(ReferralID, SlotID, Int)] = []
        var reasons: [RosterWaitingReason] = []
        var bound = 0
        for referral in ordered {
            let compatible = slots.filter { $0.conflict(with: referral) == nil }
            bound += compatible.map { RosterPlanning.weight(referral, $0, month: month, weights: weights) }.max().map { max(0, $0) } ?? 0
            if compatible.isEmpty {
                reasons.append(filterReason(referral, slots: slots))
                continue
            }
            if let client = referral.client, clients.contains(client) {
                reasons.append(RosterWaitingReason(referral: referral.id, reason: "client-busy",
                                                   detail: "another referral of \(client) has a slot in this plan"))
                continue
            }
            if let limit = quotas[referral.municipality], used[referral.municipality, default: 0] >= limit {
                reasons.append(RosterWaitingReason(referral: referral.id, reason: "quota-exhausted",
                                                   detail: "\(referral.municipality)'s quota of \(limit) slots this month is used up"))
                continue
            }
            let free = compatible.filter { !taken.contains($0.id) }
            let usable = free.filter { slot in !busy[referral.caseworker, default: []].contains { $0.overlaps(slot) } }
            guard let best = usable.max(by: { a, b in
                let wa = RosterPlanning.weight(referral, a, month: month, weights: weights)
                let wb = RosterPlanning.weight(referral, b, month: month, weights: weights)
                return wa != wb ? wa < wb : (a.date, a.start, a.id) > (b.date, b.start, b.id)
            }) else {
                if free.isEmpty {
                    reasons.append(RosterWaitingReason(referral: referral.id, reason: "outranked",
                                                       detail: "all \(compatible.count) slots that fit went to referrals that weigh more"))
                } else {
                    reasons.append(RosterWaitingReason(referral: referral.id, reason: "caseworker-busy",
                                                       detail: "every free slot that fits overlaps another appointment of \(referral.caseworker)"))
                }
                continue
            }
            taken.insert(best.id)
            busy[referral.caseworker, default: []].append(best)
            if let client = referral.client { clients.insert(client) }
            used[referral.municipality, default: 0] += 1
            assignments.append((referral.id, best.id, RosterPlanning.weight(referral, best, month: month, weights: weights)))
        }
        let slotBound = slots.reduce(0) { sum, slot in
            sum + max(0, ordered.filter { slot.conflict(with: $0) == nil }
                .map { RosterPlanning.weight($0, slot, month: month, weights: weights) }.max() ?? 0)
        }
        let objective = assignments.reduce(0) { $0 + $1.2 }
        return Result(assignments: assignments, reasons: reasons, bound: max(objective, min(bound, slotBound)))
    }

    /// The format's filter reason: the constraint (language, kind, date, exclusion) after
    /// which no slot of the month is left.
    static func filterReason(_ referral: Referral, slots: [Slot]) -> RosterWaitingReason {
        let d = referral.details
        let language = slots.filter { $0.languages.contains(d.language) }
        if language.isEmpty {
            return RosterWaitingReason(referral: referral.id, reason: "no-language-match",
                                       detail: "no slot this month offers \(d.language.name(in: .en)) (no specialist or interpreter)")
        }
        let kind = language.filter { $0.kinds.contains(d.kind) }
        if kind.isEmpty {
            return RosterWaitingReason(referral: referral.id, reason: "no-kind-match",
                                       detail: "no slot in \(d.language.name(in: .en)) accepts \(d.kind.rawValue) referrals this month")
        }
        let dates = kind.filter { slot in
            !d.unavailableDates.contains(slot.date) && slot.date >= referral.referredOn
                && (referral.notBefore.map { slot.date >= $0 } ?? true)
        }
        if dates.isEmpty {
            return RosterWaitingReason(referral: referral.id, reason: "unavailable",
                                       detail: "the client cannot come on any day with a fitting slot this month")
        }
        return RosterWaitingReason(referral: referral.id, reason: "excluded",
                                   detail: "every fitting slot is with a specialist excluded for this referral")
    }
}
