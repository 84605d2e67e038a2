/// The whole report as it leaves the daemon: every figure already passed through the
/// small-number rule, so no rendering (HTML, CSV, JSON) can show a hidden count. It holds
/// no pseudonym, no note and no record number.
public struct ReportDocument: Sendable, Equatable, Codable {
    /// `lotse-report/1`, for readers of the JSON.
    public var format: String
    /// The district's name from `[district] name`.
    public var district: String
    /// The period reported.
    public var period: ReportPeriod
    /// The period compared with, when it holds any data.
    public var previousPeriod: ReportPeriod?
    /// The day the report was made (follow-up steps are overdue relative to it).
    public var generatedOn: CalendarDate
    /// `[report] min_cell`: counts below it are hidden.
    public var minCell: Int
    /// `[planning] waiting_limit_weeks`: the limit the "seen in time" share is measured against.
    public var waitingLimitWeeks: Int
    /// The tables, in the order the report prints them.
    public var tables: [ReportTable]
    /// The quarters of the period and the previous period whose figures are frozen, and
    /// since when: their figures no longer follow late entries, corrections or the
    /// retention purge, so a report printed again reads the same.
    public var frozen: [FrozenNote]

    /// Creates a document.
    public init(district: String, period: ReportPeriod, previousPeriod: ReportPeriod?, generatedOn: CalendarDate,
                minCell: Int, waitingLimitWeeks: Int, tables: [ReportTable], frozen: [FrozenNote] = []) {
        format = "lotse-report/1"
        (self.district, self.period, self.previousPeriod, self.generatedOn) = (district, period, previousPeriod, generatedOn)
        (self.minCell, self.waitingLimitWeeks, self.tables, self.frozen) = (minCell, waitingLimitWeeks, tables, frozen)
    }

    /// The table with a key.
    public func table(_ id: String) -> ReportTable? { tables.first { $0.id == id } }
}

/// A quarter whose figures are frozen, as the report states it: the quarter's first and
/// last day and the day its figures were frozen.
public struct FrozenNote: Sendable, Equatable, Codable {
    /// The quarter's first day.
    public var from: CalendarDate
    /// The quarter's last day.
    public var to: CalendarDate
    /// The day its figures were frozen.
    public var since: CalendarDate

    /// Creates a note.
    public init(from: CalendarDate, to: CalendarDate, since: CalendarDate) { (self.from, self.to, self.since) = (from, to, since) }
}
