/// The small-number rule on the report's grids: each grid's counts with the sums it
/// states (a list and its total, the rows and columns of a cross table with its margins),
/// and links between grids that print the same figure (the number of referrals stands
/// under every breakdown of referrals). The counts of all grids of one period form one
/// linear system (`SuppressionSystem`): every count below the threshold is hidden, then
/// more counts are hidden until no hidden count can be worked out from what is shown,
/// its stated bounds ("< 5" is 0 to 4, a count withheld for protection is 5 or more)
/// included. Each line lists its parts first and its total last.
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

    /// A cell of one of several grids.
    public struct GridPosition: Hashable, Sendable {
        /// Which grid.
        public var grid: Int
        /// Where in it.
        public var position: Position
        /// Creates a grid position.
        public init(_ grid: Int, _ position: Position) { (self.grid, self.position) = (grid, position) }
    }

    /// The suppression of each cell of one grid: nil (shown), `primary` or `secondary`.
    /// `counts` holds the counts (nil for cells that are not counts, which take part in no
    /// rule); `lines` lists each sum with its parts.
    public static func apply(_ counts: [[Int?]], lines: [[Position]], minCell: Int) -> [[String?]] {
        apply([(counts, lines)], links: [], minCell: minCell)[0]
    }

    /// The suppression of the cells of several grids whose sums and shared figures are
    /// published together; `links` name cells that print one and the same figure.
    /// `initial`, shaped like the grids, gives marks to start from (`primary`,
    /// `secondary`, `quarter`); without it every count below `minCell` starts as primary.
    public static func apply(_ grids: [(counts: [[Int?]], lines: [[Position]])], links: [[GridPosition]],
                             minCell: Int, initial: [[[String?]]]? = nil) -> [[[String?]]] {
        var variable: [GridPosition: Int] = [:]
        var values: [Int] = []
        for (g, grid) in grids.enumerated() {
            for (r, row) in grid.counts.enumerated() {
                for (c, count) in row.enumerated() {
                    guard let count else { continue }
                    variable[GridPosition(g, Position(r, c))] = values.count
                    values.append(count)
                }
            }
        }
        // A shared figure is one unknown; a link whose cells disagree joins nothing.
        var representative = Array(values.indices)
        for link in links {
            let members = link.compactMap { variable[$0] }
            guard let first = members.first, members.allSatisfy({ values[$0] == values[first] }) else { continue }
            for member in members { representative[member] = representative[first] }
        }
        var lines: [[(variable: Int, coefficient: Double)]] = []
        for (g, grid) in grids.enumerated() {
            for line in grid.lines {
                let members = line.enumerated().compactMap { index, position in
                    variable[GridPosition(g, position)].map { (variable: representative[$0], coefficient: index == line.count - 1 ? -1.0 : 1.0) }
                }
                if members.count > 1 { lines.append(members) }
            }
        }
        var start: [SuppressionSystem.Mark?]?
        if let initial {
            // A figure shared by several cells starts hidden when any of them is.
            var marks: [SuppressionSystem.Mark?] = Array(repeating: nil, count: values.count)
            for (position, index) in variable {
                let g = position.grid, r = position.position.row, c = position.position.column
                guard initial.indices.contains(g), initial[g].indices.contains(r), initial[g][r].indices.contains(c),
                      let mark = initial[g][r][c].flatMap(SuppressionSystem.Mark.init(rawValue:)) else { continue }
                let shared = representative[index]
                if marks[shared] == nil || marks[shared] == .secondary { marks[shared] = mark }
            }
            start = marks
        }
        let marks = SuppressionSystem(values: values, lines: lines, minCell: minCell, initial: start).marks()
        return grids.enumerated().map { g, grid in
            grid.counts.enumerated().map { r, row in
                row.indices.map { c in
                    variable[GridPosition(g, Position(r, c))].flatMap { marks[representative[$0]]?.rawValue }
                }
            }
        }
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
