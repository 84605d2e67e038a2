/// `[report]`: the yearly report for the district's social committee and funders.
public struct ReportSettings: Sendable, Equatable {
    /// Counts below this are shown as "< N" (`min_cell`); default 5. Below 3 a single
    /// client could be picked out; above 20 a small district's report would be empty.
    public var minCell: Int

    /// Defaults for a configuration without `[report]`.
    public init(minCell: Int = 5) {
        self.minCell = minCell
    }

    static func parse(_ reader: inout SectionReader) throws(ConfigurationError) -> ReportSettings {
        var s = ReportSettings()
        if let n = try reader.integer("min_cell", in: 3...20) { s.minCell = n }
        return s
    }
}
