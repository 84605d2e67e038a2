#if canImport(Glibc)
import Glibc
#endif
import LotseCore

/// Writes what `-o FILE` asks for so that only its owner can read it: rosters, problems and
/// reports carry pseudonyms and needs (health data), and a file left readable by every
/// local account under a umask of 022 would undo the daemon's care. The text goes to a
/// new file `FILE.lotse-XXXXXX` created 0600 beside it, is synced, and is renamed over
/// FILE, so FILE is either the old one or the whole new one, never half written.
enum PrivateOutputFile {
    /// Writes `text` to `path`; on failure, the errno that says why.
    static func write(_ text: String, to path: String) -> Result<Void, FileError> {
        var template = Array((path + ".lotse-XXXXXX").utf8CString)
        // mkstemp creates the file 0600, exclusively.
        let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { errno = EINVAL; return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { return .failure(FileError(code: errno)) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                let code = errno
                Glibc.close(fd)
                unlink(temporary)
                return .failure(FileError(code: code))
            }
            offset += written
        }
        let synced = fsync(fd) == 0 ? 0 : errno
        Glibc.close(fd)
        if synced != 0 || rename(temporary, path) != 0 {
            let code = synced != 0 ? synced : errno
            unlink(temporary)
            return .failure(FileError(code: code))
        }
        return .success(())
    }

    /// The failure to tell: the file and the system's reason, in the reader's language.
    static func failure(_ path: String, _ error: FileError) -> ClientFailure {
        ClientFailure(exitCode: .cannotCreate, de: "\(path) kann nicht geschrieben werden: \(ErrnoText.german(error.code)).",
                      en: "Cannot write \(path): \(ErrnoText.message(error.code)).")
    }
}
