import Foundation

/// The report as JSON (`lotse-report/1`): the document's every table with each cell's
/// value (null when hidden), `suppressed` and the reason, so scripts can tell a hidden
/// count from a zero and never see a hidden one.
public enum ReportJSON {
    /// Pretty-printed, keys sorted (stable from run to run), ending in a newline.
    public static func render(_ document: ReportDocument) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document), let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        return text + "\n"
    }
}
