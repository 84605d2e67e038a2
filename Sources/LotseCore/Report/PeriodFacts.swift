/// The counts every figure of one period is worked out from, and nothing else: how many
/// per category, the waits of those seen as plain day counts per month, the waiting list
/// at the period's end by urgency and age. No pseudonym, no record number and no day that
/// could point at a person — which is what lets an ended quarter's facts be kept
/// (`FrozenQuarter`) after the retention purge has deleted the cases they were counted
/// from, so that a report printed again shows the same figures.
///
/// Medians and percentiles of several quarters cannot be worked out from the quarters'
/// medians, so the waits are kept as a multiset (sorted day counts), per month for the
/// monthly trend.
public struct PeriodFacts: Sendable, Equatable, Codable {
    /// Counts by list table (`referrals-by-kind`, `referrals-by-municipality`,
    /// `referrals-by-language`, `referrals-by-urgency`, `interpreter-by-language`,
    /// `follow-up-steps`, `assessments-by-recommendation`) and category. Every category
    /// known when the facts were counted is present, with 0 where the period has none:
    /// the categories are the table's rows, and which rows a table has changes what the
    /// small-number rule hides.
    public var lists: [String: [String: Int]]
    /// Slots: `offered`, `booked`, `attended`, `no-show`, `cancelled-by-client`,
    /// `cancelled-by-service`, `not-recorded`.
    public var slots: [String: Int]
    /// Assessments recorded in the period.
    public var assessments: Int
    /// Help-plan versions written by recording an assessment.
    public var helpPlanUpdates: Int
    /// Acute-risk escalations.
    public var escalations: Int
    /// The waiting list at the period's end: urgency → age band → count (no totals).
    public var waitingList: [String: [String: Int]]
    /// Referrals by month (`YYYY-MM`).
    public var referralsByMonth: [String: Int]
    /// The waits (days from referral to the appointment attended) of those seen, by the
    /// month of the appointment, ascending.
    public var waitsByMonth: [String: [Int]]
    /// True when some record speaks of a day on or before the period's end: the service
    /// had begun, so the period is shown as the previous period beside the next one.
    public var begun: Bool

    /// Creates facts.
    public init(lists: [String: [String: Int]] = [:], slots: [String: Int] = [:], assessments: Int = 0, helpPlanUpdates: Int = 0,
                escalations: Int = 0, waitingList: [String: [String: Int]] = [:], referralsByMonth: [String: Int] = [:],
                waitsByMonth: [String: [Int]] = [:], begun: Bool = false) {
        (self.lists, self.slots, self.assessments, self.helpPlanUpdates) = (lists, slots, assessments, helpPlanUpdates)
        (self.escalations, self.waitingList, self.referralsByMonth) = (escalations, waitingList, referralsByMonth)
        (self.waitsByMonth, self.begun) = (waitsByMonth, begun)
    }

    /// The list tables, in the keys `lists` uses.
    public static let listTables = ["referrals-by-kind", "referrals-by-municipality", "referrals-by-language", "referrals-by-urgency",
                                    "interpreter-by-language", "follow-up-steps", "assessments-by-recommendation"]

    /// The slot figures, in the keys `slots` uses.
    public static let slotKeys = ["offered", "booked", "attended", "no-show", "cancelled-by-client", "cancelled-by-service", "not-recorded"]

    /// Every wait of the period, ascending.
    public var waits: [Int] { waitsByMonth.values.flatMap { $0 }.sorted() }

    /// The facts of several periods in a row, first to last, as one: counts add up, the
    /// waits are pooled, the waiting list is the last period's (the list at the end).
    public static func combined(_ parts: [PeriodFacts]) -> PeriodFacts {
        var result = PeriodFacts()
        for part in parts {
            for (table, counts) in part.lists {
                for (key, count) in counts { result.lists[table, default: [:]][key, default: 0] += count }
            }
            for (key, count) in part.slots { result.slots[key, default: 0] += count }
            result.assessments += part.assessments
            result.helpPlanUpdates += part.helpPlanUpdates
            result.escalations += part.escalations
            for (month, count) in part.referralsByMonth { result.referralsByMonth[month, default: 0] += count }
            for (month, waits) in part.waitsByMonth { result.waitsByMonth[month] = ((result.waitsByMonth[month] ?? []) + waits).sorted() }
        }
        result.waitingList = parts.last?.waitingList ?? [:]
        result.begun = parts.last?.begun ?? false
        return result
    }

    /// Counts the facts of a period from the records. `today` matters only for a period
    /// not yet over: a follow-up step still open is overdue when due before it, and the
    /// waiting list is taken on it instead of on a day still to come.
    public static func count(_ records: ReportRecords, in p: ReportPeriod, today: CalendarDate) -> PeriodFacts {
        var facts = PeriodFacts()
        func list(_ table: String, fixed: [String], all: [String], inPeriod: [String]) {
            var counts: [String: Int] = [:]
            for key in fixed + all { counts[key] = 0 }
            for key in inPeriod { counts[key, default: 0] += 1 }
            facts.lists[table] = counts
        }
        let referrals = records.referrals.filter { p.contains($0.referredOn) }
        list("referrals-by-kind", fixed: ReportBuilder.kinds, all: records.referrals.map(\.kind), inPeriod: referrals.map(\.kind))
        list("referrals-by-municipality", fixed: [], all: records.referrals.map(\.municipality), inPeriod: referrals.map(\.municipality))
        list("referrals-by-language", fixed: [], all: records.referrals.map(\.language), inPeriod: referrals.map(\.language))
        list("referrals-by-urgency", fixed: ReportBuilder.urgencies, all: records.referrals.map(\.urgency), inPeriod: referrals.map(\.urgency))

        let byID = Dictionary(records.referrals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let seenAll = records.appointments.filter { $0.attendance == "attended" }.compactMap { a in byID[a.referralID].map { (a, $0) } }
        let seen = seenAll.filter { p.contains($0.0.on) }
        list("interpreter-by-language", fixed: [], all: seenAll.filter(\.1.interpreter).map(\.1.language),
             inPeriod: seen.filter(\.1.interpreter).map(\.1.language))
        for (appointment, referral) in seen {
            facts.waitsByMonth[ReportPeriod.monthKey(appointment.on), default: []].append(referral.referredOn.days(until: appointment.on))
        }
        for month in facts.waitsByMonth.keys { facts.waitsByMonth[month]?.sort() }
        for referral in referrals { facts.referralsByMonth[ReportPeriod.monthKey(referral.referredOn), default: 0] += 1 }

        let booked = records.appointments.filter { p.contains($0.on) }
        facts.slots["offered"] = records.offeredSlots.filter(p.contains).count
        facts.slots["booked"] = booked.count
        for (key, attendance) in [("attended", "attended"), ("no-show", "no-show"), ("cancelled-by-client", "cancelled-by-client"),
                                  ("cancelled-by-service", "cancelled-by-service"), ("not-recorded", nil)] as [(String, String?)] {
            facts.slots[key] = booked.filter { $0.attendance == attendance }.count
        }

        let assessments = records.assessments.filter { p.contains($0.on) }
        facts.assessments = assessments.count
        var codes: [String: Int] = [:]
        for code in records.assessments.flatMap(\.codes) { codes[code] = 0 }
        for assessment in assessments { for code in Set(assessment.codes) { codes[code, default: 0] += 1 } }
        facts.lists["assessments-by-recommendation"] = codes

        list("follow-up-steps", fixed: ["done", "dropped", "overdue", "open"], all: [],
             inPeriod: records.followUps.filter { p.contains($0.dueOn) }.map { step in
                 step.status == "open" ? (step.dueOn < today ? "overdue" : "open") : step.status
             })
        facts.helpPlanUpdates = records.helpPlanUpdates.filter(p.contains).count
        facts.escalations = records.escalations.filter(p.contains).count

        let end = min(p.to, today)
        let seenBy = Set(records.appointments.filter { $0.attendance == "attended" && $0.on <= end }.map(\.referralID))
        for r in records.referrals {
            guard r.referredOn <= end, !seenBy.contains(r.id) else { continue }
            if r.status == "closed" || r.status == "withdrawn", (r.settledOn ?? r.referredOn) <= end { continue }
            facts.waitingList[r.urgency, default: [:]][ReportBuilder.ageBand(r.referredOn.days(until: end)), default: 0] += 1
        }
        facts.begun = records.earliest.map { $0 <= p.to } ?? false
        return facts
    }
}

/// An ended quarter's facts as they were counted the first time they were needed after
/// the quarter ended (a report covering it, or a retention purge about to delete a case
/// it counts): every later report shows these, so a report given to the district council
/// reads the same when printed again — whatever was recorded late, corrected or purged
/// since.
public struct FrozenQuarter: Sendable, Equatable, Codable {
    /// The quarter's first day.
    public var quarter: CalendarDate
    /// The day its facts were frozen.
    public var frozenOn: CalendarDate
    /// The facts.
    public var facts: PeriodFacts

    /// Creates a frozen quarter.
    public init(quarter: CalendarDate, frozenOn: CalendarDate, facts: PeriodFacts) {
        (self.quarter, self.frozenOn, self.facts) = (quarter, frozenOn, facts)
    }
}
