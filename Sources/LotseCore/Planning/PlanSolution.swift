import LotseJSON

/// Why a referral waits: the first of these that is true, in the format's order.
public enum PlanReason: String, Sendable, CaseIterable {
    /// No slot this month offers the referral's language (constraint 2).
    case noLanguageMatch = "no-language-match"
    /// Slots offer the language but none accepts the kind (constraint 3).
    case noKindMatch = "no-kind-match"
    /// Every slot left by 2–3 is on an unavailable date or before the referral (constraint 4).
    case unavailable = "unavailable"
    /// Every slot left by 2–4 is with an excluded specialist (constraint 5).
    case excluded = "excluded"
    /// Another referral of the same client has a slot in this plan (constraint 7).
    case clientBusy = "client-busy"
    /// The municipality's quota is used up in this plan (constraint 8).
    case quotaExhausted = "quota-exhausted"
    /// Every free compatible slot overlaps another referral of the caseworker (constraint 6).
    case caseworkerBusy = "caseworker-busy"
    /// Every compatible slot went to other referrals, because the plan as a whole weighs more.
    case outranked = "outranked"
}

/// One planned appointment.
public struct PlanAssignment: Sendable, Equatable {
    /// The referral's id.
    public var referral: String
    /// The slot's id.
    public var slot: String
    /// `w(referral, slot)`.
    public var weight: Int

    /// Creates an assignment.
    public init(referral: String, slot: String, weight: Int) {
        self.referral = referral
        self.slot = slot
        self.weight = weight
    }
}

/// A referral left waiting, with the reason a coordinator is shown.
public struct PlanUnassigned: Sendable, Equatable {
    /// The referral's id.
    public var referral: String
    /// The first true reason, in the format's order.
    public var reason: PlanReason
    /// One sentence for a coordinator.
    public var detail: String

    /// Creates an entry.
    public init(referral: String, reason: PlanReason, detail: String) {
        self.referral = referral
        self.reason = reason
        self.detail = detail
    }
}

/// A solved month: the plan, its objective, a proven upper bound on any plan's objective,
/// and a reason for everyone left waiting.
public struct PlanSolution: Sendable, Equatable {
    /// Sum of the assignments' weights.
    public var objective: Int
    /// Proven upper bound on the best objective; `bound == objective` proves optimality.
    public var bound: Int
    /// Assignments in the problem's referral order.
    public var assignments: [PlanAssignment]
    /// Waiting referrals in the problem's referral order.
    public var unassigned: [PlanUnassigned]
    /// Number of referrals in the problem.
    public var referralCount: Int
    /// Number of slots in the problem.
    public var slotCount: Int
    /// Branch-and-bound nodes explored (a measure of effort, deterministic).
    public var nodes: Int

    /// Creates a solution.
    public init(objective: Int, bound: Int, assignments: [PlanAssignment], unassigned: [PlanUnassigned],
                referralCount: Int, slotCount: Int, nodes: Int) {
        self.objective = objective
        self.bound = bound
        self.assignments = assignments
        self.unassigned = unassigned
        self.referralCount = referralCount
        self.slotCount = slotCount
        self.nodes = nodes
    }

    /// Whether the bound proves the plan optimal.
    public var isProvenOptimal: Bool { bound == objective }

    /// The `lotse-plan/1` solution document. Keys and items come in a fixed order, so that
    /// the same problem gives byte-identical output except `stats.seconds`, which the caller
    /// measures (the core has no clock).
    public func json(seconds: Double) -> String {
        var w = JSONWriter()
        w.raw("{\n  \"format\": \"lotse-plan/1\",\n  \"objective\": ")
        w.integer(objective)
        w.raw(",\n  \"bound\": ")
        w.integer(bound)
        w.raw(",\n  \"assignments\": [")
        for (i, a) in assignments.enumerated() {
            w.raw(i == 0 ? "\n    {\"referral\": " : ",\n    {\"referral\": ")
            w.string(a.referral)
            w.raw(", \"slot\": ")
            w.string(a.slot)
            w.raw(", \"weight\": ")
            w.integer(a.weight)
            w.raw("}")
        }
        w.raw(assignments.isEmpty ? "],\n  \"unassigned\": [" : "\n  ],\n  \"unassigned\": [")
        for (i, u) in unassigned.enumerated() {
            w.raw(i == 0 ? "\n    {\"referral\": " : ",\n    {\"referral\": ")
            w.string(u.referral)
            w.raw(", \"reason\": ")
            w.string(u.reason.rawValue)
            w.raw(", \"detail\": ")
            w.string(u.detail)
            w.raw("}")
        }
        w.raw(unassigned.isEmpty ? "],\n  \"stats\": {\"referrals\": " : "\n  ],\n  \"stats\": {\"referrals\": ")
        w.integer(referralCount)
        w.raw(", \"slots\": ")
        w.integer(slotCount)
        w.raw(", \"assigned\": ")
        w.integer(assignments.count)
        w.raw(", \"nodes\": ")
        w.integer(nodes)
        w.raw(", \"seconds\": ")
        w.raw(Self.formatSeconds(seconds))
        w.raw("}\n}\n")
        return w.text
    }

    /// Seconds with millisecond precision, without Foundation's locale-dependent formatting.
    static func formatSeconds(_ seconds: Double) -> String {
        let ms = seconds.isFinite && seconds > 0 ? PlanSearch.roundToInt(seconds * 1000) : 0
        let frac = String(ms % 1000)
        return String(ms / 1000) + "." + String(repeating: "0", count: 3 - frac.count) + frac
    }
}
