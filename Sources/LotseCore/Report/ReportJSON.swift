import Foundation
import LotseJSON

/// The report as JSON (`lotse-report/1`): the document's every table with each cell's
/// value (null when hidden), `suppressed` and the reason, so scripts can tell a hidden
/// count from a zero and never see a hidden one.
public enum ReportJSON {
    /// In the style of every other JSON Lotse prints (`--json`, replies): compact, keys
    /// sorted (stable from run to run), ending in a newline. The document's structure is
    /// its types' `Codable` conformance, so that a field added to the report appears here
    /// without a second list to keep; the text is written by Lotse's one serialiser.
    public static func render(_ document: ReportDocument) -> String {
        guard let data = try? JSONEncoder().encode(document), let value = try? JSONParser().parse(Array(data)) else { return "{}\n" }
        return value.serialized + "\n"
    }
}
