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

    /// Solves one month with the `lotse-plan/1` solver (`PlanSolver`): the problem is built
    /// exactly as the format describes it, so `lotse solve` on the same data agrees. A
    /// referral's "not before" day inside the month becomes unavailable dates.
    static func solve(month: CalendarMonth, weights: PlanningWeights, quotas: [MunicipalityID: Int],
                      slots: [Slot], referrals: [Referral], specialistNames: [SpecialistID: String] = [:]) -> Result {
        guard let problem = problem(month: month, weights: weights, quotas: quotas, slots: slots, referrals: referrals) else {
            return Result(assignments: [], reasons: referrals.map { filterReason($0, slots: []) }, bound: 0)
        }
        let solution = PlanSolver.solve(problem)
        let slotIDs = Dictionary(uniqueKeysWithValues: slots.map { ($0.id.description, $0.id) })
        let assignments: [(ReferralID, SlotID, Int)] = solution.assignments.compactMap { a in
            guard let r = Int64(a.referral), let s = slotIDs[a.slot] else { return nil }
            return (ReferralID(r), s, a.weight)
        }
        var names: [String: String] = [:]
        for (id, name) in specialistNames { names[id.description] = name }
        let reasons = solution.unassigned.compactMap { u in
            Int64(u.referral).map { RosterWaitingReason(referral: ReferralID($0), reason: u.reason.rawValue,
                                                        detail: named(u.detail, names)) }
        }
        return Result(assignments: assignments, reasons: reasons, bound: solution.bound)
    }

    /// A reason with each specialist the planner names by number (`… at 09:00 with 2)`,
    /// `excluded specialist (1, 3)`) named as the roster names them. The planner works
    /// with the numbers of the exchange format; people read names.
    static func named(_ detail: String, _ names: [String: String]) -> String {
        guard !names.isEmpty else { return detail }
        var text = detail
        for marker in [" with ", "excluded specialist ("] {
            var result = "", rest = Substring(text)
            while let found = rest.range(of: marker) {
                result += rest[..<found.upperBound]
                rest = rest[found.upperBound...]
                let end = rest.firstIndex(of: ")") ?? rest.endIndex
                let list = rest[..<end].split(separator: ",", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                if list.allSatisfy({ names[$0] != nil }) {
                    result += list.compactMap { names[$0] }.joined(separator: ", ")
                    rest = rest[end...]
                }
            }
            text = result + rest
        }
        return text
    }

    /// The month's `lotse-plan/1` problem.
    static func problem(month: CalendarMonth, weights: PlanningWeights, quotas: [MunicipalityID: Int],
                        slots: [Slot], referrals: [Referral]) -> PlanProblem? {
        guard let planMonth = PlanMonth(year: month.year, month: month.month) else { return nil }
        func date(_ d: CalendarDate) -> PlanDate { PlanDate(year: d.year, month: d.month, day: d.day) ?? planMonth.firstDay }
        var planWeights = PlanWeights()
        let order: [Urgency] = [.high, .elevated, .routine]
        planWeights.urgency = order.map { weights.urgency[$0] ?? 0 }
        planWeights.latenessPerWeek = order.map { weights.latenessPerWeek[$0] ?? 0 }
        planWeights.waitPerWeek = weights.waitPerWeek
        planWeights.waitCapWeeks = weights.waitCapWeeks
        planWeights.continuity = weights.continuity
        let planSlots = slots.map { slot in
            PlanSlot(id: slot.id.description, specialist: slot.specialist.description,
                     start: PlanDateTime(date: date(slot.date), minuteOfDay: slot.start.minutesSinceMidnight),
                     minutes: slot.minutes, languages: slot.languages.map(\.description).sorted(),
                     kinds: slot.kinds.compactMap { PlanKind(name: $0.rawValue) }.sorted { $0.rawValue < $1.rawValue })
        }
        let planReferrals = referrals.map { referral in
            let d = referral.details
            var unavailable = d.unavailableDates.filter { CalendarMonth(containing: $0) == month }
            if let notBefore = referral.notBefore {
                var day = month.firstDay
                while day < notBefore && day <= month.lastDay {
                    unavailable.append(day)
                    day = day.adding(days: 1)
                }
            }
            return PlanReferral(id: referral.id.description, client: referral.client?.description,
                                caseworker: referral.caseworker.description, municipality: referral.municipality.description,
                                kind: PlanKind(name: d.kind.rawValue) ?? .assessment, language: d.language.description,
                                urgency: PlanUrgency(name: d.urgency.rawValue) ?? .routine, referredOn: date(referral.referredOn),
                                preferredSpecialist: d.preferredSpecialist?.description,
                                unavailableDates: Array(Set(unavailable)).sorted().map(date),
                                excludedSpecialists: d.excludedSpecialists.map(\.description))
        }
        let planQuotas = quotas.keys.sorted().map { (municipality: $0.description, limit: quotas[$0] ?? 0) }
        return PlanProblem(month: planMonth, weights: planWeights, quotas: planQuotas, slots: planSlots, referrals: planReferrals)
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

