/// One table of the report: named rows (categories, months, "total") against named
/// columns, once for the period and once for the previous period when there is one.
/// Labels are not stored: rows and columns carry keys that the renderer words in German
/// or English, so the JSON stays the same in both languages.
public struct ReportTable: Sendable, Equatable, Codable {
    /// The table's key, e.g. `referrals-by-kind`.
    public var id: String
    /// Row keys in order (`total` last where there is a total).
    public var rows: [String]
    /// Column keys in order (`count` for a simple list).
    public var columns: [String]
    /// The period's cells, rows × columns.
    public var current: [[ReportCell]]
    /// The previous period's cells, same shape, when the previous period holds data.
    public var previous: [[ReportCell]]?
    /// How the HTML draws it: `bars`, `line`, `distribution` or `none`.
    public var chart: String

    /// Creates a table.
    public init(id: String, rows: [String], columns: [String], current: [[ReportCell]], previous: [[ReportCell]]?, chart: String) {
        (self.id, self.rows, self.columns, self.current, self.previous, self.chart) = (id, rows, columns, current, previous, chart)
    }

    /// The cell at a row and column key in the period (or the previous one).
    public func cell(_ row: String, _ column: String, previous wantPrevious: Bool = false) -> ReportCell? {
        guard let r = rows.firstIndex(of: row), let c = columns.firstIndex(of: column) else { return nil }
        guard let grid = wantPrevious ? previous : current else { return nil }
        return grid[r][c]
    }
}
