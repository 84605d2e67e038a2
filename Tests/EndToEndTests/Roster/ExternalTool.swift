import Foundation
import Testing

/// (A copy of LotseCoreTests/Export/ExternalTool.swift: test targets cannot share files.)
/// Runs the foreign programs that cross-check the exports (python3, Chromium). When one is
/// missing the test records a warning locally and fails in CI (`CI` set), where `.ci/run`
/// installs them.
enum ExternalTool {
    struct Result {
        var status: Int32
        var output: String
        var errorOutput: String
    }

    static var isCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// The first executable called `name` on `PATH`.
    static func find(_ names: String...) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in names {
            for directory in path.split(separator: ":") {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Notes that a cross-check could not run: a failure in CI, a warning elsewhere.
    static func unavailable(_ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if isCI {
            Issue.record("\(what) — required when CI is set", sourceLocation: sourceLocation)
        } else {
            Issue.record("note: \(what); cross-check not run", severity: .warning, sourceLocation: sourceLocation)
        }
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a program to its end (killed after `limit` seconds, a guard against hanging,
    /// not a timing assertion), collecting its output through files to avoid pipe stalls.
    static func run(_ executable: String, _ arguments: [String], in directory: URL, limit: TimeInterval = 180) throws -> Result {
        let outURL = directory.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(limit)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            usleep(200_000)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        let output = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
        let errorOutput = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        return Result(status: process.terminationStatus, output: output, errorOutput: errorOutput)
    }

    /// Runs a Python script (passed as a file) with arguments; nil when python3 is absent.
    static func python(_ script: String, arguments: [String], in directory: URL) throws -> Result? {
        guard let python = find("python3") else { return nil }
        let scriptURL = directory.appendingPathComponent("check-\(UUID().uuidString).py")
        try Data(script.utf8).write(to: scriptURL)
        return try run(python, [scriptURL.path] + arguments, in: directory)
    }
}
