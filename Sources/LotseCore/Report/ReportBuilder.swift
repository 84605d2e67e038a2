/// Counts the report from plain records: pure, so every figure can be checked by a unit
/// test and by an independent computation over the database. Definitions (also stated
/// in the README):
/// - a referral counts in the period of its referral day;
/// - an appointment counts in the period of its session day; "seen" is an attended
///   appointment, its waiting time the days from referral to that appointment;
/// - slots offered are the slots of sessions in the period that were not cancelled;
/// - the waiting list at the period's end (or on the day of the report, when the period
///   is not over yet) holds referrals made by then that had neither been seen nor closed
///   or withdrawn by then;
/// - a follow-up step counts in the period of its due day; it is overdue when still open
///   and due before the day of the report.
public struct ReportBuilder: Sendable {
    /// The records.
    public var records: ReportRecords
    /// The day of the report.
    public var today: CalendarDate
    /// Counts below this are hidden.
    public var minCell: Int
    /// The waiting limit in weeks.
    public var waitingLimitWeeks: Int

    /// Kinds, urgencies, attendance outcomes and bands in their printed order.
    public static let kinds = ["assessment", "follow-up", "consultation"]
    /// Urgency bands, most urgent last as in the configuration.
    public static let urgencies = ["routine", "elevated", "high"]
    /// Waiting-time classes (weeks from referral to the appointment seen).
    public static let waitBands = ["0-2w", "2-4w", "4-8w", "8-12w", "12w+"]
    /// Age classes of the waiting list at the period's end.
    public static let ageBands = ["0-4w", "4-8w", "8-12w", "12w+"]

    /// Creates a builder.
    public init(records: ReportRecords, today: CalendarDate, minCell: Int, waitingLimitWeeks: Int) {
        (self.records, self.today, self.minCell, self.waitingLimitWeeks) = (records, today, minCell, waitingLimitWeeks)
    }

    /// The report for a period, with the previous period beside it when that period ends
    /// on or after the first day any record speaks of. Each period is counted and passed
    /// through the small-number rule on its own, the same way whichever report it stands
    /// in (the previous period of one report is the period of another). The monthly trend
    /// is printed for the period only.
    public func build(_ period: ReportPeriod, district: String) -> ReportDocument {
        let previous = period.previous.flatMap { p in records.earliest.map { $0 <= p.to } == true ? p : nil }
        var known: [ReportPeriod: [Figures]] = [:]
        let current = figures(period, known: &known)
        let before = previous.map { figures($0, known: &known) }
        let tables = current.indices.map { index in
            let table = current[index]
            return ReportTable(id: table.pending.id, rows: table.pending.rows, columns: table.pending.columns, current: table.cells,
                               previous: table.pending.id == "monthly-trend" ? nil : before.map { $0[index].cells },
                               chart: table.pending.chart)
        }
        return ReportDocument(district: district, period: period, previousPeriod: previous, generatedOn: today,
                              minCell: minCell, waitingLimitWeeks: waitingLimitWeeks, tables: tables)
    }

    /// The tables of a period before the small-number rule. Category rows are the same for
    /// every period (every value the records hold), so the rule meets the same sums in a
    /// quarter whichever report shows it, and a row's absence never says "none here".
    func pendingTables(_ period: ReportPeriod) -> [PendingTable] {
        let periods = [period]
        func referrals(_ p: ReportPeriod) -> [ReportRecords.Referral] { records.referrals.filter { p.contains($0.referredOn) } }
        var tables: [PendingTable] = []
        tables.append(list("referrals-by-kind", fixed: Self.kinds, periods) { p in referrals(p).map(\.kind) })
        tables.append(list("referrals-by-municipality", fixed: [], periods) { p in referrals(p).map(\.municipality) })
        tables.append(list("referrals-by-language", fixed: [], periods) { p in referrals(p).map(\.language) })
        tables.append(list("referrals-by-urgency", fixed: Self.urgencies, periods) { p in referrals(p).map(\.urgency) })
        tables.append(table("waiting-time", rows: ["seen", "median-days", "p90-days", "within-limit", "beyond-limit", "within-share"],
                            columns: ["value"], periods, chart: "none", waitingTime))
        tables.append(list("waiting-time-distribution", fixed: Self.waitBands, periods, chart: "distribution") { p in
            waits(p).map(Self.waitBand)
        })
        tables.append(table("slots", rows: ["offered", "booked", "held", "no-show", "cancelled-by-client", "cancelled-by-service",
                                            "not-recorded", "utilisation-percent"],
                            columns: ["value"], periods, chart: "none", slots))
        tables.append(list("interpreter-by-language", fixed: [], periods) { p in
            seen(p).filter(\.referral.interpreter).map(\.referral.language)
        })
        tables.append(recommendations(periods))
        tables.append(list("follow-up-steps", fixed: ["done", "dropped", "overdue", "open"], periods, chart: "none", total: "due") { p in
            records.followUps.filter { p.contains($0.dueOn) }.map { step in
                step.status == "open" ? (step.dueOn < today ? "overdue" : "open") : step.status
            }
        })
        tables.append(table("outcomes", rows: ["help-plans-updated", "acute-risk-escalations"], columns: ["value"], periods,
                            chart: "none") { p in
            ReportGrid(counts: [[records.helpPlanUpdates.filter(p.contains).count], [records.escalations.filter(p.contains).count]],
                       lines: [])
        })
        tables.append(table("waiting-list-at-end", rows: Self.urgencies + ["total"], columns: Self.ageBands + ["total"], periods,
                            chart: "none", waitingList))
        tables.append(trend(period))
        return tables
    }

    /// Every day there is: the span category rows are collected over.
    static let everything: ReportPeriod? = ReportPeriod(from: CalendarDate(daysSince1970: Int.min / 2), to: CalendarDate(daysSince1970: Int.max / 2))

    /// A table before the small-number rule: its shape and its grid for each period.
    struct PendingTable {
        var id: String
        var rows: [String]
        var columns: [String]
        var chart: String
        var grids: [ReportGrid]
    }

    /// A table of one period with the rule's marks (nil: shown) on its grid.
    struct Figures {
        var pending: PendingTable
        var marks: [[String?]]

        /// The grid of the period.
        var grid: ReportGrid? { pending.grids.first }

        /// The cells as published.
        var cells: [[ReportCell]] { grid?.cells(marks: marks) ?? [] }

        /// The mark of the count at a row and column key; `.some(nil)` when shown, nil
        /// when the table has no such count.
        func mark(_ row: String, _ column: String) -> String?? {
            guard let r = pending.rows.firstIndex(of: row), let c = pending.columns.firstIndex(of: column),
                  marks.indices.contains(r), marks[r].indices.contains(c) else { return nil }
            return .some(marks[r][c])
        }
    }

    /// Figures printed in more than one table (table, row, column): each group is one
    /// number, so hiding it in one table hides it in all, and a sum in one table counts
    /// against the hidden parts of another.
    static let sharedFigures: [[(table: String, row: String, column: String)]] = [
        [("referrals-by-kind", "total", "count"), ("referrals-by-municipality", "total", "count"),
         ("referrals-by-language", "total", "count"), ("referrals-by-urgency", "total", "count"),
         ("monthly-trend", "total", "referrals")],
        [("waiting-time", "seen", "value"), ("waiting-time-distribution", "total", "count"), ("slots", "held", "value"),
         ("monthly-trend", "total", "appointments")],
    ]

    /// A period's tables with the small-number rule applied (remembered in `known`, as a
    /// report over several quarters needs each quarter's own marks).
    ///
    /// A single quarter (or any period that is not whole quarters) is one linear system:
    /// primary marks below the threshold, then secondary marks until no hidden count is
    /// determined. A period of several quarters shows a count only when every quarter
    /// count it adds up is shown in that quarter's own report, so it tells nothing the
    /// quarter reports do not: a sum with a hidden part is marked `quarter` (no bound is
    /// stated for it), a figure that is one quarter's own (a month of the trend, the
    /// waiting list at the end) keeps that quarter's mark; then the same linear check runs
    /// over the period's own sums.
    func figures(_ period: ReportPeriod, known: inout [ReportPeriod: [Figures]]) -> [Figures] {
        if let done = known[period] { return done }
        let pending = pendingTables(period)
        var initial: [[[String?]]]?
        if let quarters = period.quarters, quarters.count > 1 {
            let parts = quarters.map { figures($0, known: &known) }
            initial = pending.enumerated().map { index, table in
                Self.inheritedMarks(table, parts: parts.map { $0[index] }, quarters: quarters)
            }
        }
        let marks = mark(pending, initial: initial)
        let result = pending.indices.map { Figures(pending: pending[$0], marks: marks[$0]) }
        known[period] = result
        return result
    }

    /// The marks a table of several quarters starts from: for each count, the quarter
    /// counts it is made of (`parts` holds the same table of each quarter).
    static func inheritedMarks(_ table: PendingTable, parts: [Figures], quarters: [ReportPeriod]) -> [[String?]] {
        guard let grid = table.grids.first else { return [] }
        return grid.counts.indices.map { r in
            grid.counts[r].indices.map { c -> String? in
                guard grid.counts[r][c] != nil else { return nil }
                let row = table.rows[r], column = table.columns[c]
                let sources: [String??]
                if table.id == "waiting-list-at-end" {
                    // The list on the last day: the last quarter's list, the same figure.
                    sources = [parts.last?.mark(row, column) ?? nil]
                } else if table.id == "monthly-trend", row != "total" {
                    // A month lies in one quarter.
                    sources = [parts.first { $0.pending.rows.contains(row) }?.mark(row, column) ?? nil]
                } else {
                    sources = parts.map { $0.mark(row, column) }
                }
                // A count missing from a quarter's table is treated as hidden there.
                if sources.count == 1, let only = sources[0] { return only }
                return sources.contains { $0 == nil || $0 != .some(nil) } ? SuppressionSystem.Mark.quarter.rawValue : nil
            }
        }
    }

    /// The rule over one period's tables together: the marks of every cell.
    func mark(_ pending: [PendingTable], initial: [[[String?]]]?) -> [[[String?]]] {
        let grids = pending.map { (counts: $0.grids.first?.counts ?? [], lines: $0.grids.first?.lines ?? []) }
        let links: [[CellSuppression.GridPosition]] = Self.sharedFigures.map { group in
            group.compactMap { figure in
                guard let g = pending.firstIndex(where: { $0.id == figure.table }),
                      let r = pending[g].rows.firstIndex(of: figure.row),
                      let c = pending[g].columns.firstIndex(of: figure.column) else { return nil }
                return CellSuppression.GridPosition(g, CellSuppression.Position(r, c))
            }
        }
        return CellSuppression.apply(grids, links: links, minCell: minCell, initial: initial)
    }

    // MARK: - Figures

    /// Attended appointments in the period with their referral.
    func seen(_ p: ReportPeriod) -> [(appointment: ReportRecords.Appointment, referral: ReportRecords.Referral)] {
        let byID = Dictionary(records.referrals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return records.appointments.filter { $0.attendance == "attended" && p.contains($0.on) }.compactMap { a in
            byID[a.referralID].map { (a, $0) }
        }
    }

    /// Waiting days of everyone seen in the period, ascending.
    func waits(_ p: ReportPeriod) -> [Int] {
        seen(p).map { $0.referral.referredOn.days(until: $0.appointment.on) }.sorted()
    }

    static func waitBand(_ days: Int) -> String {
        days < 14 ? "0-2w" : days < 28 ? "2-4w" : days < 56 ? "4-8w" : days < 84 ? "8-12w" : "12w+"
    }

    static func ageBand(_ days: Int) -> String {
        days < 28 ? "0-4w" : days < 56 ? "4-8w" : days < 84 ? "8-12w" : "12w+"
    }

    /// The median of sorted values (the mean of the middle two for an even count).
    public static func median(_ sorted: [Int]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let n = sorted.count
        return n % 2 == 1 ? Double(sorted[n / 2]) : Double(sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }

    /// The 90th percentile of sorted values by nearest rank (the value at rank ⌈0.9·n⌉),
    /// given only from `percentileMinimum` values on: below that the rank is n, and the
    /// figure would be one client's exact wait, the longest.
    public static func percentile90(_ sorted: [Int]) -> Double? {
        guard sorted.count >= percentileMinimum else { return nil }
        return Double(sorted[(9 * sorted.count + 9) / 10 - 1])
    }

    /// Fewest values a 90th percentile is given from (see `percentile90`).
    public static let percentileMinimum = 10

    func waitingTime(_ p: ReportPeriod) -> ReportGrid {
        let w = waits(p)
        let within = w.filter { $0 <= waitingLimitWeeks * 7 }.count
        typealias P = CellSuppression.Position
        var grid = ReportGrid(counts: [[w.count], [nil], [nil], [within], [w.count - within], [nil]],
                              lines: [[P(3, 0), P(4, 0), P(0, 0)]])
        grid.measure(1, 0, Self.median(w), from: [P(0, 0)])
        grid.measure(2, 0, Self.percentile90(w), from: [P(0, 0)])
        grid.measure(5, 0, w.isEmpty ? nil : (Double(within * 1000 / w.count)) / 10, from: [P(3, 0), P(4, 0)])
        return grid
    }

    func slots(_ p: ReportPeriod) -> ReportGrid {
        let booked = records.appointments.filter { p.contains($0.on) }
        func count(_ attendance: String?) -> Int { booked.filter { $0.attendance == attendance }.count }
        let offered = records.offeredSlots.filter(p.contains).count
        let held = count("attended")
        typealias P = CellSuppression.Position
        var grid = ReportGrid(counts: [[offered], [booked.count], [held], [count("no-show")], [count("cancelled-by-client")],
                                       [count("cancelled-by-service")], [count(nil)], [nil]],
                              lines: [(2...6).map { P($0, 0) } + [P(1, 0)]])
        grid.measure(7, 0, offered == 0 ? nil : Double(held * 1000 / offered) / 10, from: [P(0, 0), P(2, 0)])
        return grid
    }

    /// The waiting list on the period's last day, or on the day of the report when the
    /// period is not over yet (a list "at the end" of a day still to come would age
    /// everyone by days that have not passed).
    func waitingList(_ p: ReportPeriod) -> ReportGrid {
        let end = min(p.to, today)
        let seenBy = Set(records.appointments.filter { $0.attendance == "attended" && $0.on <= end }.map(\.referralID))
        let open = records.referrals.filter { r in
            guard r.referredOn <= end, !seenBy.contains(r.id) else { return false }
            if r.status == "closed" || r.status == "withdrawn" { return (r.settledOn ?? r.referredOn) > end }
            return true
        }
        var counts: [[Int?]] = Array(repeating: Array(repeating: 0, count: Self.ageBands.count + 1), count: Self.urgencies.count + 1)
        for r in open {
            guard let u = Self.urgencies.firstIndex(of: r.urgency),
                  let a = Self.ageBands.firstIndex(of: Self.ageBand(r.referredOn.days(until: end))) else { continue }
            for (row, column) in [(u, a), (u, Self.ageBands.count), (Self.urgencies.count, a),
                                  (Self.urgencies.count, Self.ageBands.count)] {
                counts[row][column] = (counts[row][column] ?? 0) + 1
            }
        }
        return ReportGrid(counts: counts, lines: CellSuppression.crossLines(rows: counts.count, columns: Self.ageBands.count + 1))
    }

    func recommendations(_ periods: [ReportPeriod]) -> PendingTable {
        let codes = Set(records.assessments.flatMap(\.codes)).sorted()
        return table("assessments-by-recommendation", rows: codes + ["assessments"], columns: ["count"], periods, chart: "bars") { p in
            let inPeriod = records.assessments.filter { p.contains($0.on) }
            // An assessment may recommend several things: the codes do not add up to the
            // number of assessments, so there is no line for the second pass.
            return ReportGrid(counts: codes.map { code in [inPeriod.filter { $0.codes.contains(code) }.count] } + [[inPeriod.count]],
                              lines: [])
        }
    }

    func trend(_ period: ReportPeriod) -> PendingTable {
        let months = period.months
        let referrals = records.referrals.filter { period.contains($0.referredOn) }
        let seenAll = seen(period)
        typealias P = CellSuppression.Position
        var counts: [[Int?]] = []
        var waitsByRow: [[Int]] = []
        for month in months {
            let attended = seenAll.filter { ReportPeriod.monthKey($0.appointment.on) == month }
            counts.append([referrals.filter { ReportPeriod.monthKey($0.referredOn) == month }.count, attended.count, nil])
            waitsByRow.append(attended.map { $0.referral.referredOn.days(until: $0.appointment.on) }.sorted())
        }
        counts.append([referrals.count, seenAll.count, nil])
        waitsByRow.append(seenAll.map { $0.referral.referredOn.days(until: $0.appointment.on) }.sorted())
        var grid = ReportGrid(counts: counts, lines: [counts.indices.map { P($0, 0) }, counts.indices.map { P($0, 1) }])
        for row in counts.indices { grid.measure(row, 2, Self.median(waitsByRow[row]), from: [P(row, 1)]) }
        return PendingTable(id: "monthly-trend", rows: months + ["total"], columns: ["referrals", "appointments", "median-wait-days"],
                            chart: "line", grids: [grid])
    }

    // MARK: - Table shapes

    /// A list of categories with a total: `fixed` keys always, others as they occur in
    /// any record (whatever the period), sorted.
    func list(_ id: String, fixed: [String], _ periods: [ReportPeriod], chart: String = "bars", total: String = "total",
              _ values: (ReportPeriod) -> [String]) -> PendingTable {
        let seenKeys = Set(Self.everything.map(values) ?? [])
        let keys = fixed + seenKeys.subtracting(fixed).sorted()
        return table(id, rows: keys + [total], columns: ["count"], periods, chart: chart) { p in
            let v = values(p)
            let counts: [[Int?]] = keys.map { key in [v.filter { $0 == key }.count] } + [[v.count]]
            return ReportGrid(counts: counts, lines: CellSuppression.listLines(rows: counts.count))
        }
    }

    func table(_ id: String, rows: [String], columns: [String], _ periods: [ReportPeriod], chart: String,
               _ grid: (ReportPeriod) -> ReportGrid) -> PendingTable {
        PendingTable(id: id, rows: rows, columns: columns, chart: chart, grids: periods.map(grid))
    }
}
