#if canImport(Glibc)
import Glibc
#endif

/// The system's wording for an `errno` value ("No such file or directory"), for messages
/// of the layers above that do the I/O. It uses `strerror_r`, never `strerror`, whose
/// buffer is shared by every thread of the daemon.
public enum ErrnoText {
    /// The text for `code`, or `error N` when the system has none.
    public static func message(_ code: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard strerror_r(code, &buffer, buffer.count) == 0 else { return "error \(code)" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
