import Foundation
import LotseSystem

/// A file `lotse` reads whole — its configuration (for the socket key), a planning
/// problem for `lotse solve` — with the system's reason when it cannot, so the refusal
/// can say why in the reader's language.
enum InputFile {
    /// The file's bytes, or the errno that says why not (a directory is EISDIR; more than
    /// `limit` bytes EFBIG): a configuration is a few kilobytes, a planning problem for
    /// `lotse solve` larger.
    static func read(_ path: String, limit: Int = 1 << 20) -> Result<Data, Errno> {
        Result { () throws(Errno) -> Data in
            let fd = try FileDescriptor.open(path, O_RDONLY)
            defer { fd.close() }
            if try fd.status().isDirectory { throw Errno(EISDIR) }
            // A configuration is a few kilobytes; a device or a huge file is not one.
            let bytes = try fd.readToEnd(limit: limit)
            if bytes.count > limit { throw Errno(EFBIG) }
            return Data(bytes)
        }
    }
}
