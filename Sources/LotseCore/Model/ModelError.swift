/// A value the model refuses, with the field it belongs to, so the CLI can say one clear
/// sentence naming the field (`note: 612 characters; at most 500 are allowed`) and the
/// daemon can answer `InvalidParameter` with the parameter's name.
public struct ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The field at fault, as named in the CLI and the varlink interfaces (`note`).
    public let field: String
    /// What is wrong with it, in English.
    public let message: String
    /// The same in German, for German readers (the daemon sends both; the CLI picks).
    public let messageDe: String

    /// Creates the error, worded in both languages.
    public init(field: String, en: String, de: String) {
        self.field = field
        self.message = en
        self.messageDe = de
    }

    /// What is wrong, in `language`.
    public func message(in language: MessageLanguage) -> String { language.pick(de: messageDe, en: message) }

    /// `field: message`.
    public var description: String { "\(field): \(message)" }
}

/// Checks shared by the model's free-text fields: bounded length, no control characters
/// except line breaks (they would corrupt tables and mail), not only blanks.
enum TextRule {
    static func check(_ text: String, field: String, max: Int, allowEmpty: Bool = false) -> Result<String, ModelError> {
        let trimmed = String(text.trimmingBlanks())
        if trimmed.isEmpty && !allowEmpty { return .failure(ModelError(field: field, en: "is empty", de: "ist leer")) }
        if trimmed.count > max {
            return .failure(ModelError(field: field, en: "has \(trimmed.count) characters; at most \(max) are allowed",
                                         de: "hat \(trimmed.count) Zeichen; höchstens \(max) sind erlaubt"))
        }
        if trimmed.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F }) {
            return .failure(ModelError(field: field, en: "contains control characters", de: "enthält Steuerzeichen"))
        }
        return .success(trimmed)
    }
}
