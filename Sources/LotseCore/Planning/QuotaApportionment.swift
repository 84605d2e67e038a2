/// How a district shares a month's slots among its municipalities when quotas follow a
/// formula (`[planning] quota_base`, `quota_weight`): a fixed base per municipality, the
/// rest in proportion to a weight, the way districts share funding.
public struct QuotaRule: Sendable, Equatable {
    /// What the proportional part follows.
    public enum Weight: String, Sendable, Equatable, CaseIterable {
        /// Inhabitants (`[district] population.ID`): stable, known in advance.
        case population
        /// Referrals waiting at planning time: follows the month's actual need.
        case caseload
    }

    /// Slots every municipality gets before the proportional part (`quota_base`).
    public var base: Int
    /// What the rest follows (`quota_weight`).
    public var weight: Weight

    /// A rule; `base` below 0 counts as 0.
    public init(base: Int, weight: Weight) {
        self.base = max(0, base)
        self.weight = weight
    }
}

/// One municipality's quota for one month, with how it came about, so rosters and waiting
/// reasons can say why it is what it is rather than just a number.
public struct QuotaShare: Sendable, Equatable {
    /// The municipality.
    public var municipality: MunicipalityID
    /// Most slots its referrals may take this month.
    public var limit: Int
    /// The part of `limit` from the base (less than the rule's base only when the month has
    /// fewer slots than all bases together).
    public var base: Int
    /// The part of `limit` in proportion to the weight.
    public var proportional: Int
    /// Set when `quota.ID = N` gave the limit and the formula did not apply.
    public var isStatic: Bool

    /// A share.
    public init(municipality: MunicipalityID, limit: Int, base: Int, proportional: Int, isStatic: Bool) {
        self.municipality = municipality
        self.limit = limit
        self.base = base
        self.proportional = proportional
        self.isStatic = isStatic
    }

    /// How the limit came about, e.g. "1 base + 2 by population" / "1 Sockel + 2 nach
    /// Einwohnerzahl", or "fixed" / "fest" for a static quota.
    public func rule(_ weight: QuotaRule.Weight, language: MessageLanguage) -> String {
        if isStatic { return language.pick(de: "fest (quota.\(municipality))", en: "fixed (quota.\(municipality))") }
        let by: String
        switch weight {
        case .population: by = language.pick(de: "nach Einwohnerzahl", en: "by population")
        case .caseload: by = language.pick(de: "nach Fallzahl", en: "by caseload")
        }
        return language.pick(de: "\(base) Sockel + \(proportional) \(by)", en: "\(base) base + \(proportional) \(by)")
    }

    /// The sentence for a referral left waiting because this share is used up, e.g.
    /// "Kornwestheim's share this month is 3 of 15 slots: 1 base + 2 by population".
    public func exhaustedSentence(name: String, monthSlots: Int, weight: QuotaRule.Weight, language: MessageLanguage) -> String {
        let slots = language.pick(de: monthSlots == 1 ? "Termin" : "Terminen", en: monthSlots == 1 ? "slot" : "slots")
        return language.pick(
            de: "der Anteil der Gemeinde \(name) beträgt in diesem Monat \(limit) von \(monthSlots) \(slots): \(rule(weight, language: .de))",
            en: "\(name)'s share this month is \(limit) of \(monthSlots) \(slots): \(rule(weight, language: .en))")
    }
}

/// The month's quotas by the largest-remainder method (Hare–Niemeyer). Pure and
/// deterministic: ties in the remainder go to the larger weight, then to the municipality
/// listed first, so the same month always gets the same quotas.
public enum QuotaApportionment {
    /// Shares `seats` in proportion to `weights` by largest remainder: everyone gets the whole
    /// part of `seats × w / Σw`, the seats left over go to the largest remainders. All-zero
    /// weights count as equal weights (nobody is entitled to more than anybody else).
    public static func largestRemainder(seats: Int, weights: [Int]) -> [Int] {
        guard !weights.isEmpty, seats > 0 else { return [Int](repeating: 0, count: weights.count) }
        let w = weights.map { max(0, $0) }
        let total = w.reduce(0, +)
        let effective = total == 0 ? [Int](repeating: 1, count: w.count) : w
        let sum = total == 0 ? w.count : total
        var result = [Int](repeating: 0, count: w.count)
        var remainders: [(remainder: Int, weight: Int, index: Int)] = []
        var given = 0
        for (i, wi) in effective.enumerated() {
            // seats × wi can exceed Int only for absurd inputs; the multiplication reports it.
            let (product, overflow) = seats.multipliedReportingOverflow(by: wi)
            let whole = overflow ? Int((Double(seats) * Double(wi) / Double(sum)).rounded(.down)) : product / sum
            result[i] = whole
            given += whole
            remainders.append((overflow ? 0 : product % sum, wi, i))
        }
        remainders.sort { a, b in
            if a.remainder != b.remainder { return a.remainder > b.remainder }
            if a.weight != b.weight { return a.weight > b.weight }
            return a.index < b.index
        }
        var left = seats - given
        var k = 0
        while left > 0 && !remainders.isEmpty {
            result[remainders[k % remainders.count].index] += 1
            left -= 1
            k += 1
        }
        return result
    }

    /// The quotas of one month with `slots` bookable slots. `weights` lists the
    /// municipalities in the district's order with their weight; a municipality in
    /// `fixed` (`quota.ID = N`) keeps that number, and the slots it may take are not shared
    /// among the others. Every other municipality gets the base (or, when the month has too
    /// few slots for every base, an equal part of them by largest remainder) and the rest is
    /// shared by weight.
    public static func shares(rule: QuotaRule, slots: Int, weights: [(MunicipalityID, Int)],
                              fixed: [MunicipalityID: Int]) -> [QuotaShare] {
        let formula = weights.filter { fixed[$0.0] == nil }
        let fixedTotal = weights.reduce(0) { $0 + (fixed[$1.0] ?? 0) }
        let available = max(0, slots - fixedTotal)
        var bases = [Int](repeating: rule.base, count: formula.count)
        if rule.base * formula.count > available {
            // Too few slots for every base: an equal part each, the odd slots to the
            // largest weights (then to the municipality listed first).
            bases = [Int](repeating: available / formula.count, count: formula.count)
            let order = formula.indices.sorted { formula[$0].1 != formula[$1].1 ? formula[$0].1 > formula[$1].1 : $0 < $1 }
            for i in order.prefix(available % formula.count) { bases[i] += 1 }
        }
        let proportional = largestRemainder(seats: available - bases.reduce(0, +), weights: formula.map(\.1))
        var byID: [MunicipalityID: QuotaShare] = [:]
        for (i, entry) in formula.enumerated() {
            byID[entry.0] = QuotaShare(municipality: entry.0, limit: bases[i] + proportional[i], base: bases[i],
                                       proportional: proportional[i], isStatic: false)
        }
        return weights.map { entry in
            if let n = fixed[entry.0] {
                return QuotaShare(municipality: entry.0, limit: n, base: 0, proportional: 0, isStatic: true)
            }
            return byID[entry.0] ?? QuotaShare(municipality: entry.0, limit: 0, base: 0, proportional: 0, isStatic: false)
        }
    }
}
