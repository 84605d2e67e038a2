import LotseCore

/// Seeded, realistic `lotse-plan/1` problems of any size, imitating a month of trauma
/// consultations in Baden-Württemberg the way the public samples do: the 44 Stadt- and
/// Landkreise weighted by population, client languages in realistic shares (consultations
/// in German), specialists with 1–2 session days of 3–6 slots of 60 or 90 minutes on
/// working days, 2–4 languages each counting the interpreter's, caseworkers with 5–40
/// referrals, some clients with two referrals, unavailable dates, excluded specialists,
/// quotas, and a few referrals made during the month itself.
///
/// `crowded` moves every session of the month onto its first two working days (a
/// specialist's first session day on one, the second on the other), so different
/// specialists' slots overlap and caseworkers with many referrals collide: the shape that
/// makes constraint 6 bind and the Lagrangian part of the planner work hardest.
struct PlanProblemGenerator {
    static let municipalities: [(String, Int)] = [
        ("stuttgart", 630), ("karlsruhe-stadt", 308), ("mannheim", 315), ("freiburg", 231), ("heidelberg", 160),
        ("ulm", 127), ("heilbronn-stadt", 127), ("pforzheim", 126), ("baden-baden", 55), ("boeblingen", 393),
        ("esslingen", 535), ("goeppingen", 258), ("ludwigsburg", 545), ("rems-murr-kreis", 427),
        ("heilbronn-land", 346), ("hohenlohekreis", 113), ("schwaebisch-hall", 197), ("main-tauber-kreis", 133),
        ("heidenheim", 133), ("ostalbkreis", 316), ("karlsruhe-land", 447), ("rastatt", 233), ("calw", 160),
        ("enzkreis", 200), ("freudenstadt", 119), ("rhein-neckar-kreis", 550), ("neckar-odenwald-kreis", 144),
        ("breisgau-hochschwarzwald", 265), ("emmendingen", 168), ("ortenaukreis", 433), ("rottweil", 141),
        ("schwarzwald-baar-kreis", 214), ("tuttlingen", 142), ("konstanz", 289), ("loerrach", 230),
        ("waldshut", 173), ("reutlingen", 290), ("tuebingen", 229), ("zollernalbkreis", 191), ("alb-donau-kreis", 200),
        ("biberach", 204), ("bodenseekreis", 219), ("ravensburg", 289), ("sigmaringen", 131),
    ]
    static let clientLanguages: [(String, Int)] = [
        ("uk", 30), ("ar", 20), ("ru", 8), ("prs", 9), ("ku", 7), ("fa", 7), ("tr", 6), ("ti", 5), ("en", 3), ("so", 3), ("de", 2),
    ]

    var rng: BenchRandom

    init(seed: UInt64) { rng = BenchRandom(seed: seed) }

    mutating func problem(referrals n: Int, slots m: Int, crowded: Bool = false,
                          year: Int = 2026, month: Int = 10) -> PlanProblem {
        let monthValue = PlanMonth(clampingYear: year, month: month)
        let days = PlanDate.daysIn(year: year, month: month)
        var workdays: [PlanDate] = []
        for d in 1...days {
            guard let date = PlanDate(year: year, month: month, day: d) else { continue }
            let weekday = (date.dayNumber % 7 + 11) % 7   // 0 = Monday (1970-01-01 was a Thursday)
            if weekday < 5 && !(month == 10 && d == 3) { workdays.append(date) }
        }
        // Slots: specialists with 1–2 session days of 3–6 slots.
        var slots: [PlanSlot] = []
        var specialists = 0
        let langPool = Self.clientLanguages.map(\.0).filter { $0 != "de" }
        let langWeights = Self.clientLanguages.filter { $0.0 != "de" }.map(\.1)
        while slots.count < m {
            specialists += 1
            let specialist = "sp-\(specialists)"
            var languages = ["de"]
            let extra = 1 + rng.below(3)
            while languages.count < 1 + extra {
                let l = langPool[rng.weighted(langWeights)]
                if !languages.contains(l) { languages.append(l) }
            }
            let sessionDays = 1 + rng.below(2)
            let firstCrowdedDay = crowded ? rng.below(2) : 0
            for session in 0..<sessionDays where slots.count < m {
                let drawn = workdays[rng.below(workdays.count)]
                let day = crowded ? workdays[(firstCrowdedDay + session) % 2] : drawn
                var minute = (8 + rng.below(5)) * 60 + [0, 15, 30, 45][rng.below(4)]
                for _ in 0..<(3 + rng.below(4)) where slots.count < m {
                    let length = rng.chance(50) ? 60 : 90
                    var kinds: [PlanKind]
                    switch rng.below(4) {
                    case 0: kinds = [.assessment, .followUp]
                    case 1: kinds = [.followUp, .consultation]
                    case 2: kinds = [.assessment]
                    default: kinds = [.assessment, .followUp, .consultation]
                    }
                    if !kinds.contains(.assessment) && rng.chance(30) { kinds.insert(.assessment, at: 0) }
                    slots.append(PlanSlot(id: "S\(slots.count + 1)", specialist: specialist,
                                          start: PlanDateTime(date: day, minuteOfDay: minute), minutes: length,
                                          languages: languages, kinds: kinds))
                    minute += length + [0, 0, 15][rng.below(3)]
                }
            }
        }
        // Referrals, grouped by caseworker (5–40 each), caseworkers by municipality.
        var referrals: [PlanReferral] = []
        var caseworkers = 0, clients = 0
        let muniWeights = Self.municipalities.map(\.1)
        let first = monthValue.firstDay
        while referrals.count < n {
            caseworkers += 1
            let caseworker = "cw-\(caseworkers)"
            let municipality = Self.municipalities[rng.weighted(muniWeights)].0
            let load = 5 + rng.below(36)
            var index = 0
            while index < load && referrals.count < n {
                index += 1
                let kindRoll = rng.below(100)
                let kind: PlanKind = kindRoll < 50 ? .assessment : kindRoll < 80 ? .followUp : .consultation
                let language = kind == .consultation ? "de" : Self.clientLanguages[rng.weighted(Self.clientLanguages.map(\.1))].0
                let urgencyRoll = rng.below(100)
                let urgency: PlanUrgency = urgencyRoll < 15 ? .high : urgencyRoll < 50 ? .elevated : .routine
                let referredOn: PlanDate
                if rng.chance(3) {
                    referredOn = PlanDate(year: year, month: month, day: 1 + rng.below(days)) ?? first
                } else {
                    referredOn = Self.date(dayNumber: first.dayNumber - 1 - rng.below(7 * 40))
                }
                var client: String?
                if kind != .consultation || rng.chance(10) {
                    clients += 1
                    client = "K-\(clients)"
                }
                let preferred = kind == .followUp && rng.chance(60) ? "sp-\(1 + rng.below(specialists))" : nil
                var unavailable: [PlanDate] = []
                if rng.chance(20) {
                    for _ in 0..<(1 + rng.below(3)) { unavailable.append(workdays[rng.below(workdays.count)]) }
                }
                let excluded = rng.chance(5) ? ["sp-\(1 + rng.below(specialists))"] : []
                referrals.append(PlanReferral(
                    id: "R\(referrals.count + 1)", client: client, caseworker: caseworker, municipality: municipality,
                    kind: kind, language: language, urgency: urgency, referredOn: referredOn,
                    preferredSpecialist: preferred, unavailableDates: unavailable, excludedSpecialists: excluded))
                // Some clients come with a second referral (same caseworker and municipality).
                if let c = client, kind == .assessment, rng.chance(8), referrals.count < n {
                    referrals.append(PlanReferral(
                        id: "R\(referrals.count + 1)", client: c, caseworker: caseworker, municipality: municipality,
                        kind: .followUp, language: language, urgency: .routine,
                        referredOn: Self.date(dayNumber: first.dayNumber - 1 - rng.below(7 * 30)),
                        preferredSpecialist: nil, unavailableDates: unavailable, excludedSpecialists: []))
                }
            }
        }
        // Quotas for about a quarter of the municipalities, near their share of the slots.
        var quotas: [(municipality: String, limit: Int)] = []
        let totalWeight = muniWeights.reduce(0, +)
        for (name, weight) in Self.municipalities where rng.chance(25) {
            quotas.append((name, max(1, m * weight * 7 / (totalWeight * 10))))
        }
        return PlanProblem(month: monthValue, quotas: quotas, slots: slots, referrals: referrals)
    }

    /// The civil date of a day number (days since 1970-01-01), Howard Hinnant's civil_from_days.
    static func date(dayNumber: Int) -> PlanDate {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let mo = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (mo <= 2 ? 1 : 0)
        return PlanDate(year: y, month: mo, day: d) ?? PlanMonth(clampingYear: y, month: mo).firstDay
    }
}
