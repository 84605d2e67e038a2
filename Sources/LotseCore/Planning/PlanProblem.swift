/// How urgent a referral is. Acute risk never reaches planning (it is escalated at once),
/// so three levels remain; their raw values index weight tables.
public enum PlanUrgency: Int, Sendable, CaseIterable {
    /// Seen this month if at all possible.
    case high = 0
    /// Elevated.
    case elevated = 1
    /// Routine.
    case routine = 2

    /// The spelling in the format.
    public var name: String { ["high", "elevated", "routine"][rawValue] }

    /// The urgency spelled `name`, if any.
    public init?(name: String) {
        switch name {
        case "high": self = .high
        case "elevated": self = .elevated
        case "routine": self = .routine
        default: return nil
        }
    }
}

/// What an appointment is for; slots list the kinds they accept.
public enum PlanKind: Int, Sendable, CaseIterable {
    /// First, one-time assessment of a client.
    case assessment = 0
    /// A client seen again.
    case followUp = 1
    /// A caseworker presents a case without the client.
    case consultation = 2

    /// The spelling in the format.
    public var name: String { ["assessment", "follow-up", "consultation"][rawValue] }

    /// The kind spelled `name`, if any.
    public init?(name: String) {
        switch name {
        case "assessment": self = .assessment
        case "follow-up": self = .followUp
        case "consultation": self = .consultation
        default: return nil
        }
    }
}

/// The objective's weights, with the format's defaults; indexed by `PlanUrgency.rawValue`.
public struct PlanWeights: Sendable, Equatable {
    /// Base weight per urgency.
    public var urgency: [Int] = [100, 30, 10]
    /// Weight per whole week waited up to the month's start.
    public var waitPerWeek = 1
    /// Most weeks of waiting that count.
    public var waitCapWeeks = 52
    /// Bonus for the preferred specialist.
    public var continuity = 5
    /// Penalty per whole week into the month, per urgency.
    public var latenessPerWeek: [Int] = [4, 1, 0]

    /// The defaults.
    public init() {}
}

/// A slot a specialist offers this month.
public struct PlanSlot: Sendable, Equatable {
    /// Unique among slots.
    public var id: String
    /// The specialist holding it.
    public var specialist: String
    /// Local start.
    public var start: PlanDateTime
    /// Length in minutes (> 0); the slot is `[start, start + minutes)`.
    public var minutes: Int
    /// Languages offered, counting the interpreter's.
    public var languages: [String]
    /// Kinds accepted.
    public var kinds: [PlanKind]

    /// Creates a slot.
    public init(id: String, specialist: String, start: PlanDateTime, minutes: Int, languages: [String], kinds: [PlanKind]) {
        self.id = id
        self.specialist = specialist
        self.start = start
        self.minutes = minutes
        self.languages = languages
        self.kinds = kinds
    }
}

/// A referral waiting for a slot.
public struct PlanReferral: Sendable, Equatable {
    /// Unique among referrals.
    public var id: String
    /// The client's pseudonym; usually absent for consultations.
    public var client: String?
    /// The caseworker who accompanies (or consults), hence constraint 6.
    public var caseworker: String
    /// The municipality whose quota it counts against.
    public var municipality: String
    /// What it needs.
    public var kind: PlanKind
    /// The language the appointment must be held in.
    public var language: String
    /// How urgent.
    public var urgency: PlanUrgency
    /// When it was referred; no slot before this date.
    public var referredOn: PlanDate
    /// A specialist seen before, worth the continuity bonus.
    public var preferredSpecialist: String?
    /// Dates the client cannot come.
    public var unavailableDates: [PlanDate]
    /// Specialists not to be used.
    public var excludedSpecialists: [String]

    /// Creates a referral.
    public init(id: String, client: String?, caseworker: String, municipality: String, kind: PlanKind,
                language: String, urgency: PlanUrgency, referredOn: PlanDate, preferredSpecialist: String? = nil,
                unavailableDates: [PlanDate] = [], excludedSpecialists: [String] = []) {
        self.id = id
        self.client = client
        self.caseworker = caseworker
        self.municipality = municipality
        self.kind = kind
        self.language = language
        self.urgency = urgency
        self.referredOn = referredOn
        self.preferredSpecialist = preferredSpecialist
        self.unavailableDates = unavailableDates
        self.excludedSpecialists = excludedSpecialists
    }
}

/// One month's `lotse-plan/1` problem, validated: what the solver plans and what
/// `lotse solve` reads.
public struct PlanProblem: Sendable, Equatable {
    /// The month every slot starts in.
    public var month: PlanMonth
    /// The objective's weights.
    public var weights: PlanWeights
    /// Municipality → most slots its referrals may take, in document order.
    public var quotas: [(municipality: String, limit: Int)]
    /// The month's slots.
    public var slots: [PlanSlot]
    /// The waiting referrals.
    public var referrals: [PlanReferral]

    /// Creates a problem (callers building one in code are responsible for its validity).
    public init(month: PlanMonth, weights: PlanWeights = PlanWeights(), quotas: [(municipality: String, limit: Int)] = [],
                slots: [PlanSlot], referrals: [PlanReferral]) {
        self.month = month
        self.weights = weights
        self.quotas = quotas
        self.slots = slots
        self.referrals = referrals
    }

    /// Structural equality (quotas compared in order).
    public static func == (a: PlanProblem, b: PlanProblem) -> Bool {
        a.month == b.month && a.weights == b.weights && a.slots == b.slots && a.referrals == b.referrals
            && a.quotas.count == b.quotas.count
            && zip(a.quotas, b.quotas).allSatisfy { $0.municipality == $1.municipality && $0.limit == $1.limit }
    }

    /// Whole weeks waited up to the month's start, capped: the spec's `waitWeeks`.
    public func waitWeeks(_ r: PlanReferral) -> Int {
        min(weights.waitCapWeeks, max(0, r.referredOn.days(to: month.firstDay)) / 7)
    }

    /// Whole weeks from the month's first day to the slot's date: the spec's `lateWeeks`.
    public func lateWeeks(_ s: PlanSlot) -> Int { month.firstDay.days(to: s.start.date) / 7 }

    /// `w(r, s)` by the spec's integer formula (whether or not the pair is compatible).
    public func weight(_ r: PlanReferral, _ s: PlanSlot) -> Int {
        let u = r.urgency.rawValue
        var w = weights.urgency[u] + weights.waitPerWeek * waitWeeks(r) - weights.latenessPerWeek[u] * lateWeeks(s)
        if let p = r.preferredSpecialist, p == s.specialist { w += weights.continuity }
        return w
    }

    /// Constraints 2–5 for one pair.
    public func isCompatible(_ r: PlanReferral, _ s: PlanSlot) -> Bool {
        s.languages.contains(r.language) && s.kinds.contains(r.kind) && !r.unavailableDates.contains(s.start.date)
            && !(s.start.date < r.referredOn) && !r.excludedSpecialists.contains(s.specialist)
    }
}
