import Foundation
import LotseProtocol
import LotseVarlink

/// What `specialist`, `session`, `roster` and `demo` share: small table helpers and
/// writing an export.
public enum CoordinatorCall {
    /// A plain-text table: a header row and rows, columns padded to the widest cell.
    public static func table(_ header: [String], _ rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
            }.joined(separator: "  ") + "\n"
        }
        return line(header) + rows.map(line).joined()
    }

    /// Numbers as text: `3,4`.
    public static func list(_ numbers: [Int64]) -> String {
        numbers.map(String.init).joined(separator: ",")
    }

    /// `2026-12-01` → `01.12.2026`, in German and English alike (the glossary's one date
    /// form, `DateText.show`); text that is no date as it is.
    public static func day(_ iso: String, _ context: CommandContext) -> String {
        DateText.show(iso)
    }

    /// Writes an export (roster, report) to `output`, or to standard output when there is
    /// none; a file that cannot be written is exit 73 naming it.
    public static func writeExport(_ content: String, to output: String?, _ context: CommandContext) -> ExitCode {
        guard let output else {
            context.terminal.out(content)
            return .ok
        }
        if case .failure(let error) = PrivateOutputFile.write(content, to: output) {
            return PrivateOutputFile.failure(output, error).report(context)
        }
        context.terminal.out(context.language.pick(de: "Geschrieben: \(output)\n", en: "Written: \(output)\n"))
        return .ok
    }
}
