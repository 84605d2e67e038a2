import LotseSystem

/// Text for errno values, kept for the daemon's call sites until they move to `Errno`.
public enum SystemError {
    /// The system's message for `code`, e.g. "No such file or directory".
    public static func message(_ code: Int32) -> String { Errno(code).text }
}
