/// The report as one self-contained HTML page for print on A4: the cover line (district
/// and period), the small-number rule, every table with the previous period beside it,
/// and charts as inline SVG (bars for categories, columns for the waiting-time
/// distribution, lines for the monthly trend). No script, no external file: it can be
/// mailed to the committee's office and printed as it is.
public enum ReportHTML {
    /// The page, recommendations worded by the configured catalogue.
    public static func render(_ document: ReportDocument, language: MessageLanguage,
                              recommendations: RecommendationCatalogue = .standard) -> String {
        let labels = ReportLabels(language, recommendations: recommendations)
        let german = language == .de
        let e = HTMLText.escape
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>\(e(labels.heading)) \(e(document.district)) \(e(labels.period(document.period)))</title>\n"
        out += "<style>\n\(style)\n</style>\n</head>\n<body>\n<div class=\"page\">\n"
        out += "<header><p class=\"kicker\">\(e(document.district))</p><h1>\(e(labels.heading))</h1>"
        out += "<p class=\"cover\">\(e(document.district)) · \(e(labels.period(document.period)))"
        if let previous = document.previousPeriod {
            out += german ? " · verglichen mit \(e(labels.period(previous)))" : " · compared with \(e(labels.period(previous)))"
        }
        out += "</p><p class=\"meta\">\(e(labels.made(document)))</p>"
        if let frozen = labels.frozen(document.frozen) { out += "<p class=\"meta frozen\">\(e(frozen))</p>" }
        out += "</header>\n"
        out += "<p class=\"rule\">\(e(labels.rule(minCell: document.minCell)))</p>\n"
        for table in document.tables {
            out += "<section>\n<h2>\(e(labels.title(table.id)))</h2>\n"
            out += grid(table, document, labels, previous: false)
            if table.columns.count > 1, table.previous != nil {
                out += "<p class=\"sub\">\(e(labels.periodHeads.1)): \(e(document.previousPeriod.map(labels.period) ?? ""))</p>"
                out += grid(table, document, labels, previous: true)
            }
            out += chart(table, document, labels)
            out += legend(table, document, labels)
            out += "</section>\n"
        }
        return out + "</div>\n</body>\n</html>\n"
    }

    static func grid(_ table: ReportTable, _ document: ReportDocument, _ labels: ReportLabels, previous: Bool) -> String {
        let e = HTMLText.escape
        let german = labels.language == .de
        let cells = previous ? (table.previous ?? []) : table.current
        let single = table.columns.count == 1
        var out = single ? "<table>\n<thead><tr><th></th>" : "<table class=\"cross\">\n<thead><tr><th></th>"
        if single {
            out += "<th class=\"n\">\(e(labels.periodHeads.0))</th>"
            if table.previous != nil { out += "<th class=\"n\">\(e(labels.periodHeads.1))</th>" }
        } else {
            for column in table.columns { out += "<th class=\"n\">\(e(labels.key(column)))</th>" }
        }
        out += "</tr></thead>\n<tbody>\n"
        for (r, row) in table.rows.enumerated() where r < cells.count {
            out += "<tr\(row == "total" || row == "due" ? " class=\"total\"" : "")><td>\(e(labels.row(row, in: table.id)))</td>"
            for cell in cells[r] {
                out += "<td class=\"n\(cell.suppressed ? " hidden" : "")\">\(e(cell.text(minCell: document.minCell, german: german)))</td>"
            }
            if single, !previous, let earlier = table.previous, r < earlier.count, let cell = earlier[r].first {
                out += "<td class=\"n prev\(cell.suppressed ? " hidden" : "")\">\(e(cell.text(minCell: document.minCell, german: german)))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Under a table that hides anything: what "< 5" and "×" stand for.
    static func legend(_ table: ReportTable, _ document: ReportDocument, _ labels: ReportLabels) -> String {
        let cells = (table.current + (table.previous ?? [])).joined()
        var notes: [String] = []
        if cells.contains(where: { $0.reason == "primary" }) {
            notes.append("< \(document.minCell): " + labels.pick("weniger als \(document.minCell) (auch 0)", "fewer than \(document.minCell) (0 included)"))
        }
        if cells.contains(where: { $0.suppressed && $0.reason != "primary" }) {
            notes.append("\(ReportCell.withheldMark): \(labels.withheldLegend)")
        }
        return notes.isEmpty ? "" : "<p class=\"legend\">\(HTMLText.escape(notes.joined(separator: " · ")))</p>\n"
    }

    static func chart(_ table: ReportTable, _ document: ReportDocument, _ labels: ReportLabels) -> String {
        let categories = table.rows.indices.filter { !["total", "due", "assessments"].contains(table.rows[$0]) }
        let legend = ReportSVG.Legend(current: labels.period(document.period), previous: document.previousPeriod.map(labels.period),
                                      hidden: labels.pick("gestrichelt: ausgeblendet (< \(document.minCell) oder \(ReportCell.withheldMark))",
                                                          "dashed: hidden (< \(document.minCell) or \(ReportCell.withheldMark))"))
        switch table.chart {
        case "bars" where !categories.isEmpty:
            return ReportSVG.bars(labels: categories.map { labels.row(table.rows[$0], in: table.id) },
                                  current: categories.map { table.current[$0][0] },
                                  previous: table.previous.map { grid in categories.map { grid[$0][0] } },
                                  minCell: document.minCell, title: labels.title(table.id), legend: legend) + "\n"
        case "distribution" where !categories.isEmpty:
            return ReportSVG.columns(labels: categories.map { labels.row(table.rows[$0], in: table.id) },
                                     cells: categories.map { table.current[$0][0] },
                                     minCell: document.minCell, title: labels.title(table.id),
                                     legend: legend, measure: labels.pick("gesehen, nach Wartezeit", "seen, by waiting time")) + "\n"
        case "line" where !categories.isEmpty:
            var series: [(name: String, colour: String, cells: [ReportCell])] = []
            for (column, colour) in zip(table.columns.indices, ["#0b5cad", "#1d6b2f", "#a4161a"]) {
                series.append((labels.key(table.columns[column]), colour, categories.map { table.current[$0][column] }))
            }
            // One year: the month's name is enough under the axis; across years, with the year.
            let keys = categories.map { table.rows[$0] }
            let oneYear = Set(keys.map { $0.prefix(4) }).count == 1
            let axis = keys.map { key in oneYear ? String(labels.row(key, in: table.id).prefix { $0 != " " }) : labels.row(key, in: table.id) }
            return ReportSVG.lines(months: axis, series: series,
                                   title: labels.title(table.id), hiddenNote: legend.hidden) + "\n"
        default:
            return ""
        }
    }

    static let style = """
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    @page { size: A4; margin: 15mm; }
    body { margin: 0; padding: 16px; color: #1b1f24; background: #fff;
           font: 14px/1.4 "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
    .page { max-width: 180mm; margin: 0 auto; }
    header { border-bottom: 3px solid #1b1f24; padding-bottom: 8px; margin-bottom: 12px; }
    .kicker { margin: 0; font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: #5b6570; }
    h1 { margin: 2px 0 4px; font-size: 24px; }
    .cover { margin: 0; font-weight: 600; }
    .meta, .sub { margin: 0; color: #5b6570; font-size: 13px; }
    .legend { margin: 0 0 4px; color: #5b6570; font-size: 11.5px; }
    .rule { font-size: 12.5px; border-left: 3px solid #0b5cad; padding: 4px 8px; background: #f3f5f7; }
    section { margin: 0 0 18px; break-inside: avoid; page-break-inside: avoid; }
    h2 { font-size: 16px; margin: 14px 0 4px; break-after: avoid; }
    table { width: 100%; border-collapse: collapse; font-size: 13px; margin-bottom: 6px; table-layout: fixed; }
    th:first-child { width: 46%; }
    table.cross th:first-child { width: 22%; }
    th.n { white-space: normal; overflow-wrap: anywhere; }
    th { text-align: left; font-size: 11.5px; color: #5b6570; border-bottom: 2px solid #1b1f24; padding: 3px 6px; }
    td { padding: 3px 6px; border-bottom: 1px solid #c9d1d9; overflow-wrap: anywhere; }
    .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.prev { color: #5b6570; }
    td.hidden { font-style: italic; color: #5b6570; }
    tr.total td { font-weight: 700; border-top: 1.5px solid #1b1f24; }
    svg.chart { display: block; width: 100%; height: auto; max-width: 180mm; margin: 4px 0 8px;
                font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
    """
}
