/// A plain-text table for people: a header row, then one row per record, columns two
/// spaces apart, no trailing blanks, so output is stable enough to compare with
/// expected files. Widths count characters (the texts are Latin and German).
public struct TextTable: Sendable {
    /// Column titles.
    public var header: [String]
    /// Rows; each as many cells as the header.
    public var rows: [[String]] = []

    /// A table with these column titles.
    public init(header: [String]) { self.header = header }

    /// Appends a row.
    public mutating func add(_ row: [String]) { rows.append(row) }

    /// The table as lines ending in `\n`.
    public var rendered: String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                text += cell
                if index < cells.count - 1 { text += String(repeating: " ", count: widths[index] - cell.count + 2) }
            }
            return text.trimmingBlanksCLI().isEmpty ? "" : String(text.reversed().drop(while: { $0 == " " }).reversed()) + "\n"
        }
        return ([line(header)] + rows.map(line)).joined()
    }
}
