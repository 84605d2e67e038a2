/// The small-number rule. Primary: every count below `minCell` is hidden (zero
/// included, so that "none" and "one" look alike). Secondary: a table states sums
/// (a total row, a total column); each such sum and its parts form a line, and a line
/// with exactly one hidden entry would give that entry away by subtraction, so the
/// smallest shown entry of that line is hidden too. Likewise, when the hidden parts of a
/// line with a shown total add up to nothing, each would be known to be zero, so the
/// smallest shown part is hidden as well. Hiding one entry can change another line, so
/// the pass repeats until no line gives anything away. Each line lists its parts first
/// and its total last.
public enum CellSuppression {
    /// A position in a grid.
    public struct Position: Hashable, Sendable {
        /// Row index.
        public var row: Int
        /// Column index.
        public var column: Int
        /// Creates a position.
        public init(_ row: Int, _ column: Int) { (self.row, self.column) = (row, column) }
    }

    /// The suppression of each cell: nil (shown), `primary` or `secondary`. `counts` holds
    /// the counts (nil for cells that are not counts, which take part in no rule);
    /// `lines` lists each sum with its parts.
    public static func apply(_ counts: [[Int?]], lines: [[Position]], minCell: Int) -> [[String?]] {
        var marks: [[String?]] = counts.map { row in row.map { value in
            guard let value else { return nil }
            return value < minCell ? "primary" : nil
        } }
        var changed = true
        while changed {
            changed = false
            for line in lines {
                let hidden = line.filter { marks[$0.row][$0.column] != nil }
                guard let total = line.last else { continue }
                let parts = line.dropLast()
                let hiddenParts = parts.filter { marks[$0.row][$0.column] != nil }
                let zeroSum = marks[total.row][total.column] == nil && !hiddenParts.isEmpty
                    && hiddenParts.allSatisfy { counts[$0.row][$0.column] == 0 }
                let pool = zeroSum ? Array(parts) : line
                guard hidden.count == 1 || zeroSum else { continue }
                let candidates = pool.filter { marks[$0.row][$0.column] == nil && counts[$0.row][$0.column] != nil }
                guard let smallest = candidates.min(by: { (counts[$0.row][$0.column] ?? 0) < (counts[$1.row][$1.column] ?? 0) })
                else { continue }
                marks[smallest.row][smallest.column] = "secondary"
                changed = true
            }
        }
        return marks
    }

    /// Lines of a list whose last row is the total of the rows above, in one column.
    public static func listLines(rows: Int, column: Int = 0) -> [[Position]] {
        rows < 2 ? [] : [(0..<rows).map { Position($0, column) }]
    }

    /// Lines of a cross table whose last row and last column are totals.
    public static func crossLines(rows: Int, columns: Int) -> [[Position]] {
        let across = (0..<rows).map { r in (0..<columns).map { Position(r, $0) } }
        let down = (0..<columns).map { c in (0..<rows).map { Position($0, c) } }
        return across + down
    }
}
