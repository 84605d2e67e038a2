import Foundation
import Glibc
import LotseCore
import LotseSystem
import Testing

/// The kernel is called from LotseSystem only: there EINTR is retried, descriptors are
/// close-on-exec and errors carry their errno, so no other file can forget one of them.
@Suite struct SystemBoundaryTests {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Calls that are system calls or C library calls with a thread-safety or EINTR trap,
    /// as free functions (a method of the same name is preceded by a dot).
    static let rawCall = try? NSRegularExpression(pattern:
        #"(?<![.\w])(Glibc\.\w+|accept4?|pipe2?|posix_spawn\w*|waitpid|kill|sigaction|sig(empty|add|fill)set|pthread_sigmask|signal(?=\(SIG)|"#
        + #"getpw(nam|uid)(_r)?|getgr(nam|gid)(_r)?|getgrouplist|get(e)?(uid|gid)|getp?pid|[sg]etsockopt|unlink|fsync|fchmod|fchown|chmod|chown|"#
        + #"l?stat|fstat|mkdir|flock|fcntl|isatty|clock_gettime|u?sleep|nanosleep|sendto|recvfrom|umask|access|_exit|gmtime_r|localtime_r|"#
        + #"strerror(_r)?|memchr|dup2?|unsetenv|setenv|socket)\("#)

    @Test func noFileOutsideLotseSystemCallsTheKernelDirectly() throws {
        let pattern = try #require(Self.rawCall)
        let sources = Self.root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.subpaths(atPath: sources.path)).filter { $0.hasSuffix(".swift") && !$0.hasPrefix("LotseSystem/") }
        #expect(files.count > 100, "the sources were not found")
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") || code.contains("func ") { continue }
                let range = NSRange(code.startIndex..., in: code)
                if pattern.firstMatch(in: code, range: range) != nil { found.append("\(file):\(number + 1): \(code)") }
            }
        }
        #expect(found.isEmpty, "raw system calls outside LotseSystem:\n\(found.joined(separator: "\n"))")
    }

    @Test func theGermanForSystemReasonsMatchesTheSystemsEnglishWording() {
        let codes: [Int32] = [ENOENT, EACCES, EPERM, EISDIR, ENOTDIR, ELOOP, ENAMETOOLONG, EIO, ENOSPC, EROFS]
        #expect(codes.map { Errno($0).text } == ErrnoText.pairs.map(\.english))
        #expect(ErrnoText.german(englishReason: Errno.noEntry.text) == "Datei oder Verzeichnis nicht gefunden")
        #expect(ErrnoText.german(englishReason: "Something else") == "Something else")
    }

    @Test func aPauseLastsItsTimeAndUTCTimeIsWrittenAsISO8601() {
        let start = MonotonicClock.milliseconds()
        Pause.milliseconds(30)
        #expect(MonotonicClock.milliseconds() - start >= 30)
        #expect(UTCTime.iso8601(seconds: 0) == "1970-01-01T00:00:00Z")
        #expect(UTCTime.iso8601(seconds: 1_796_450_000) == "2026-12-05T05:53:20Z")
    }

    @Test func theFileCreationMaskIsRestoredAfterTheBody() {
        let before = umask(0o022)
        umask(before)
        let inside = ThisProcess.withFileCreationMask(0o077) { () -> mode_t in
            let current = umask(0o077)
            return current
        }
        #expect(inside == 0o077)
        let after = umask(before)
        #expect(after == before)
    }
}
