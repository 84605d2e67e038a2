
/// Why a configuration was rejected, with the place an administrator must look: the
/// file, the line and, where there is one, the section and key. It carries its reason in
/// German and in English — the administrators of a Landratsamt read German, and the
/// daemon and `lotse` print the one their locale asks for — so the initialiser takes both
/// and a refusal without German wording does not compile. `description` is the English
/// sentence, `descriptionDe` the German one, e.g.
/// `lotse.conf:14: [mail] reminder_days: "7,x" is not a list of whole numbers` and
/// `lotse.conf:14: [mail] reminder_days: „7,x“ ist keine Liste ganzer Zahlen`.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file name as the caller passed it (usually the path given by `--config`).
    public let file: String
    /// 1-based line number; nil when the whole file is at fault (it cannot be read).
    public let line: Int?
    /// The section's name as written between brackets, if the error lies in a section.
    public let section: String?
    /// The key at fault, if any.
    public let key: String?
    /// What is wrong, in English, without the location prefix.
    public let message: String
    /// What is wrong, in German, without the location prefix.
    public let messageDe: String
    /// Where in Lotse's source the refusal was made (`LotseCore/SectionReader.swift:88`),
    /// so that a test can prove every refusal of the parser worded and reached; not part
    /// of equality.
    public let origin: String

    /// Creates an error worded in German and English; `fileID` and `sourceLine` record
    /// the caller as `origin`.
    public init(file: String, line: Int?, section: String? = nil, key: String? = nil, de: String, en: String,
                fileID: StaticString = #fileID, sourceLine: UInt = #line) {
        self.file = file
        self.line = line
        self.section = section
        self.key = key
        self.message = en
        self.messageDe = de
        self.origin = "\(fileID):\(sourceLine)"
    }

    /// The error for a file that cannot be read. The parser itself never touches the file
    /// system (LotseCore does no I/O), so the daemon and CLI read the file and report a
    /// failure through this, giving `lotse.conf: cannot read: the file is not valid UTF-8`
    /// and `lotse.conf: kann nicht gelesen werden: die Datei ist kein gültiges UTF-8`.
    public static func cannotRead(file: String, de: String, en: String,
                                  fileID: StaticString = #fileID, sourceLine: UInt = #line) -> ConfigurationError {
        ConfigurationError(file: file, line: nil, de: "kann nicht gelesen werden: \(de)", en: "cannot read: \(en)",
                           fileID: fileID, sourceLine: sourceLine)
    }

    /// `cannotRead` with the system's reason as the C library words it in English
    /// ("No such file or directory") and its German wording.
    public static func cannotRead(file: String, systemReason reason: String,
                                  fileID: StaticString = #fileID, sourceLine: UInt = #line) -> ConfigurationError {
        cannotRead(file: file, de: ErrnoText.german(englishReason: reason), en: reason, fileID: fileID, sourceLine: sourceLine)
    }

    /// `file:line: [section] key: message` in English, leaving out the parts that are absent.
    public var description: String { located(message) }

    /// The same in German.
    public var descriptionDe: String { located(messageDe) }

    /// The sentence in `language`.
    public func description(in language: MessageLanguage) -> String { language == .de ? descriptionDe : description }

    /// Equal when they say the same about the same place, wherever in the source they
    /// were made.
    public static func == (lhs: ConfigurationError, rhs: ConfigurationError) -> Bool {
        lhs.file == rhs.file && lhs.line == rhs.line && lhs.section == rhs.section && lhs.key == rhs.key
            && lhs.message == rhs.message && lhs.messageDe == rhs.messageDe
    }

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
