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

    @Test func zeroIsHiddenLikeAnyCountBelowTheThreshold() {
        let marks = CellSuppression.apply([[0], [9], [9]], lines: [], minCell: 5)
        #expect(marks.map { $0[0] } == ["primary", nil, nil])
    }

    @Test func crossTableRepeatsUntilNoLineHasExactlyOneHiddenCell() {
        // rows: 3 + 10 = 13, 8 + 9 = 17; columns 11, 19; total 30.
        let counts: [[Int?]] = [[3, 10, 13], [8, 9, 17], [11, 19, 30]]
        let marks = CellSuppression.apply(counts, lines: CellSuppression.crossLines(rows: 3, columns: 3), minCell: 5)
        let lines = CellSuppression.crossLines(rows: 3, columns: 3)
        for line in lines {
            #expect(line.filter { marks[$0.row][$0.column] != nil }.count != 1, "line \(line) gives a hidden cell away")
        }
        #expect(marks[0][0] == "primary")
        #expect(marks.flatMap { $0 }.filter { $0 == "secondary" }.count >= 3)
    }

    @Test func cellsShowTheThresholdAndNeverTheHiddenValue() {
        let cell = ReportCell.hidden("primary")
        #expect(cell.value == nil)
        #expect(cell.text(minCell: 5, german: true) == "< 5")
        #expect(ReportCell.shown(12.5).text(minCell: 5, german: true) == "12,5")
        #expect(ReportCell.shown(12.5).text(minCell: 5, german: false) == "12.5")
    }
}
