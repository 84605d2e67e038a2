/// Whether a hidden count can change while every published figure stays the same: the
/// question a reader with the report and a linear-programming solver would ask. The
/// hidden counts `d` must keep every published sum (`Σ coefficient · d = 0` on each
/// line) and may only move where their stated bounds leave room (a hidden count that
/// stands at its lowest possible value cannot go down). If some such move changes the
/// count in question, its value is not determined by the report; if none does, the
/// report gives it away exactly.
///
/// Solved as the feasibility of `A z = b, z ≥ 0` by phase one of the simplex method with
/// Bland's rule (no cycling): the systems are a few dozen counts and lines, with
/// coefficients ±1, so a dense tableau in `Double` is exact enough (every pivot divides
/// small integers) and quick.
enum FeasibleDirection {
    /// How a hidden count may move from its true value within its bounds.
    struct Room: Sendable, Equatable {
        /// It is below its upper bound.
        var up: Bool
        /// It is above its lower bound.
        var down: Bool
    }

    /// True when some move of the hidden counts keeps every line's sum and changes
    /// `target` by `sign` (+1 or −1). `lines` hold (variable, coefficient) pairs over
    /// hidden variables only; `room` says which way each hidden variable may move.
    static func exists(target: Int, sign: Double, lines: [[(variable: Int, coefficient: Double)]], room: [Int: Room]) -> Bool {
        // Columns: one per allowed direction of every other hidden variable.
        var columns: [(variable: Int, factor: Double)] = []
        for variable in room.keys.sorted() where variable != target {
            if room[variable]?.up == true { columns.append((variable, 1)) }
            if room[variable]?.down == true { columns.append((variable, -1)) }
        }
        var rows: [[Double]] = []
        var rhs: [Double] = []
        for line in lines {
            var row = Array(repeating: 0.0, count: columns.count)
            var constant = 0.0
            for (variable, coefficient) in line {
                if variable == target { constant += coefficient * sign; continue }
                for (index, column) in columns.enumerated() where column.variable == variable {
                    row[index] += coefficient * column.factor
                }
            }
            if row.allSatisfy({ $0 == 0 }) {
                if abs(constant) > epsilon { return false }
                continue
            }
            rows.append(row)
            rhs.append(-constant)
        }
        return feasible(rows, rhs)
    }

    static let epsilon = 1e-9

    /// Phase one: is there `z ≥ 0` with `rows · z = rhs`?
    static func feasible(_ rows: [[Double]], _ rhs: [Double]) -> Bool {
        let m = rows.count
        guard m > 0 else { return true }
        let n = rows[0].count
        // Tableau: n structural columns, m artificial columns, then the right-hand side.
        var tableau: [[Double]] = []
        for (index, row) in rows.enumerated() {
            let flip = rhs[index] < 0 ? -1.0 : 1.0
            var line = row.map { $0 * flip }
            line += (0..<m).map { $0 == index ? 1 : 0 }
            line.append(rhs[index] * flip)
            tableau.append(line)
        }
        var basis = (0..<m).map { n + $0 }
        // Reduced costs of minimising the sum of the artificials.
        var cost = Array(repeating: 0.0, count: n + m + 1)
        for row in tableau {
            for column in 0..<n { cost[column] -= row[column] }
            cost[n + m] -= row[n + m]
        }
        for _ in 0..<10_000 {
            guard let entering = (0..<(n + m)).first(where: { cost[$0] < -epsilon }) else { break }
            var leaving: Int?
            var best = Double.infinity
            for r in 0..<m where tableau[r][entering] > epsilon {
                let ratio = tableau[r][n + m] / tableau[r][entering]
                if ratio < best - epsilon || (abs(ratio - best) <= epsilon && basis[r] < basis[leaving ?? r]) {
                    best = ratio
                    leaving = r
                }
            }
            guard let pivot = leaving else { break }
            let divisor = tableau[pivot][entering]
            tableau[pivot] = tableau[pivot].map { $0 / divisor }
            for r in 0..<m where r != pivot {
                let factor = tableau[r][entering]
                if factor != 0 { tableau[r] = zip(tableau[r], tableau[pivot]).map { $0 - factor * $1 } }
            }
            let factor = cost[entering]
            cost = zip(cost, tableau[pivot]).map { $0 - factor * $1 }
            basis[pivot] = entering
        }
        // The objective's value is −cost[last]; feasible when the artificials sum to 0.
        return -cost[n + m] <= 1e-7
    }
}
