import LotseCore
import LotseSystem
import Synchronization

/// Syslog priorities as journald reads them from a `<N>` line prefix on stderr.
public enum LogPriority: Int32, Sendable, Comparable {
    /// Errors: something failed and needs attention.
    case error = 3
    /// Warnings: something is off but the daemon carries on.
    case warning = 4
    /// Notices: significant normal events (start, reload, stop).
    case notice = 5
    /// Informational messages.
    case info = 6
    /// Debugging detail (one line per connection or call).
    case debug = 7

    /// Lower numbers are more severe.
    public static func < (lhs: LogPriority, rhs: LogPriority) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Writes log lines to stderr with journald priority prefixes (`<3>` … `<7>`), one
/// `write(2)` per line so that lines from different threads never interleave. Stderr
/// because stdout to a file is block-buffered (see NOTES) and journald reads either.
public final class Logger: Sendable {
    private let threshold: Mutex<LogPriority>
    private let fileDescriptor: Int32
    /// The administrator's language (from lotsed's locale), in which the lines given in
    /// both languages are written.
    public let language: MessageLanguage

    /// Creates a logger writing to `fileDescriptor` (stderr by default) lines at
    /// `threshold` or more severe, in `language`.
    public init(threshold: LogPriority = .info, fileDescriptor: Int32 = 2, language: MessageLanguage = .en) {
        self.threshold = Mutex(threshold)
        self.fileDescriptor = fileDescriptor
        self.language = language
    }

    /// Changes the most detailed priority written.
    public func setThreshold(_ priority: LogPriority) { threshold.withLock { $0 = priority } }

    /// Writes `message` at `priority`; embedded newlines become spaces so one event stays one line.
    public func log(_ priority: LogPriority, _ message: String) {
        guard priority <= threshold.withLock({ $0 }) else { return }
        let flat = message.replacingNewlines()
        // A log line that cannot be written has nowhere else to go: it is dropped.
        try? FileDescriptor(rawValue: fileDescriptor).writeAll(Array("<\(priority.rawValue)>\(flat)\n".utf8))
    }

    /// Logs at `.error`.
    public func error(_ message: String) { log(.error, message) }
    /// Logs at `.warning`.
    public func warning(_ message: String) { log(.warning, message) }
    /// Logs at `.notice`.
    public func notice(_ message: String) { log(.notice, message) }
    /// Logs at `.info`.
    public func info(_ message: String) { log(.info, message) }
    /// Logs at `.debug`.
    public func debug(_ message: String) { log(.debug, message) }

    /// Logs at `.error` in the administrator's language.
    public func error(de: String, en: String) { log(.error, language.pick(de: de, en: en)) }
    /// Logs at `.warning` in the administrator's language.
    public func warning(de: String, en: String) { log(.warning, language.pick(de: de, en: en)) }
    /// Logs at `.notice` in the administrator's language.
    public func notice(de: String, en: String) { log(.notice, language.pick(de: de, en: en)) }
    /// Logs at `.info` in the administrator's language.
    public func info(de: String, en: String) { log(.info, language.pick(de: de, en: en)) }
    /// Logs at `.debug` in the administrator's language (`lotsed --debug`).
    public func debug(de: String, en: String) { log(.debug, language.pick(de: de, en: en)) }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
