@testable import LotseCore

/// What a reader could work out from a published table: an exact search over the
/// integers for every hidden cell's possible values, given the shown cells, the sums
/// (every line's parts add up to its total), "< 5" meaning 0…4 and "×" meaning 5 or
/// more. Written independently of `CellSuppression` (no linear programming: interval
/// propagation and splitting over the integers), so that it checks the rule rather than
/// repeating it.
enum Recovery {
    /// The hidden cells whose value the published figures fix: for each, a search for
    /// another solution of every sum that gives it a different value than the true one.
    static func determined(_ counts: [[Int?]], _ marks: [[String?]], lines: [[CellSuppression.Position]], minCell: Int)
        -> [CellSuppression.Position] {
        typealias Position = CellSuppression.Position
        var bounds: [Position: ClosedRange<Int>] = [:]
        let cap = 2 * counts.joined().compactMap { $0 }.reduce(0, +) + minCell
        for (r, row) in marks.enumerated() {
            for (c, mark) in row.enumerated() where mark != nil {
                bounds[Position(r, c)] = mark == "primary" ? 0...(minCell - 1) : minCell...cap
            }
        }
        let hidden = bounds.keys.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        return hidden.filter { p in
            guard let range = bounds[p], let truth = counts[p.row][p.column] else { return true }
            let below = truth > range.lowerBound ? [range.lowerBound...(truth - 1)] : []
            let above = truth < range.upperBound ? [(truth + 1)...range.upperBound] : []
            return !(below + above).contains { other in
                var trial = bounds
                trial[p] = other
                return solvable(trial, counts, lines)
            }
        }
    }

    /// Whether the hidden cells can take values within `bounds` that make every line add
    /// up: interval propagation over the lines, then a split of the narrowest range.
    static func solvable(_ bounds: [CellSuppression.Position: ClosedRange<Int>], _ counts: [[Int?]],
                         _ lines: [[CellSuppression.Position]]) -> Bool {
        var bounds = bounds
        var changed = true
        while changed {
            changed = false
            for line in lines {
                // Σ sign · x = 0, parts +1 and the total −1.
                func range(_ p: CellSuppression.Position) -> (Int, Int) {
                    if let r = bounds[p] { return (r.lowerBound, r.upperBound) }
                    let v = counts[p.row][p.column] ?? 0
                    return (v, v)
                }
                for (index, p) in line.enumerated() where bounds[p] != nil {
                    var low = 0, high = 0
                    for (other, q) in line.enumerated() where other != index {
                        let (a, b) = range(q)
                        let sign = other == line.count - 1 ? -1 : 1
                        low += sign > 0 ? a : -b
                        high += sign > 0 ? b : -a
                    }
                    // sign_p · x_p = −(rest): a part is −rest, the total is +rest.
                    let (newLow, newHigh) = index == line.count - 1 ? (low, high) : (-high, -low)
                    guard let current = bounds[p] else { continue }
                    let tightened = max(current.lowerBound, newLow), top = min(current.upperBound, newHigh)
                    guard tightened <= top else { return false }
                    if tightened != current.lowerBound || top != current.upperBound {
                        bounds[p] = tightened...top
                        changed = true
                    }
                }
            }
        }
        guard let open = bounds.filter({ $0.value.count > 1 }).min(by: { $0.value.count < $1.value.count }) else { return true }
        let middle = (open.value.lowerBound + open.value.upperBound) / 2
        for half in [open.value.lowerBound...middle, (middle + 1)...open.value.upperBound] {
            var trial = bounds
            trial[open.key] = half
            if solvable(trial, counts, lines) { return true }
        }
        return false
    }

    /// Inner cells with a total column and a total row.
    static func withMargins(_ inner: [[Int]]) -> [[Int?]] {
        var rows: [[Int?]] = inner.map { $0 + [$0.reduce(0, +)] }
        let columns = inner[0].count
        rows.append((0...columns).map { c in rows.reduce(0) { $0 + ($1[c] ?? 0) } })
        return rows
    }

    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct SeededGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
