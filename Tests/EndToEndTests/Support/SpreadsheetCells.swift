import Foundation
import LotseTestSupport
import Testing

/// A CSV export opened as a spreadsheet user opens it: LibreOffice Calc, headless, with
/// the import settings of the reader's language (`Tests/Support/spreadsheet-cells.py`),
/// the cells written to `cells-LANG.json` in the directory as Calc typed them.
enum SpreadsheetCells {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Support/spreadsheet-cells.py")

    /// Converts `file` (in `directory`) and writes `cells-LANG.json`; false (the test
    /// noted as unable to run) when LibreOffice or Python is missing.
    static func read(_ file: String, language: String, in directory: URL,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        guard let soffice = ExternalTool.find("soffice", "libreoffice") else {
            ExternalTool.unavailable("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)", sourceLocation: sourceLocation)
            return false
        }
        guard let python = ExternalTool.find("python3") else {
            ExternalTool.unavailable("python3 is not installed", sourceLocation: sourceLocation)
            return false
        }
        let result = try ExternalTool.run(python, [script.path, soffice, directory.appendingPathComponent(file).path, language],
                                          in: directory, limit: 300)
        #expect(result.status == 0, "LibreOffice could not read \(file): \(result.errorOutput)", sourceLocation: sourceLocation)
        try Data(result.output.utf8).write(to: directory.appendingPathComponent("cells-\(language).json"))
        return result.status == 0
    }
}
