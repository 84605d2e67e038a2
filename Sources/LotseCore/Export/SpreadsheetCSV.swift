/// Which of the two CSV forms an export takes. `spreadsheet` (the default) is for the
/// district's own spreadsheet programs as German offices run them: semicolons between
/// fields, a byte-order mark so UTF-8 umlauts survive, headers and words in the reader's
/// language, numbers and dates written as that language's spreadsheet reads them, and no
/// cell that a spreadsheet would run as a formula. `machine` is the RFC 4180 form with
/// commas and fixed English keys, for scripts.
public enum CSVForm: String, Sendable, CaseIterable {
    /// For spreadsheet programs (semicolons, BOM, the reader's language).
    case spreadsheet
    /// For scripts (commas, English keys, ISO dates, decimal point).
    case machine
}

/// One cell of the spreadsheet form, typed so that it lands in the right kind of cell:
/// a number as a number, a day as a date, a time as a time, anything else as text.
public enum SpreadsheetCell: Sendable, Equatable {
    /// Text, as it stands (made harmless if a spreadsheet would take it for a formula).
    case text(String)
    /// A number (whole, or with one decimal).
    case number(Double)
    /// A day.
    case date(CalendarDate)
    /// A wall-clock time `HH:MM`.
    case time(String)
    /// Nothing.
    case empty
}

/// The spreadsheet form of a CSV file. German: `;` between fields, dates `04.12.2026`,
/// decimal comma (`24,5`) — what a spreadsheet set to German reads as dates and numbers.
/// English: `;` as well, ISO dates (`2026-12-04`, read as dates by spreadsheets in any
/// setting) and a decimal point. Both start with a byte-order mark and end every record
/// in CRLF.
public enum SpreadsheetCSV {
    /// The field separator.
    public static let separator: Unicode.Scalar = ";"

    /// The whole file: header, then rows.
    public static func render(header: [String], rows: [[SpreadsheetCell]], german: Bool) -> String {
        "\u{FEFF}" + CSVFormat.document([header.map(neutralised)] + rows.map { $0.map { text($0, german: german) } }, separator: separator)
    }

    /// A cell's text in the file.
    public static func text(_ cell: SpreadsheetCell, german: Bool) -> String {
        switch cell {
        case .text(let value): return neutralised(value)
        case .number(let value): return ReportCell.number(value, german: german)
        case .date(let day): return german ? day.displayText : day.description
        case .time(let value): return value
        case .empty: return ""
        }
    }

    /// Text a spreadsheet would run as a formula (or as a command in older ones) — one
    /// beginning with `=`, `+`, `-`, `@`, a tab or a carriage return, or their full-width
    /// forms — gets a leading apostrophe, so the cell shows the text and computes nothing.
    /// Numbers never pass through here, so `-3` stays a number.
    public static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first else { return value }
        let dangerous: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]
        return dangerous.contains(first) ? "'" + value : value
    }

    /// A number when the text is a whole number (an identifier such as a referral's),
    /// else text.
    public static func numberOrText(_ value: String) -> SpreadsheetCell {
        if value.isEmpty { return .empty }
        if let number = Int(value), String(number) == value { return .number(Double(number)) }
        return .text(value)
    }
}
