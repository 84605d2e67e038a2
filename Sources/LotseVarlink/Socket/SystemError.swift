#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text for errno values, thread-safe (strerror's buffer is shared between threads).
public enum SystemError {
    /// The system's message for `code`, e.g. "No such file or directory".
    public static func message(_ code: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        // Swift's Glibc module exposes the XSI strerror_r (returns 0 on success).
        if strerror_r(code, &buffer, buffer.count) != 0 { return "error \(code)" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
