import LotseCore
import LotseSystem

/// Writes what `-o FILE` asks for so that only its owner can read it: rosters, problems and
/// reports carry pseudonyms and needs (health data), and a file left readable by every
/// local account under a umask of 022 would undo the daemon's care. The text goes to a
/// new file `FILE.lotse-XXXXXX` created 0600 beside it, is synced, and is renamed over
/// FILE, so FILE is either the old one or the whole new one, never half written.
enum PrivateOutputFile {
    /// A new file made ready beside its target before anything is asked of the daemon:
    /// a file that cannot be written is then refused before a report is built and audited
    /// as given out.
    struct Pending {
        /// The open new file.
        let descriptor: FileDescriptor
        /// Its name, `FILE.lotse-XXXXXX`.
        let temporary: String
        /// The name it gets when done.
        let path: String
    }

    /// Creates the new file for `path` (0600, exclusively); refuses a `path` that is a
    /// directory, which the final rename could not replace.
    static func prepare(_ path: String) -> Result<Pending, Errno> {
        if let status = try? FileSystem.status(path), status.isDirectory { return .failure(Errno.isDirectory) }
        return Result { () throws(Errno) in
            let created = try FileDescriptor.createUnique(template: path + ".lotse-XXXXXX")
            return Pending(descriptor: created.descriptor, temporary: created.path, path: path)
        }
    }

    /// Writes `text` into the prepared file, syncs it and renames it over its target.
    static func finish(_ pending: Pending, with text: String) -> Result<Void, Errno> {
        let written = Result { () throws(Errno) in
            defer { pending.descriptor.close() }
            try pending.descriptor.writeAll(Array(text.utf8))
            try pending.descriptor.sync()
        }.flatMap { Result { () throws(Errno) in try FileSystem.rename(pending.temporary, to: pending.path) } }
        if case .failure = written { try? FileSystem.remove(pending.temporary) }
        return written
    }

    /// Removes a prepared file that will not be written (the daemon refused).
    static func abandon(_ pending: Pending) {
        pending.descriptor.close()
        try? FileSystem.remove(pending.temporary)
    }

    /// Writes `text` to `path`; on failure, the errno that says why.
    static func write(_ text: String, to path: String) -> Result<Void, Errno> {
        prepare(path).flatMap { finish($0, with: text) }
    }

    /// The failure to tell: the file and the system's reason, in the reader's language.
    static func failure(_ path: String, _ error: Errno) -> ClientFailure {
        ClientFailure(exitCode: .cannotCreate, de: "\(path) kann nicht geschrieben werden: \(ErrnoText.german(englishReason: error.text)).",
                      en: "Cannot write \(path): \(error.text).")
    }
}
