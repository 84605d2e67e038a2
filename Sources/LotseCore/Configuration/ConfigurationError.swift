#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a configuration was rejected, with the place an administrator must look: the
/// file, the line and, where there is one, the section and key. Its `description` is
/// the one sentence the daemon and CLI print, e.g.
/// `lotse.conf:14: [mail] reminder_days: "7,x" is not a list of whole numbers`.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file name as the caller passed it (usually the path given by `--config`).
    public let file: String
    /// 1-based line number; nil when the whole file is at fault (it cannot be read).
    public let line: Int?
    /// The section's name as written between brackets, if the error lies in a section.
    public let section: String?
    /// The key at fault, if any.
    public let key: String?
    /// What is wrong, without the location prefix.
    public let message: String
    /// The same in German, where it has been worded (the messages every user of `lotse`
    /// can meet: the socket key and an unreadable file); else nil and `message` is shown.
    public let messageDe: String?

    /// Creates an error; callers outside the parser mostly need `cannotRead`.
    public init(file: String, line: Int?, section: String? = nil, key: String? = nil, message: String, messageDe: String? = nil) {
        self.file = file
        self.line = line
        self.section = section
        self.key = key
        self.message = message
        self.messageDe = messageDe
    }

    /// The error for a file that cannot be read. The parser itself never touches the file
    /// system (LotseCore does no I/O), so the daemon and CLI read the file and report a
    /// failure through this, giving `lotse.conf: cannot read: No such file or directory`.
    public static func cannotRead(file: String, reason: String) -> ConfigurationError {
        ConfigurationError(file: file, line: nil, message: "cannot read: \(reason)")
    }

    /// `cannotRead` with the system's wording for an `errno` value (e.g. `ENOENT`), and a
    /// German wording for the common ones.
    public static func cannotRead(file: String, errno code: Int32) -> ConfigurationError {
        ConfigurationError(file: file, line: nil, message: "cannot read: \(ErrnoText.message(code))",
                           messageDe: "kann nicht gelesen werden: \(ErrnoText.german(code))")
    }

    /// `file:line: [section] key: message`, leaving out the parts that are absent.
    public var description: String { located(message) }

    /// `description` with the German message where there is one.
    public var descriptionDe: String { located(messageDe ?? message) }

    private func located(_ message: String) -> String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let section {
            text += "[\(section)]"
            text += key.map { " \($0): " } ?? ": "
        } else if let key {
            text += "\(key): "
        }
        return text + message
    }
}
