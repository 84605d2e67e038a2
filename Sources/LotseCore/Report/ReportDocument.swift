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

    /// Creates a document.
    public init(district: String, period: ReportPeriod, previousPeriod: ReportPeriod?, generatedOn: CalendarDate,
                minCell: Int, waitingLimitWeeks: Int, tables: [ReportTable]) {
        format = "lotse-report/1"
        (self.district, self.period, self.previousPeriod, self.generatedOn) = (district, period, previousPeriod, generatedOn)
        (self.minCell, self.waitingLimitWeeks, self.tables) = (minCell, waitingLimitWeeks, tables)
    }

    /// The table with a key.
    public func table(_ id: String) -> ReportTable? { tables.first { $0.id == id } }
}
