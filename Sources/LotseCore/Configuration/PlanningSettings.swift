/// The weights of the planner's objective, exactly as `lotse-plan/1` defines them
/// (spec/plan-format.md), so that the daemon's problems and `lotse solve` agree.
public struct PlanningWeights: Sendable, Equatable, Codable {
    /// Base weight per urgency; defaults high 100, elevated 30, routine 10.
    public var urgency: [Urgency: Int]
    /// Weight per whole week waited up to the month's start; default 1.
    public var waitPerWeek: Int
    /// Weeks of waiting counted at most; default 52.
    public var waitCapWeeks: Int
    /// Bonus for the preferred specialist; default 5.
    public var continuity: Int
    /// Penalty per week into the month, per urgency; defaults high 4, elevated 1, routine 0.
    public var latenessPerWeek: [Urgency: Int]

    /// The defaults of the plan format.
    public init(urgency: [Urgency: Int] = [.high: 100, .elevated: 30, .routine: 10], waitPerWeek: Int = 1,
                waitCapWeeks: Int = 52, continuity: Int = 5,
                latenessPerWeek: [Urgency: Int] = [.high: 4, .elevated: 1, .routine: 0]) {
        self.urgency = urgency
        self.waitPerWeek = waitPerWeek
        self.waitCapWeeks = waitCapWeeks
        self.continuity = continuity
        self.latenessPerWeek = latenessPerWeek
    }

    /// The urgencies whose weight does not exceed four weeks of lateness; the plan format
    /// requires `urgency[u] > 4 * latenessPerWeek[u]` so that every compatible pair counts.
    public var urgenciesBreakingLatenessRule: [Urgency] {
        Urgency.allCases.filter { (urgency[$0] ?? 0) <= 4 * (latenessPerWeek[$0] ?? 0) }
    }
}

/// What happens to a referral after a no-show (issue 7): back to the head of its urgency,
/// or back to the waiting list but marked for re-triage after the second no-show.
public enum NoShowPolicy: String, Sendable, Codable, CaseIterable {
    /// Every no-show returns the referral to the waiting list, first among its urgency.
    case headOfUrgency = "head-of-urgency"
    /// As `headOfUrgency` for the first no-show; after two, the referral needs a new
    /// screening by the caseworker before it can wait again.
    case retriageAfterTwo = "retriage-after-two"
}

/// `[planning]`: weights, quotas and waiting rules for the monthly roster.
public struct PlanningSettings: Sendable, Equatable {
    /// Objective weights (`urgency.*`, `wait_per_week`, `wait_cap_weeks`, `continuity`, `lateness.*`).
    public var weights: PlanningWeights
    /// Referrals waiting longer are flagged and the coordinator reminded (`waiting_limit_weeks`); default 8.
    public var waitingLimitWeeks: Int
    /// Most slots per month per municipality (`quota.ID = N`); none means no limit.
    public var quotas: [MunicipalityID: Int]
    /// Quotas by formula for every municipality without `quota.ID` (`quota_base`,
    /// `quota_weight`): each month's slots shared by largest remainder; nil means none.
    public var quotaRule: QuotaRule?
    /// After a no-show (`no_show`); default `head-of-urgency`.
    public var noShowPolicy: NoShowPolicy

    /// Defaults for a configuration without `[planning]`.
    public init(weights: PlanningWeights = PlanningWeights(), waitingLimitWeeks: Int = 8,
                quotas: [MunicipalityID: Int] = [:], noShowPolicy: NoShowPolicy = .headOfUrgency) {
        self.weights = weights
        self.waitingLimitWeeks = waitingLimitWeeks
        self.quotas = quotas
        self.noShowPolicy = noShowPolicy
    }

    static func parse(_ reader: inout SectionReader, district: DistrictSettings) throws(ConfigurationError) -> PlanningSettings {
        var s = PlanningSettings()
        var urgencyEntries: [Urgency: IniEntry] = [:]
        var latenessEntries: [Urgency: IniEntry] = [:]
        for u in Urgency.allCases {
            if let e = reader.entry("urgency.\(u.rawValue)") {
                s.weights.urgency[u] = try reader.integerValue(e, in: 0...1_000_000)
                urgencyEntries[u] = e
            }
            if let e = reader.entry("lateness.\(u.rawValue)") {
                s.weights.latenessPerWeek[u] = try reader.integerValue(e, in: 0...1_000_000)
                latenessEntries[u] = e
            }
        }
        if let n = try reader.integer("wait_per_week", in: 0...1_000_000) { s.weights.waitPerWeek = n }
        if let n = try reader.integer("wait_cap_weeks", in: 0...520) { s.weights.waitCapWeeks = n }
        if let n = try reader.integer("continuity", in: 0...1_000_000) { s.weights.continuity = n }
        for u in s.weights.urgenciesBreakingLatenessRule {
            let candidates = [urgencyEntries[u], latenessEntries[u]].compactMap { $0 }
            if let at = candidates.max(by: { $0.line < $1.line }) {
                let (weight, lateness) = (s.weights.urgency[u] ?? 0, s.weights.latenessPerWeek[u] ?? 0)
                throw reader.error(at, de: "urgency.\(u.rawValue) (\(weight)) muss größer sein als 4 × lateness.\(u.rawValue) (\(lateness)), sonst hätte ein später Platz kein Gewicht",
                                   en: "urgency.\(u.rawValue) (\(weight)) must be more than 4 × lateness.\(u.rawValue) (\(lateness)), or a late slot would weigh nothing")
            }
        }
        if let n = try reader.integer("waiting_limit_weeks", in: 1...104) { s.waitingLimitWeeks = n }
        if let p = try reader.choice("no_show", of: NoShowPolicy.self) { s.noShowPolicy = p }
        let baseEntry = reader.entry("quota_base")
        var base = 0
        if let e = baseEntry { base = try reader.integerValue(e, in: 0...10_000) }
        if let e = reader.entry("quota_weight") {
            let weight = try reader.choiceValue(e, of: QuotaRule.Weight.self)
            s.quotaRule = QuotaRule(base: base, weight: weight)
            if weight == .population {
                guard !district.municipalities.isEmpty else {
                    throw reader.error(e, de: "population verlangt die Liste der Gemeinden in [district] municipalities",
                                       en: "population needs the municipalities listed in [district] municipalities")
                }
                let missing = district.municipalities.filter { district.population[$0] == nil }
                if !missing.isEmpty {
                    let names = missing.map(\.description).joined(separator: ", ")
                    throw reader.error(e, de: "population verlangt [district] population.ID für jede Gemeinde; es fehlen: \(names)",
                                       en: "population needs [district] population.ID for every municipality; missing: \(names)")
                }
            }
        } else if let e = baseEntry {
            throw reader.error(e, de: "verlangt daneben quota_weight = population oder caseload",
                               en: "needs quota_weight = population or caseload beside it")
        }
        s.quotas = try reader.municipalityNumbers(prefix: "quota.", listed: district.municipalities, listedIn: (de: " in [district]", en: " in [district]"),
                                                  in: 0...10_000)
        return s
    }
}
