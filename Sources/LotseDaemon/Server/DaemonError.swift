import LotseCore
import LotseSystem

/// A failure that stops the daemon from starting or an operation from completing, as
/// one sentence for the log and the person reading it — in German and English, since the
/// administrator reads lotsed's log in the language lotsed runs in (LC_ALL, LC_MESSAGES,
/// LANG), like the configuration's refusals.
public struct DaemonError: Error, Sendable, CustomStringConvertible {
    /// The English sentence.
    public let english: String
    /// The German sentence.
    public let german: String

    /// Creates an error from both sentences.
    public init(en english: String, de german: String) {
        self.english = english
        self.german = german
    }

    /// The sentence in `language`.
    public func text(in language: MessageLanguage) -> String { language == .de ? german : english }

    /// The English sentence (for tests and programs).
    public var description: String { english }
}

extension Errno {
    /// The system's reason in German (the C library answers in English: lotsed sets no
    /// locale), for the German half of a `DaemonError`.
    var german: String { ErrnoText.german(englishReason: text) }
}
