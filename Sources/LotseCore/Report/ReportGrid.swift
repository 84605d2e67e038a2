/// A table's raw figures for one period before the small-number rule: counts (which the
/// rule hides), measures (medians, shares) that rest on counts and are hidden with them,
/// and the sums that make lines for the second pass.
struct ReportGrid {
    /// Counts by row and column; nil where the cell is a measure.
    var counts: [[Int?]]
    /// Measures by row and column; nil where the cell is a count or there is nothing to measure.
    var measures: [[Double?]]
    /// For each measure, the counts it would give away (hidden when any of them is).
    var dependsOn: [CellSuppression.Position: [CellSuppression.Position]] = [:]
    /// Sums and their parts.
    var lines: [[CellSuppression.Position]] = []
    /// Order statistics (medians, percentiles): each with how many values are known to lie
    /// at or below it and at or above it. Each is one person's wait (or the mean of two),
    /// and with the classes of waits around it, it bounds how many lie in each class.
    var orderStatistics: [CellSuppression.Position: (below: Int, above: Int)] = [:]

    /// A grid of counts only.
    init(counts: [[Int?]], lines: [[CellSuppression.Position]]) {
        self.counts = counts
        measures = counts.map { $0.map { _ in nil } }
        self.lines = lines
    }

    /// Puts a measure at a position that rests on the given counts.
    mutating func measure(_ row: Int, _ column: Int, _ value: Double?, from counts: [CellSuppression.Position]) {
        self.counts[row][column] = nil
        measures[row][column] = value
        dependsOn[CellSuppression.Position(row, column)] = counts
    }

    /// Puts an order statistic at a position: a measure that rests on `counts` and lies
    /// with at least `below` values at or below it and `above` at or above it.
    mutating func orderStatistic(_ row: Int, _ column: Int, _ value: Double?, below: Int, above: Int,
                                 from counts: [CellSuppression.Position]) {
        measure(row, column, value, from: counts)
        orderStatistics[CellSuppression.Position(row, column)] = (below, above)
    }

    /// The cells with the rule's marks (from `CellSuppression`) applied: a hidden count
    /// loses its value, and so does a measure resting on one; an order statistic in
    /// `withheld` is hidden as `order-statistic` (see `ReportBuilder.withheldOrderStatistics`).
    func cells(marks: [[String?]], withheld: Set<CellSuppression.Position>) -> [[ReportCell]] {
        counts.indices.map { r in
            counts[r].indices.map { c in
                if let mark = marks[r][c] { return .hidden(mark) }
                if let count = counts[r][c] { return .shown(Double(count)) }
                let position = CellSuppression.Position(r, c)
                let basis = dependsOn[position] ?? []
                if basis.contains(where: { marks[$0.row][$0.column] != nil }) { return .hidden("derived") }
                if withheld.contains(position), measures[r][c] != nil { return .hidden(ReportCell.orderStatisticReason) }
                return .shown(measures[r][c])
            }
        }
    }

    /// The cells of a grid on its own (no figure shared with another table).
    func cells(minCell: Int) -> [[ReportCell]] {
        cells(marks: CellSuppression.apply(counts, lines: lines, minCell: minCell), withheld: [])
    }
}
