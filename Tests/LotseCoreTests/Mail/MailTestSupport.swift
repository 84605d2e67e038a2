import Foundation
import LotseCore

/// Paths and helpers shared by the mail tests.
enum MailTestSupport {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Config/mail` in the package.
    static var templateDirectory: URL { packageRoot.appendingPathComponent("Config/mail") }

    /// Reads every `<lang>/<kind>.txt` under `directory`.
    static func templateFiles(in directory: URL) throws -> [(path: String, content: String)] {
        var files: [(path: String, content: String)] = []
        for language in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() {
            let sub = directory.appendingPathComponent(language)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: sub.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            for name in try FileManager.default.contentsOfDirectory(atPath: sub.path).sorted() {
                let content = try String(contentsOf: sub.appendingPathComponent(name), encoding: .utf8)
                files.append((path: language + "/" + name, content: content))
            }
        }
        return files
    }

    /// The shipped catalog.
    static func shippedCatalog() throws -> MailTemplateCatalog {
        try MailTemplateCatalog(files: templateFiles(in: templateDirectory), directory: "Config/mail")
    }

    static let berlin: TimeZone = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600) ?? .current

    /// An instant given in Berlin wall-clock time.
    static func berlinTime(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = berlin
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)) ?? Date(timeIntervalSince1970: 0)
    }

    static func address(_ text: String) throws -> EmailAddress { try EmailAddress(validating: text) }

    /// Facts exercising every placeholder, with umlauts and ß where text is free.
    static func sampleFacts() -> ReminderFacts {
        let start = berlinTime(2026, 3, 3, 14, 30)
        return ReminderFacts(
            district: "Landkreis Göppingen, Außenstelle Süßen",
            pseudonym: "K-2026-0042",
            when: start,
            place: "Rathaus Großbottwar, Schloßstraße 3, Saal Überlingen",
            month: MonthOfYear(year: 2026, month: 3),
            weeks: 9,
            appointments: [
                .init(start: berlinTime(2026, 3, 3, 15, 15), pseudonym: "K-2026-0051"),
                .init(start: start, pseudonym: "K-2026-0042"),
            ],
            address: "im-nord@landkreis.example",
            reference: "17",
            account: "im-süß",
            ownClient: false,
            appointment: 23,
            overdue: [.init(pseudonym: "K-2026-0042", referredAt: berlinTime(2026, 1, 5, 9, 0), weeks: 8),
                      .init(pseudonym: "K-2026-0051", referredAt: berlinTime(2025, 12, 29, 9, 0), weeks: 9)])
    }

    /// What Python's email parser reports for one message.
    struct PythonView: Decodable {
        var subject: String
        var from: String
        var from_address: String
        var from_name: String
        var to: [String]
        var message_id: String
        var date: String
        var mime_version: String
        var content_type: String
        var charset: String?
        var transfer_encoding: String
        var auto_submitted: String
        var body: String
        var defects: [String]
        var header_count: Int
        var longest_line: Int
    }

    enum PythonError: Error, CustomStringConvertible {
        case failed(String)
        var description: String {
            switch self { case .failed(let text): return "python3 failed: \(text)" }
        }
    }

    /// Parses `messages` with Python's `email` package (policy.default).
    static func readWithPython(_ messages: [String]) throws -> [PythonView] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", packageRoot.appendingPathComponent("Tests/Support/read-mail.py").path]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: JSONEncoder().encode(messages))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PythonError.failed(errorText) }
        return try JSONDecoder().decode([PythonView].self, from: data)
    }
}
