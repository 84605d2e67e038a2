import LotseCore
import LotseSystem

/// Writes what `-o FILE` asks for so that only its owner can read it: rosters, problems and
/// reports carry pseudonyms and needs (health data), and a file left readable by every
/// local account under a umask of 022 would undo the daemon's care. The text goes to a
/// new file `FILE.lotse-XXXXXX` created 0600 beside it, is synced, and is renamed over
/// FILE, so FILE is either the old one or the whole new one, never half written.
enum PrivateOutputFile {
    /// Writes `text` to `path`; on failure, the errno that says why.
    static func write(_ text: String, to path: String) -> Result<Void, Errno> {
        // The file is created 0600, exclusively.
        let created: (descriptor: FileDescriptor, path: String)
        do { created = try FileDescriptor.createUnique(template: path + ".lotse-XXXXXX") } catch { return .failure(error) }
        let written = Result { () throws(Errno) in
            defer { created.descriptor.close() }
            try created.descriptor.writeAll(Array(text.utf8))
            try created.descriptor.sync()
        }.flatMap { Result { () throws(Errno) in try FileSystem.rename(created.path, to: path) } }
        if case .failure = written { try? FileSystem.remove(created.path) }
        return written
    }

    /// The failure to tell: the file and the system's reason, in the reader's language.
    static func failure(_ path: String, _ error: Errno) -> ClientFailure {
        ClientFailure(exitCode: .cannotCreate, de: "\(path) kann nicht geschrieben werden: \(ErrnoText.german(error.code)).",
                      en: "Cannot write \(path): \(error.text).")
    }
}
