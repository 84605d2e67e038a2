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

    /// The frozen facts of ended quarters, by the quarter's first day: they stand in for
    /// the records of those quarters.
    public var frozen: [CalendarDate: FrozenQuarter]

    /// Creates a builder.
    public init(records: ReportRecords, today: CalendarDate, minCell: Int, waitingLimitWeeks: Int,
                frozen: [CalendarDate: FrozenQuarter] = [:]) {
        (self.records, self.today, self.minCell, self.waitingLimitWeeks) = (records, today, minCell, waitingLimitWeeks)
        self.frozen = frozen
    }

    /// The report for a period, with the previous period beside it when the service had
    /// begun by that period's end. Each period is counted and passed through the
    /// small-number rule on its own, the same way whichever report it stands in (the
    /// previous period of one report is the period of another). The monthly trend is
    /// printed for the period only. A category one period's facts do not know (it first
    /// occurred after that quarter's facts were frozen) is printed there as a shown 0:
    /// that quarter's own report, which leaves the row out, says as much.
    public func build(_ period: ReportPeriod, district: String) -> ReportDocument {
        let previous = period.previous.flatMap { p in facts(p).begun ? p : nil }
        var known: [ReportPeriod: [Figures]] = [:]
        let current = figures(period, known: &known)
        let before = previous.map { figures($0, known: &known) }
        let tables = current.indices.map { index in
            let table = current[index]
            let earlier = table.pending.id == "monthly-trend" ? nil : before?[index]
            let rows = earlier.map { Self.mergedRows(table.pending, $0.pending) } ?? table.pending.rows
            return ReportTable(id: table.pending.id, rows: rows, columns: table.pending.columns, current: table.cells(rows: rows),
                               previous: earlier.map { $0.cells(rows: rows) }, chart: table.pending.chart)
        }
        let notes = ([period] + (previous.map { [$0] } ?? [])).flatMap { $0.quarters ?? [] }.compactMap { quarter in
            frozen[quarter.from].map { FrozenNote(from: quarter.from, to: quarter.to, since: $0.frozenOn) }
        }
        return ReportDocument(district: district, period: period, previousPeriod: previous, generatedOn: today,
                              minCell: minCell, waitingLimitWeeks: waitingLimitWeeks, tables: tables,
                              frozen: notes.sorted { $0.from < $1.from })
    }

    /// The fixed rows of each list table, in their printed order.
    static let fixedRows: [String: [String]] = [
        "referrals-by-kind": kinds, "referrals-by-urgency": urgencies, "waiting-time-distribution": waitBands,
        "follow-up-steps": ["done", "dropped", "overdue", "open"],
    ]

    /// The rows of a table printed for two periods whose facts know different categories:
    /// every category either knows, in the printed order, then the total row.
    static func mergedRows(_ a: PendingTable, _ b: PendingTable) -> [String] {
        guard a.rows != b.rows, let total = a.rows.last else { return a.rows }
        let categories = Set(a.rows.dropLast()).union(b.rows.dropLast())
        return rowOrder(fixed: fixedRows[a.id] ?? [], categories) + [total]
    }

    /// The facts of a period: an ended quarter's frozen facts where it has them, else
    /// counted from the records; a period of several quarters is its quarters' facts
    /// combined, so it shows the same whatever of it is frozen.
    public func facts(_ period: ReportPeriod) -> PeriodFacts {
        if let quarters = period.quarters {
            if quarters.count == 1, let quarter = quarters.first {
                return frozen[quarter.from]?.facts ?? PeriodFacts.count(records, in: quarter, today: today)
            }
            return PeriodFacts.combined(quarters.map(facts))
        }
        return PeriodFacts.count(records, in: period, today: today)
    }

    /// The tables of a period before the small-number rule, from its facts. Category rows
    /// are every category the facts know (every value the records held when they were
    /// counted), so the rule meets the same sums in a quarter whichever report shows it,
    /// and a row's absence never says "none here" of a category then known.
    func pendingTables(_ period: ReportPeriod) -> [PendingTable] {
        let periods = [period]
        let f = facts(period)
        let waits = f.waits
        var tables: [PendingTable] = []
        tables.append(list("referrals-by-kind", fixed: Self.kinds, periods, f))
        tables.append(list("referrals-by-municipality", fixed: [], periods, f))
        tables.append(list("referrals-by-language", fixed: [], periods, f))
        tables.append(list("referrals-by-urgency", fixed: Self.urgencies, periods, f))
        tables.append(table("waiting-time", rows: ["seen", "median-days", "p90-days", "within-limit", "beyond-limit", "within-share"],
                            columns: ["value"], periods, chart: "none") { _ in waitingTime(waits) })
        var bands: [String: Int] = [:]
        for wait in waits { bands[Self.waitBand(wait), default: 0] += 1 }
        tables.append(list("waiting-time-distribution", fixed: Self.waitBands, periods, counts: bands, chart: "distribution"))
        tables.append(table("slots", rows: ["offered", "booked", "held", "no-show", "cancelled-by-client", "cancelled-by-service",
                                            "not-recorded", "utilisation-percent"],
                            columns: ["value"], periods, chart: "none") { _ in slots(f) })
        tables.append(list("interpreter-by-language", fixed: [], periods, f))
        tables.append(recommendations(periods, f))
        tables.append(list("follow-up-steps", fixed: ["done", "dropped", "overdue", "open"], periods, f, chart: "none", total: "due"))
        tables.append(table("outcomes", rows: ["help-plans-updated", "acute-risk-escalations"], columns: ["value"], periods,
                            chart: "none") { _ in
            ReportGrid(counts: [[f.helpPlanUpdates], [f.escalations]], lines: [])
        })
        tables.append(table("waiting-list-at-end", rows: Self.urgencies + ["total"], columns: Self.ageBands + ["total"], periods,
                            chart: "none") { _ in waitingList(f) })
        tables.append(trend(period, f))
        return tables
    }

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
        /// The order statistics withheld (`ReportBuilder.withheldOrderStatistics`).
        var withheld: Set<CellSuppression.Position> = []

        /// The grid of the period.
        var grid: ReportGrid? { pending.grids.first }

        /// The cells as published.
        var cells: [[ReportCell]] { grid?.cells(marks: marks, withheld: withheld) ?? [] }

        /// The cells as published under the given rows: a row this period's facts do not
        /// know is a shown 0 in every column.
        func cells(rows: [String]) -> [[ReportCell]] {
            let own = cells
            guard rows != pending.rows else { return own }
            return rows.map { row in
                pending.rows.firstIndex(of: row).flatMap { own.indices.contains($0) ? own[$0] : nil }
                    ?? pending.columns.map { _ in .shown(0) }
            }
        }

        /// The mark of the count at a row and column key; `.some(nil)` when shown, nil
        /// when the table has no such count. A category row the period's facts do not
        /// know is a count of 0, shown (see `build`).
        func mark(_ row: String, _ column: String) -> String?? {
            guard let c = pending.columns.firstIndex(of: column) else { return nil }
            guard let r = pending.rows.firstIndex(of: row) else {
                return pending.id == "monthly-trend" || Self.shapedTables.contains(pending.id) ? nil : .some(nil)
            }
            guard marks.indices.contains(r), marks[r].indices.contains(c) else { return nil }
            return .some(marks[r][c])
        }

        /// Tables whose rows are the same for every period.
        static let shapedTables: Set<String> = ["waiting-time", "slots", "outcomes", "waiting-list-at-end"]
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
        let withheld = withheldOrderStatistics(pending, marks)
        let result = pending.indices.map { Figures(pending: pending[$0], marks: marks[$0], withheld: withheld[$0] ?? []) }
        known[period] = result
        return result
    }

    /// The classes the period's waits are counted in, with the days each holds: the
    /// classes of weeks (`waiting-time-distribution`) and within or beyond the waiting
    /// limit (`waiting-time`).
    var waitClasses: [(table: String, rows: [(row: String, days: ClosedRange<Int>)])] {
        let limit = waitingLimitWeeks * 7
        return [("waiting-time-distribution", [("0-2w", 0...13), ("2-4w", 14...27), ("4-8w", 28...55), ("8-12w", 56...83),
                                               ("12w+", 84...Int.max)]),
                ("waiting-time", [("within-limit", 0...limit), ("beyond-limit", (limit + 1)...Int.max)])]
    }

    /// The medians and percentiles of a period that are withheld, by table index.
    ///
    /// A median or percentile is one person's wait (or the mean of two), and it says that
    /// so many waits lie at or below it and so many at or above it. So it is shown only
    /// when (a) at least `minCell` waits lie on either side of it — else it names a single
    /// person's wait, the longest or nearly so — and (b) what it says adds nothing to the
    /// classes of waits the report shows: in every division of the waits into classes, the
    /// shown classes reaching at or below it already hold as many waits as it says lie
    /// there, and the same above. Then no hidden class can be narrowed by it (the report
    /// without it admits exactly the same hidden values). A month's waits are part of the
    /// period's, so the months' medians are taken in order and one is withheld when, with
    /// the months shown before it, it would say more than the shown classes.
    func withheldOrderStatistics(_ pending: [PendingTable], _ marks: [[[String?]]]) -> [Int: Set<CellSuppression.Position>] {
        typealias P = CellSuppression.Position
        // The shown count of each class (nil when hidden), per division.
        let divisions: [[(days: ClosedRange<Int>, shown: Int?)]] = waitClasses.map { division in
            guard let t = pending.firstIndex(where: { $0.id == division.table }), let grid = pending[t].grids.first else { return [] }
            return division.rows.map { entry in
                guard let r = pending[t].rows.firstIndex(of: entry.row), marks[t].indices.contains(r),
                      marks[t][r].first.map({ $0 == nil }) ?? false else { return (entry.days, nil) }
                return (entry.days, grid.counts[r][0])
            }
        }
        /// Whether `statements` (value, waits at or below, waits at or above) are implied
        /// by the shown classes alone.
        func implied(_ statements: [(value: Double, below: Int, above: Int)]) -> Bool {
            for division in divisions {
                for threshold in statements.map(\.value) {
                    let below = statements.filter { $0.value <= threshold }.reduce(0) { $0 + $1.below }
                    let above = statements.filter { $0.value >= threshold }.reduce(0) { $0 + $1.above }
                    let shownBelow = division.filter { Double($0.days.lowerBound) <= threshold }.reduce(0) { $0 + ($1.shown ?? 0) }
                    let shownAbove = division.filter { Double($0.days.upperBound) >= threshold }.reduce(0) { $0 + ($1.shown ?? 0) }
                    if shownBelow < below || shownAbove < above { return false }
                }
            }
            return true
        }
        var withheld: [Int: Set<P>] = [:]
        for (t, table) in pending.enumerated() {
            guard let grid = table.grids.first else { continue }
            var monthsShown: [(value: Double, below: Int, above: Int)] = []
            for (position, sides) in grid.orderStatistics.sorted(by: { ($0.key.row, $0.key.column) < ($1.key.row, $1.key.column) }) {
                guard let value = grid.measures[position.row][position.column],
                      !(grid.dependsOn[position] ?? []).contains(where: { marks[t][$0.row][$0.column] != nil }) else { continue }
                let statement = (value: value, below: sides.below, above: sides.above)
                let isMonth = table.id == "monthly-trend" && table.rows[position.row] != "total"
                let together = isMonth ? monthsShown + [statement] : [statement]
                if min(sides.below, sides.above) < minCell || !implied(together) {
                    withheld[t, default: []].insert(position)
                } else if isMonth {
                    monthsShown.append(statement)
                }
            }
        }
        return withheld
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
                // A count missing from a quarter's table (a trend month, a row of a fixed
                // shape) is treated as hidden there.
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

    /// How many of `n` values are sure to lie at or below the median, and as many at or
    /// above it: the middle rank for an odd count, half for an even one (the median is
    /// then the mean of the two middle values).
    static func medianSides(_ n: Int) -> Int { n % 2 == 1 ? (n + 1) / 2 : n / 2 }

    /// The nearest rank of the 90th percentile among `n` values, ⌈0.9·n⌉.
    static func percentile90Rank(_ n: Int) -> Int { (9 * n + 9) / 10 }

    /// The 90th percentile of sorted values by nearest rank (the value at rank ⌈0.9·n⌉),
    /// given only from `percentileMinimum` values on: below that the rank is n, and the
    /// figure would be one client's exact wait, the longest. (The report withholds it
    /// further, until enough waits lie above it: `ReportGrid.cells`.)
    public static func percentile90(_ sorted: [Int]) -> Double? {
        guard sorted.count >= percentileMinimum else { return nil }
        return Double(sorted[percentile90Rank(sorted.count) - 1])
    }

    /// Fewest values a 90th percentile is given from (see `percentile90`).
    public static let percentileMinimum = 10

    func waitingTime(_ w: [Int]) -> ReportGrid {
        let within = w.filter { $0 <= waitingLimitWeeks * 7 }.count
        typealias P = CellSuppression.Position
        var grid = ReportGrid(counts: [[w.count], [nil], [nil], [within], [w.count - within], [nil]],
                              lines: [[P(3, 0), P(4, 0), P(0, 0)]])
        let middle = Self.medianSides(w.count)
        grid.orderStatistic(1, 0, Self.median(w), below: middle, above: middle, from: [P(0, 0)])
        let rank = Self.percentile90Rank(w.count)
        grid.orderStatistic(2, 0, Self.percentile90(w), below: rank, above: w.count - rank + 1, from: [P(0, 0)])
        grid.measure(5, 0, w.isEmpty ? nil : (Double(within * 1000 / w.count)) / 10, from: [P(3, 0), P(4, 0)])
        return grid
    }

    func slots(_ f: PeriodFacts) -> ReportGrid {
        func count(_ key: String) -> Int { f.slots[key] ?? 0 }
        let offered = count("offered"), held = count("attended")
        typealias P = CellSuppression.Position
        var grid = ReportGrid(counts: [[offered], [count("booked")], [held], [count("no-show")], [count("cancelled-by-client")],
                                       [count("cancelled-by-service")], [count("not-recorded")], [nil]],
                              lines: [(2...6).map { P($0, 0) } + [P(1, 0)]])
        grid.measure(7, 0, offered == 0 ? nil : Double(held * 1000 / offered) / 10, from: [P(0, 0), P(2, 0)])
        return grid
    }

    /// The waiting list on the period's last day, or on the day of the report when the
    /// period is not over yet (a list "at the end" of a day still to come would age
    /// everyone by days that have not passed): `PeriodFacts.count` takes it on that day.
    func waitingList(_ f: PeriodFacts) -> ReportGrid {
        var counts: [[Int?]] = Array(repeating: Array(repeating: 0, count: Self.ageBands.count + 1), count: Self.urgencies.count + 1)
        for (u, urgency) in Self.urgencies.enumerated() {
            for (a, band) in Self.ageBands.enumerated() {
                let n = f.waitingList[urgency]?[band] ?? 0
                for (row, column) in [(u, a), (u, Self.ageBands.count), (Self.urgencies.count, a),
                                      (Self.urgencies.count, Self.ageBands.count)] {
                    counts[row][column] = (counts[row][column] ?? 0) + n
                }
            }
        }
        return ReportGrid(counts: counts, lines: CellSuppression.crossLines(rows: counts.count, columns: Self.ageBands.count + 1))
    }

    func recommendations(_ periods: [ReportPeriod], _ f: PeriodFacts) -> PendingTable {
        let byCode = f.lists["assessments-by-recommendation"] ?? [:]
        let codes = byCode.keys.sorted()
        return table("assessments-by-recommendation", rows: codes + ["assessments"], columns: ["count"], periods, chart: "bars") { _ in
            // An assessment may recommend several things: the codes do not add up to the
            // number of assessments, so there is no line for the second pass.
            ReportGrid(counts: codes.map { [byCode[$0] ?? 0] } + [[f.assessments]], lines: [])
        }
    }

    func trend(_ period: ReportPeriod, _ f: PeriodFacts) -> PendingTable {
        let months = period.months
        typealias P = CellSuppression.Position
        var counts: [[Int?]] = []
        var waitsByRow: [[Int]] = []
        for month in months {
            let waits = f.waitsByMonth[month] ?? []
            counts.append([f.referralsByMonth[month] ?? 0, waits.count, nil])
            waitsByRow.append(waits)
        }
        let all = f.waits
        counts.append([f.referralsByMonth.values.reduce(0, +), all.count, nil])
        waitsByRow.append(all)
        var grid = ReportGrid(counts: counts, lines: [counts.indices.map { P($0, 0) }, counts.indices.map { P($0, 1) }])
        for row in counts.indices {
            let middle = Self.medianSides(waitsByRow[row].count)
            grid.orderStatistic(row, 2, Self.median(waitsByRow[row]), below: middle, above: middle, from: [P(row, 1)])
        }
        return PendingTable(id: "monthly-trend", rows: months + ["total"], columns: ["referrals", "appointments", "median-wait-days"],
                            chart: "line", grids: [grid])
    }

    // MARK: - Table shapes

    /// A list of categories with a total: `fixed` keys always, then every other category
    /// the facts know, sorted.
    func list(_ id: String, fixed: [String], _ periods: [ReportPeriod], _ f: PeriodFacts, chart: String = "bars",
              total: String = "total") -> PendingTable {
        list(id, fixed: fixed, periods, counts: f.lists[id] ?? [:], chart: chart, total: total)
    }

    /// A list of categories with a total from counts by category.
    func list(_ id: String, fixed: [String], _ periods: [ReportPeriod], counts byKey: [String: Int], chart: String = "bars",
              total: String = "total") -> PendingTable {
        let keys = Self.rowOrder(fixed: fixed, Set(byKey.keys))
        return table(id, rows: keys + [total], columns: ["count"], periods, chart: chart) { _ in
            // No category at all (no interpreter was ever booked): the total is a sum of
            // nothing, 0 for every reader, and "< 5" would only hide what the empty table
            // already says. (A total that is also printed elsewhere keeps the rule, which
            // hides it in every table alike — that happens only with no referral at all.)
            if keys.isEmpty, !Self.sharedFigures.joined().contains(where: { $0.table == id }) {
                var grid = ReportGrid(counts: [[nil]], lines: [])
                grid.measure(0, 0, 0, from: [])
                return grid
            }
            let values = keys.map { byKey[$0] ?? 0 }
            let counts: [[Int?]] = values.map { [$0] } + [[values.reduce(0, +)]]
            return ReportGrid(counts: counts, lines: CellSuppression.listLines(rows: counts.count))
        }
    }

    /// Category rows in their printed order: the fixed ones, then the others sorted.
    static func rowOrder(fixed: [String], _ keys: Set<String>) -> [String] {
        fixed + keys.subtracting(fixed).sorted()
    }

    func table(_ id: String, rows: [String], columns: [String], _ periods: [ReportPeriod], chart: String,
               _ grid: (ReportPeriod) -> ReportGrid) -> PendingTable {
        PendingTable(id: id, rows: rows, columns: columns, chart: chart, grids: periods.map(grid))
    }
}
