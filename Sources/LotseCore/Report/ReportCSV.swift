/// The report as one CSV file in long form (machine form: RFC 4180, UTF-8, commas; the
/// spreadsheet form, `spreadsheet`, words the same records for people): one record per figure with
/// its table, row, column and period, so a spreadsheet can filter or pivot any table and
/// one file holds everything (one file per table would scatter a report over a dozen
/// files). Keys are fixed English codes as in the roster CSV, for formulas; the last
/// columns word the table, row and column in the report's language, for people. Numbers
/// use a decimal point; a hidden figure has an empty `value`, `suppressed` = `yes`,
/// `reason` (`primary`, `secondary`, `derived`, `order-statistic`, `quarter`) and `display` "< 5" or "×".
/// The last records (table `frozen-figures`) name the quarters whose figures are frozen,
/// the day of freezing in `display` (the spreadsheet form: as the value).
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
        // Then one record per frozen quarter: the day in `display`, as it has no value.
        for (note, current) in frozenQuarters(document) {
            result.append(["frozen-figures", "quarter", "frozen-on", current ? "current" : "previous", note.from.description,
                           note.to.description, "", "no", "", note.since.description,
                           labels.title("frozen-figures"), labels.quarter(note.from), labels.key("frozen-on")])
        }
        return result
    }

    /// The quarters whose figures are frozen, each with the period it belongs to (the
    /// report's or the previous one) and the day it was frozen.
    static func frozenQuarters(_ document: ReportDocument) -> [(note: FrozenNote, current: Bool)] {
        document.frozen.map { ($0, document.period.contains($0.from)) }
    }

    /// The header of the spreadsheet form in the reader's language.
    public static func spreadsheetHeader(_ labels: ReportLabels) -> [String] {
        [labels.pick("Tabelle", "Table"), labels.pick("Zeile", "Row"), labels.pick("Spalte", "Column"),
         labels.pick("Zeitraum", "Period"), labels.pick("von", "From"), labels.pick("bis", "To"), labels.pick("Wert", "Value"),
         labels.pick("Anzeige", "Shown as"), labels.pick("Grund", "Reason")]
    }

    /// Why a figure is hidden, in words (empty when shown).
    static func reasonText(_ cell: ReportCell, minCell: Int, labels: ReportLabels) -> String {
        switch cell.reason {
        case "primary": return labels.pick("unter \(minCell)", "below \(minCell)")
        case "secondary": return labels.withheldLegend
        case "derived": return labels.pick("beruht auf einer ausgeblendeten Anzahl", "rests on a hidden count")
        case "quarter": return labels.pick("ein Quartal blendet einen Teil aus", "a quarter hides a part")
        case ReportCell.orderStatisticReason:
            return labels.pick("zu wenige Wartezeiten um den Wert, oder er grenzte eine ausgeblendete Klasse ein",
                               "too few waits around it, or it would narrow down a hidden class")
        default: return ""
        }
    }

    /// The rows of the spreadsheet form: one per figure as in `rows`, with the table, row
    /// and column in words (a month as `02.2027`, in English `2027-02`), the period's days as dates, the value as a number (empty when
    /// hidden), what the report prints, and why a figure is hidden.
    public static func spreadsheetRows(_ document: ReportDocument, labels: ReportLabels) -> [[SpreadsheetCell]] {
        var result: [[SpreadsheetCell]] = []
        for table in document.tables {
            let grids: [(String, ReportPeriod, [[ReportCell]])] = [(labels.periodHeads.0, document.period, table.current)]
                + (zip(document.previousPeriod.map { [$0] } ?? [], table.previous.map { [$0] } ?? []).map { (labels.periodHeads.1, $0, $1) })
            for (name, period, grid) in grids {
                for (r, row) in table.rows.enumerated() {
                    for (c, column) in table.columns.enumerated() where r < grid.count && c < grid[r].count {
                        let cell = grid[r][c]
                        // A month as its readers write it in figures — `02.2027` in German,
                        // `2027-02` in English — which a spreadsheet keeps as text; worded
                        // ("Feb. 2027") it would turn it into a day.
                        let isMonth = table.id == "monthly-trend" && labels.month(row) != nil
                        let monthText = labels.german ? CalendarMonth(iso: row)?.displayText ?? row : row
                        let rowText = isMonth ? monthText : labels.row(row, in: table.id)
                        result.append([.text(labels.title(table.id)), .text(rowText), .text(labels.key(column)),
                                       .text(name), .date(period.from), .date(period.to), cell.value.map { .number($0) } ?? .empty,
                                       .text(cell.text(minCell: document.minCell, german: labels.german)),
                                       .text(reasonText(cell, minCell: document.minCell, labels: labels))])
                    }
                }
            }
        }
        // Then one row per frozen quarter, the day it was frozen as the value.
        for (note, current) in frozenQuarters(document) {
            result.append([.text(labels.title("frozen-figures")), .text(labels.quarter(note.from)), .text(labels.key("frozen-on")),
                           .text(current ? labels.periodHeads.0 : labels.periodHeads.1), .date(note.from), .date(note.to),
                           .date(note.since), .text(labels.german ? note.since.displayText : note.since.description), .empty])
        }
        return result
    }

    /// The file in the spreadsheet form (`CSVForm.spreadsheet`), in `labels`' language.
    public static func spreadsheet(_ document: ReportDocument, labels: ReportLabels) -> String {
        SpreadsheetCSV.render(header: spreadsheetHeader(labels), rows: spreadsheetRows(document, labels: labels), german: labels.german)
    }

    /// The whole file, labels in `labels`' language; a byte-order mark only on request,
    /// as for the roster.
    public static func render(_ document: ReportDocument, labels: ReportLabels, withByteOrderMark: Bool = false) -> String {
        (withByteOrderMark ? "\u{FEFF}" : "") + CSVFormat.document([header] + rows(document, labels: labels))
    }
}
