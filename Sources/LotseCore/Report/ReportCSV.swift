/// The report as one CSV file (RFC 4180, UTF-8) in long form: one record per figure with
/// its table, row, column and period, so a spreadsheet can filter or pivot any table and
/// one file holds everything (one file per table would scatter a report over a dozen
/// files). Keys are fixed English codes as in the roster CSV, for formulas; the last
/// columns word the table, row and column in the report's language, for people. Numbers
/// use a decimal point; a hidden figure has an empty `value`, `suppressed` = `yes`,
/// `reason` (`primary`, `secondary`, `derived`, `quarter`) and `display` "< 5" or "×".
public enum ReportCSV {
    /// The header row's keys.
    public static let header = ["table", "row", "column", "period", "from", "to", "value", "suppressed", "reason", "display",
                                "table_label", "row_label", "column_label"]

    /// The data rows: each table's period, then its previous period when there is one.
    public static func rows(_ document: ReportDocument, labels: ReportLabels) -> [[String]] {
        var result: [[String]] = []
        for table in document.tables {
            let grids: [(String, ReportPeriod, [[ReportCell]])] = [("current", document.period, table.current)]
                + (zip(document.previousPeriod.map { [$0] } ?? [], table.previous.map { [$0] } ?? []).map { ("previous", $0, $1) })
            for (name, period, grid) in grids {
                for (r, row) in table.rows.enumerated() {
                    for (c, column) in table.columns.enumerated() where r < grid.count && c < grid[r].count {
                        let cell = grid[r][c]
                        result.append([table.id, row, column, name, period.from.description, period.to.description,
                                       cell.value.map { ReportCell.number($0, german: false) } ?? "",
                                       cell.suppressed ? "yes" : "no", cell.reason ?? "", cell.text(minCell: document.minCell, german: false),
                                       labels.title(table.id), labels.row(row, in: table.id), labels.key(column)])
                    }
                }
            }
        }
        return result
    }

    /// The whole file, labels in `labels`' language; a byte-order mark only on request,
    /// as for the roster.
    public static func render(_ document: ReportDocument, labels: ReportLabels, withByteOrderMark: Bool = false) -> String {
        (withByteOrderMark ? "\u{FEFF}" : "") + CSVFormat.document([header] + rows(document, labels: labels))
    }
}
