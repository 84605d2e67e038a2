import Foundation
// A release build of the whole package (`swift build -c release --static-swift-stdlib`)
// compiles this target as well, and the static runtime has no Testing module; only the
// test targets call the Testing-based part, and they always have it.
#if canImport(Testing)
import Testing
#endif

/// Runs the foreign programs that cross-check the exports (python3, Chromium). When one is
/// missing the test records a warning locally and fails in CI (`CI` set), where `.ci/run`
/// installs them. Shared by LotseCoreTests and EndToEndTests (the `LotseTestSupport`
/// target), so both test the exports with the same runner.
public enum ExternalTool {
    /// What a finished program left: its exit status and both outputs, for the test's message.
    public struct Result: Sendable {
        /// The exit status (or the signal's, when it was killed).
        public var status: Int32
        /// Everything it wrote to standard output.
        public var output: String
        /// Everything it wrote to standard error.
        public var errorOutput: String
    }

    /// True when `CI` is set: a missing cross-check tool is then a failure, not a note.
    public static var isCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// The first executable called `name` on `PATH`.
    public static func find(_ names: String...) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in names {
            for directory in path.split(separator: ":") {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    #if canImport(Testing)
    /// Notes that a cross-check could not run: a failure in CI, a warning elsewhere.
    public static func unavailable(_ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if isCI {
            Issue.record("\(what) — required when CI is set", sourceLocation: sourceLocation)
        } else {
            Issue.record("note: \(what); cross-check not run", severity: .warning, sourceLocation: sourceLocation)
        }
    }
    #endif

    /// A fresh temporary directory.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a program to its end (killed after `limit` seconds, a guard against hanging,
    /// not a timing assertion), collecting its output through files to avoid pipe stalls.
    public static func run(_ executable: String, _ arguments: [String], in directory: URL, limit: TimeInterval = 180) throws -> Result {
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
    public static func python(_ script: String, arguments: [String], in directory: URL) throws -> Result? {
        guard let python = find("python3") else { return nil }
        let scriptURL = directory.appendingPathComponent("check-\(UUID().uuidString).py")
        try Data(script.utf8).write(to: scriptURL)
        return try run(python, [scriptURL.path] + arguments, in: directory)
    }

    /// Renders `page` with headless Chromium into the PNG `shot` at a window of the given
    /// size (a private profile under `directory`, so no user state is touched).
    public static func screenshot(_ chromium: String, page: URL, to shot: URL, width: Int, height: Int,
                                  in directory: URL) throws -> Result {
        try run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
            "--screenshot=\(shot.path)", "--window-size=\(width),\(height)", page.absoluteString,
        ], in: directory)
    }

    /// A Python script (standard library only) that decodes the 8-bit PNG named by its
    /// first argument, counts the dark pixels (a colour channel under 200) and prints
    /// `output`, a Python expression list over `width`, `height`, `dark` and `left`/`right`
    /// (the columns of the leftmost and rightmost dark pixel, for how wide the content is).
    public static func darkPixelScript(printing output: String) -> String {
        """
        import struct, sys, zlib
        data = open(sys.argv[1], 'rb').read()
        assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'not a PNG'
        pos, idat, width, height, ctype = 8, b'', 0, 0, 0
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            if kind == b'IHDR':
                width, height, depth, ctype = struct.unpack('>IIBB', body[:10])
                assert depth == 8, 'bit depth %d' % depth
            elif kind == b'IDAT':
                idat += body
            pos += 12 + length
        bpp = {2: 3, 6: 4, 0: 1, 4: 2}[ctype]
        raw = zlib.decompress(idat)
        stride = width * bpp
        prev = bytearray(stride)
        dark, left, right = 0, width, -1
        for y in range(height):
            f = raw[y * (stride + 1)]
            line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                if f == 1: line[i] = (line[i] + a) & 255
                elif f == 2: line[i] = (line[i] + b) & 255
                elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
                elif f == 4:
                    p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            for x in range(0, stride, bpp):
                if min(line[x:x + min(bpp, 3)]) < 200:
                    dark += 1
                    left, right = min(left, x // bpp), max(right, x // bpp)
            prev = line
        print(\(output))
        """
    }
}
