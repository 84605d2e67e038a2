import Foundation

/// A private copy of `Tests/Support/fake-sendmail` in a fresh directory, which is also its
/// state directory: what it recorded, and what it should do next.
struct FakeSendmail {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let directory: URL
    var path: String { directory.appendingPathComponent("fake-sendmail").path }

    /// Copies the stand-in into a new temporary directory; `codes` as in the script's header.
    init(codes: String = "0") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let source = Self.packageRoot.appendingPathComponent("Tests/Support/fake-sendmail")
        try FileManager.default.copyItem(atPath: source.path, toPath: path)
        try setCodes(codes)
    }

    func setCodes(_ codes: String) throws {
        try codes.write(to: directory.appendingPathComponent("codes"), atomically: true, encoding: .utf8)
    }

    func setStderr(_ text: String) throws {
        try text.write(to: directory.appendingPathComponent("stderr"), atomically: true, encoding: .utf8)
    }

    /// How many times it ran.
    var runs: Int {
        let text = (try? String(contentsOf: directory.appendingPathComponent("count"), encoding: .utf8)) ?? "0"
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// The arguments of run `n`.
    func arguments(ofRun n: Int) -> [String]? {
        (try? String(contentsOf: directory.appendingPathComponent("run-\(n).args"), encoding: .utf8))
            .map { $0.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    /// The standard input of run `n`, if it read any.
    func message(ofRun n: Int) -> String? {
        try? String(contentsOf: directory.appendingPathComponent("run-\(n).msg"), encoding: .utf8)
    }

    /// Lines of run `n`'s inheritance record: `SigBlk:\t…`, `SigIgn:\t…`, `fd N TARGET`.
    func inherited(ofRun n: Int) -> [String] {
        ((try? String(contentsOf: directory.appendingPathComponent("run-\(n).env"), encoding: .utf8)) ?? "")
            .split(separator: "\n").map(String.init)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}
