/// The small-number rule over one period of the report, all tables at once: the counts
/// are the unknowns of a linear system whose equations are the published sums (a list
/// and its total, the rows and columns of a cross table and its margins, and the same
/// figure printed in two tables, such as the number of referrals). A reader knows every
/// shown count, that a count marked "< 5" lies between 0 and 4 and that a count withheld
/// for protection is at least 5. Every count below the threshold is hidden (primary);
/// then, while any hidden count is determined by what is published (no move of the
/// hidden counts within their bounds keeps every sum and changes it), the smallest shown
/// count of a sum that holds it is hidden as well (secondary). Hiding more only widens
/// what the hidden counts could be, so a count once shown to be protected stays protected
/// and the pass ends with every hidden count undetermined. A report over several quarters
/// starts from the marks its quarters' own reports dictate (`initial`) instead.
struct SuppressionSystem {
    /// The counts, one per variable (a figure printed in two tables is one variable).
    var values: [Int]
    /// Each published sum as (variable, coefficient) pairs that add up to zero: parts +1,
    /// the total −1.
    var lines: [[(variable: Int, coefficient: Double)]]
    /// Counts below this are hidden.
    var minCell: Int
    /// Marks to start from, one per variable (nil: from the threshold alone).
    var initial: [Mark?]? = nil

    /// How a variable is hidden.
    enum Mark: String, Sendable {
        /// Below the threshold.
        case primary
        /// Hidden so that no hidden count can be worked out.
        case secondary
        /// In a report over several quarters: a sum of quarter counts at least one of
        /// which that quarter's report hides. It states no bound (it may be below the
        /// threshold or not), since a bound on a sum of hidden counts could, together
        /// with the quarter reports, pin them down.
        case quarter
    }

    /// The marks after both passes; nil for shown variables.
    func marks() -> [Mark?] {
        var marks: [Mark?] = values.indices.map { index in
            initial.flatMap { $0.indices.contains(index) ? $0[index] : nil } ?? (values[index] < minCell ? .primary : nil)
        }
        var protected = Set<Int>()
        var linesOf: [Int: [Int]] = [:]
        for (index, line) in lines.enumerated() {
            for member in line { linesOf[member.variable, default: []].append(index) }
        }
        while true {
            var exposed: Int?
            for variable in values.indices where marks[variable] != nil && !protected.contains(variable) {
                if determined(variable, marks) { exposed = variable; break }
                protected.insert(variable)
            }
            guard let exposed else { return marks }
            // Hide the smallest shown count of a sum that holds the exposed one; failing
            // that, of a sum one step further along the sums (the exposure runs through
            // several of them), and so on. Counts in sums not linked to the exposed one
            // cannot change what it could be, so they are never hidden for it. Of equal
            // counts, the one in fewer sums goes first: a part rather than a total that
            // stands in several tables.
            func cost(_ v: Int) -> (Int, Int, Int) { (values[v], linesOf[v]?.count ?? 0, v) }
            var pick: Int?
            var reached: Set<Int> = [exposed], visitedLines = Set<Int>(), frontier = [exposed]
            while pick == nil, !frontier.isEmpty {
                var ring: Set<Int> = []
                for variable in frontier {
                    for line in linesOf[variable] ?? [] where visitedLines.insert(line).inserted {
                        ring.formUnion(lines[line].map(\.variable))
                    }
                }
                pick = ring.filter { marks[$0] == nil }.min { cost($0) < cost($1) }
                frontier = Array(ring.subtracting(reached))
                reached.formUnion(ring)
            }
            guard let pick else {
                // Nothing left to hide: the count is as protected as the table allows.
                protected.insert(exposed)
                continue
            }
            marks[pick] = .secondary
        }
    }

    /// True when the published figures leave a hidden variable only one value.
    func determined(_ variable: Int, _ marks: [Mark?]) -> Bool {
        var room: [Int: FeasibleDirection.Room] = [:]
        for (index, mark) in marks.enumerated() {
            guard let mark else { continue }
            let value = values[index]
            switch mark {
            case .primary: room[index] = .init(up: value < minCell - 1, down: value > 0)
            case .secondary: room[index] = .init(up: true, down: value > minCell)
            case .quarter: room[index] = .init(up: true, down: value > 0)
            }
        }
        // Only the hidden part of each sum can move; shown counts are constants.
        let hiddenLines = lines.map { line in line.filter { marks[$0.variable] != nil } }.filter { !$0.isEmpty }
        guard let own = room[variable] else { return false }
        let moves = (own.up ? [1.0] : []) + (own.down ? [-1.0] : [])
        return !moves.contains { FeasibleDirection.exists(target: variable, sign: $0, lines: hiddenLines, room: room) }
    }
}
