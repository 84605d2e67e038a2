import LotseCore

/// The quotas of one month as the configuration sets them: static `quota.ID = N` where
/// given, and for every other municipality the formula of `[planning] quota_base` and
/// `quota_weight` applied to the month's bookable slots (largest remainder). Built the same
/// way when the month is planned and when its roster is shown, so both tell the same rule.
struct MonthQuotas {
    /// The formula, when the configuration has one.
    let rule: QuotaRule?
    /// The month's bookable slots (sessions not cancelled): what the formula shares.
    let monthSlots: Int
    /// Each municipality's share, with how it came about.
    let shares: [MunicipalityID: QuotaShare]

    /// The quotas for a month with `monthSlots` slots; `waiting` (the month's plannable
    /// referrals) is the caseload when `quota_weight = caseload`.
    init(configuration: Configuration, monthSlots: Int, waiting: [Referral]) {
        let planning = configuration.planning
        rule = planning.quotaRule
        self.monthSlots = monthSlots
        var shares: [MunicipalityID: QuotaShare] = [:]
        for (municipality, limit) in planning.quotas {
            shares[municipality] = QuotaShare(municipality: municipality, limit: limit, base: 0, proportional: 0, isStatic: true)
        }
        if let rule {
            var caseload: [MunicipalityID: Int] = [:]
            for referral in waiting { caseload[referral.municipality, default: 0] += 1 }
            let listed = configuration.district.municipalities
            let municipalities = listed.isEmpty ? caseload.keys.sorted() : listed
            let weights = municipalities.map { m -> (MunicipalityID, Int) in
                (m, rule.weight == .population ? configuration.district.population[m] ?? 0 : caseload[m] ?? 0)
            }
            for share in QuotaApportionment.shares(rule: rule, slots: monthSlots, weights: weights, fixed: planning.quotas) {
                shares[share.municipality] = share
            }
        }
        self.shares = shares
    }

    /// Most slots per municipality, as the month's problem takes them.
    var limits: [MunicipalityID: Int] { shares.mapValues(\.limit) }

    /// The sentence for a referral of `municipality` left waiting because its share is
    /// used up; nil for a static quota or none (the planner's own sentence says it then).
    func exhaustedSentence(_ municipality: MunicipalityID, language: MessageLanguage) -> String? {
        guard let rule, let share = shares[municipality], !share.isStatic else { return nil }
        return share.exhaustedSentence(name: municipality.name, monthSlots: monthSlots,
                                       weight: rule.weight, language: language)
    }

    /// `reasons` with every `quota-exhausted` detail replaced by the share's sentence.
    func explained(_ reasons: [RosterWaitingReason], referrals: [ReferralID: Referral]) -> [RosterWaitingReason] {
        reasons.map { reason in
            guard reason.reason == "quota-exhausted", let municipality = referrals[reason.referral]?.municipality,
                  let sentence = exhaustedSentence(municipality, language: .en) else { return reason }
            return RosterWaitingReason(referral: reason.referral, reason: reason.reason, detail: sentence)
        }
    }
}
