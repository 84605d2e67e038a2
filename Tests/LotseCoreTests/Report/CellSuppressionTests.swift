import Testing
@testable import LotseCore

@Suite struct CellSuppressionTests {
    typealias P = CellSuppression.Position

    @Test func aSingleSmallCountInAListHidesTheNextSmallestToo() {
        // 12 + 3 + 7 = 22: with only the 3 hidden, 22 − 12 − 7 would give it away.
        let marks = CellSuppression.apply([[12], [3], [7], [22]], lines: CellSuppression.listLines(rows: 4), minCell: 5)
        #expect(marks.map { $0[0] } == [nil, "primary", "secondary", nil])
    }

    @Test func twoSmallCountsNeedNoSecondPass() {
        let marks = CellSuppression.apply([[12], [3], [2], [17]], lines: CellSuppression.listLines(rows: 4), minCell: 5)
        #expect(marks.map { $0[0] } == [nil, "primary", "primary", nil])
    }

    @Test func hiddenPartsAddingUpToNothingHideOneMorePart() {
        // 0 + 0 + 7 = 7: both zeros hidden, but 7 − 7 would show that they are zero.
        let marks = CellSuppression.apply([[0], [0], [7], [9], [16]], lines: CellSuppression.listLines(rows: 5), minCell: 5)
        #expect(marks.map { $0[0] } == ["primary", "primary", "secondary", nil, nil])
    }

    @Test func aWithheldCountAtTheThresholdIsKnownToBeAtLeastIt() {
        // 0 + 5 = 5 beside 12: "< 5" is 0…4 and "×" is 5 or more, so 0 and 5 would be the
        // only solution; one more part must be hidden.
        let marks = CellSuppression.apply([[0], [5], [12], [17]], lines: CellSuppression.listLines(rows: 4), minCell: 5)
        #expect(marks.map { $0[0] } == ["primary", "secondary", "secondary", nil])
        #expect(Recovery.determined([[0], [5], [12], [17]], marks, lines: CellSuppression.listLines(rows: 4), minCell: 5).isEmpty)
    }

    @Test func zeroIsHiddenLikeAnyCountBelowTheThreshold() {
        let marks = CellSuppression.apply([[0], [9], [9]], lines: [], minCell: 5)
        #expect(marks.map { $0[0] } == ["primary", nil, nil])
    }

    /// Tables (urgency × time waited, inner cells) in which the former rule — at least two
    /// hidden cells in every line — left a cell that rows, columns and the grand total
    /// pinned down exactly, as an outside check found.
    static let exposedBefore: [[[Int]]] = [
        [[6, 12, 0, 7], [2, 6, 6, 1], [5, 9, 5, 0]],
        [[7, 9, 0, 1], [9, 6, 5, 7], [0, 7, 0, 3]],
        [[9, 6, 7, 5], [6, 5, 0, 9], [9, 12, 12, 5]],
        [[7, 0, 0, 3], [6, 5, 6, 2], [3, 0, 3, 9]],
        [[12, 0, 2, 0], [0, 0, 0, 7], [5, 6, 12, 3]],
        [[0, 2, 5, 0], [0, 0, 3, 12], [5, 7, 6, 5]],
        [[9, 9, 0, 5], [9, 6, 9, 2], [9, 6, 0, 3]],
        [[1, 0, 0, 6], [15, 7, 9, 12], [5, 12, 15, 6]],
    ]

    @Test func theRecoverySearchFindsWhatTheFormerRuleGaveAway() {
        // The former rule's marks for the fourth table: column 2 holds 0, a withheld 5 and
        // 0 under a shown total of 5; a withheld count is at least 5, so all three are known.
        let counts = Recovery.withMargins([[7, 0, 0, 3], [6, 5, 6, 2], [3, 0, 3, 9]])
        let p = "primary", s = "secondary"
        let former: [[String?]] = [[nil, p, p, p, nil], [s, s, nil, p, nil], [p, p, p, nil, nil], [nil, nil, nil, nil, nil]]
        let found = Recovery.determined(counts, former, lines: CellSuppression.crossLines(rows: 4, columns: 5), minCell: 5)
        #expect(found == [P(0, 1), P(1, 1), P(2, 1)])
    }

    @Test(arguments: exposedBefore)
    func noHiddenCellOfACrossTableCanBeRecoveredFromItsMargins(_ inner: [[Int]]) {
        let counts = Recovery.withMargins(inner)
        let lines = CellSuppression.crossLines(rows: counts.count, columns: counts[0].count)
        let marks = CellSuppression.apply(counts, lines: lines, minCell: 5)
        #expect(Recovery.determined(counts, marks, lines: lines, minCell: 5).isEmpty, "recoverable in \(inner): \(marks)")
    }

    @Test func noHiddenCellOfManyRandomCrossTablesCanBeRecovered() {
        var generator = Recovery.SeededGenerator(seed: 18)
        let choices = [0, 0, 1, 2, 3, 4, 5, 6, 7, 9, 12]
        var exposed: [[[Int]]] = []
        var secondary = 0
        for _ in 0..<80 {
            let inner = (0..<3).map { _ in (0..<4).map { _ in choices[Int(generator.next() % UInt64(choices.count))] } }
            let counts = Recovery.withMargins(inner)
            let lines = CellSuppression.crossLines(rows: 4, columns: 5)
            let marks = CellSuppression.apply(counts, lines: lines, minCell: 5)
            secondary += marks.joined().filter { $0 == "secondary" }.count
            if !Recovery.determined(counts, marks, lines: lines, minCell: 5).isEmpty { exposed.append(inner) }
        }
        #expect(exposed.isEmpty, "recoverable: \(exposed.prefix(3))")
        #expect(secondary > 40, "the tables hardly needed secondary suppression: \(secondary)")
    }

    @Test func aFigureSharedByTwoTablesIsHiddenInBoth() {
        // Kinds 2 + 1 + 4 = 7 and urgencies 3 + 4 = 7: the same referrals. Every count
        // but a total is small; the totals are one figure, shown in both or in neither.
        let grids: [(counts: [[Int?]], lines: [[P]])] = [
            ([[2], [1], [4], [7]], CellSuppression.listLines(rows: 4)),
            ([[3], [4], [7]], CellSuppression.listLines(rows: 3)),
        ]
        let links = [[CellSuppression.GridPosition(0, P(3, 0)), CellSuppression.GridPosition(1, P(2, 0))]]
        let marks = CellSuppression.apply(grids, links: links, minCell: 5)
        #expect(marks[0][3][0] == marks[1][2][0])
        #expect(marks[0].map { $0[0] } == ["primary", "primary", "primary", nil])
    }

    @Test func cellsMarkSmallCountsAndWithheldFiguresApart() {
        #expect(ReportCell.hidden("primary").value == nil)
        #expect(ReportCell.hidden("primary").text(minCell: 5, german: true) == "< 5")
        #expect(ReportCell.hidden("secondary").text(minCell: 5, german: true) == "×")
        #expect(ReportCell.hidden("derived").text(minCell: 5, german: false) == "×")
        #expect(ReportCell.shown(12.5).text(minCell: 5, german: true) == "12,5")
        #expect(ReportCell.shown(12.5).text(minCell: 5, german: false) == "12.5")
    }
}
