import Foundation
import LotseSystem
import LotseCore
import Synchronization

/// The highest pseudonym number handed out per year, kept in a small file beside the
/// database rather than in it, so that restoring an older backup (whose sequence stands
/// lower) never hands out a pseudonym again that already names a person outside Lotse.
///
/// The file is written and fsynced (then renamed over the old one, and the directory
/// fsynced) *before* a pseudonym is returned, so a crash can only skip numbers, never
/// repeat one. It is created 0600 by explicit mode: it says how many clients a district
/// has, which is nobody else's business. Lines are `YEAR NUMBER`; `#` starts a comment.
public final class PseudonymHighWaterMark: Sendable {
    /// The file.
    public let path: String
    private let marks: Mutex<[Int: Int]>

    /// The file name used beside the database.
    public static let fileName = "pseudonyms.mark"

    /// The mark kept beside the database at `databasePath`.
    public static func beside(database databasePath: String) -> String {
        (databasePath as NSString).deletingLastPathComponent.isEmpty
            ? fileName : (databasePath as NSString).deletingLastPathComponent + "/" + fileName
    }

    /// Reads the mark at `path`; a missing file is an empty mark (nothing issued yet, or a
    /// database from before the mark existed: the database's own sequence then counts).
    public init(path: String) throws(StoreError) {
        self.path = path
        var marks: [Int: Int] = [:]
        if let data = FileManager.default.contents(atPath: path) {
            for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.isEmpty || text.hasPrefix("#") { continue }
                let parts = text.split(separator: " ")
                guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]), number >= 0 else {
                    throw StoreError(kind: .invalidValue(field: "pseudonym mark"),
                                     message: "\(path):\(index + 1): \"\(text)\" is not \"YEAR NUMBER\"; the file keeps the highest pseudonym number issued per year — fix or restore it, never lower it.")
                }
                marks[year] = max(marks[year] ?? 0, number)
            }
        } else if FileManager.default.fileExists(atPath: path) {
            throw StoreError(kind: .invalidValue(field: "pseudonym mark"), message: "\(path) exists but cannot be read.")
        }
        self.marks = Mutex(marks)
    }

    /// The highest number handed out in `year` (0 when none).
    public func mark(year: Int) -> Int { marks.withLock { $0[year] ?? 0 } }

    /// Every year's mark.
    public var all: [Int: Int] { marks.withLock { $0 } }

    /// Raises `year`'s mark to `number` (never lowers it) and has it on disk before
    /// returning.
    public func raise(year: Int, to number: Int) throws(StoreError) {
        let result = marks.withLock { marks -> Result<Void, StoreError> in
            guard number > marks[year] ?? 0 else { return .success(()) }
            var next = marks
            next[year] = number
            do throws(StoreError) {
                try write(next)
            } catch {
                return .failure(error)
            }
            marks = next
            return .success(())
        }
        try result.get()
    }

    private func write(_ marks: [Int: Int]) throws(StoreError) {
        var text = "# Lotse: the highest pseudonym number issued per year. Never lower or delete it:\n"
        text += "# it keeps a restored older backup from issuing a pseudonym a second time.\n"
        for year in marks.keys.sorted() { text += "\(year) \(marks[year] ?? 0)\n" }
        let temporary = path + ".new"
        let file: FileDescriptor
        do { file = try FileDescriptor.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, permissions: 0o600) } catch {
            throw failure("cannot create \(temporary)", error)
        }
        do {
            defer { file.close() }
            try file.setPermissions(0o600)
            try file.writeAll(Array(text.utf8))
            try file.sync()
        } catch {
            try? FileSystem.remove(temporary)
            throw failure("cannot write \(temporary)", error)
        }
        do { try FileSystem.rename(temporary, to: path) } catch { throw failure("cannot replace \(path)", error) }
        let directory = (path as NSString).deletingLastPathComponent
        do { try FileSystem.syncDirectory(directory) } catch { throw failure("cannot sync \(directory)", error) }
    }

    private func failure(_ what: String, _ error: Errno) -> StoreError {
        StoreError(kind: .invalidValue(field: "pseudonym mark"),
                   message: "The pseudonym mark \(what): \(error.text); no pseudonym is issued until it can be written.")
    }
}
