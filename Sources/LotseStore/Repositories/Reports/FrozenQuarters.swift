import Foundation
import LotseCore
import LotseJSON

/// The frozen figures of ended quarters (`report_frozen_quarters`, see
/// `SchemaFrozenQuarters`): an ended quarter's facts are counted once, the first time
/// they are needed after it ended, and every later report uses them, so that a report
/// printed again shows the same figures whatever was recorded late, corrected or purged
/// in between. Rows hold aggregate counts only (`PeriodFacts`), never a pseudonym.
public struct FrozenQuarters {
    /// The connection, inside the caller's transaction (a write one to freeze).
    public let db: Connection

    /// Works through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Every frozen quarter, by its first day.
    public func all() throws(StoreError) -> [CalendarDate: FrozenQuarter] {
        var result: [CalendarDate: FrozenQuarter] = [:]
        for row in try db.fetchAll("SELECT quarter, frozen_on, facts FROM report_frozen_quarters ORDER BY quarter") {
            let quarter = try row.decode(CalendarDate.self, "quarter")
            let text = try row.decode(String.self, "facts")
            guard let value = try? JSONParser().parse(text), let facts = PeriodFacts(json: value) else {
                throw StoreError(kind: .decoding(column: "facts", expected: "the frozen counts of quarter \(quarter) as JSON"),
                                 message: "The frozen figures of the quarter from \(quarter) cannot be read (report_frozen_quarters.facts).")
            }
            result[quarter] = FrozenQuarter(quarter: quarter, frozenOn: try row.decode(CalendarDate.self, "frozen_on"), facts: facts)
        }
        return result
    }

    /// Freezes each of `quarters` that ended before `today` and is not frozen yet, with
    /// its facts counted from `records`; returns every frozen quarter afterwards. A
    /// quarter still running (or any period that is not one quarter) is left alone.
    @discardableResult
    public func freeze(_ quarters: [ReportPeriod], records: ReportRecords, today: CalendarDate)
        throws(StoreError) -> [CalendarDate: FrozenQuarter] {
        var frozen = try all()
        for quarter in quarters where quarter.quarters?.count == 1 && quarter.to < today && frozen[quarter.from] == nil {
            let facts = PeriodFacts.count(records, in: quarter, today: today)
            try insert(FrozenQuarter(quarter: quarter.from, frozenOn: today, facts: facts))
            frozen[quarter.from] = FrozenQuarter(quarter: quarter.from, frozenOn: today, facts: facts)
        }
        return frozen
    }

    /// The facts of every ended quarter not frozen yet, from the first quarter any record
    /// speaks of to the last one ended before `today`, counted from `records`: taken
    /// before the retention purge deletes anything, to freeze those the purge changes
    /// (`freezeChanged`).
    public func unfrozenEnded(records: ReportRecords, today: CalendarDate) throws(StoreError) -> [CalendarDate: PeriodFacts] {
        guard let first = records.firstDay else { return [:] }
        let frozen = try all()
        var result: [CalendarDate: PeriodFacts] = [:]
        var start = ReportPeriod.quarterStart(containing: first)
        while let quarter = ReportPeriod.quarters(from: start, to: ReportPeriod.quarterEnd(containing: start)), quarter.to < today {
            if frozen[start] == nil { result[start] = PeriodFacts.count(records, in: quarter, today: today) }
            start = start.adding(months: 3)
        }
        return result
    }

    /// Freezes, with the facts they had `before`, the quarters whose facts counted from
    /// `records` now differ: what a purge deleted leaves no ended quarter's figures, and
    /// quarters it did not touch stay open to late entries. Returns how many it froze.
    @discardableResult
    public func freezeChanged(before: [CalendarDate: PeriodFacts], records: ReportRecords, today: CalendarDate) throws(StoreError) -> Int {
        var count = 0
        for (start, facts) in before.sorted(by: { $0.key < $1.key }) {
            guard let quarter = ReportPeriod.quarters(from: start, to: ReportPeriod.quarterEnd(containing: start)),
                  PeriodFacts.count(records, in: quarter, today: today) != facts else { continue }
            try insert(FrozenQuarter(quarter: start, frozenOn: today, facts: facts))
            count += 1
        }
        return count
    }

    func insert(_ quarter: FrozenQuarter) throws(StoreError) {
        try db.execute("INSERT OR IGNORE INTO report_frozen_quarters (quarter, frozen_on, facts) VALUES (?, ?, ?)",
                       [quarter.quarter, quarter.frozenOn, quarter.facts.json.serialized])
    }
}
