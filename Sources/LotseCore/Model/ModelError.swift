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

/// Checks shared by every free-text field, in the model and at the wire alike: bounded
/// length, not only blanks, no control characters except line breaks and no direction marks
/// (`FreeTextCharacters`), and — for a field shown on one line (`oneLine`) — no line break
/// or tab at all (`OneLineText`). Written once so that a reason typed to `referral withdraw`
/// and a title typed to `helpplan goal add` meet the same rule as a session's place.
public enum TextRule {
    /// `text` without surrounding whitespace, or why it cannot be stored in `field`.
    public static func check(_ text: String, field: String, max: Int, allowEmpty: Bool = false,
                             oneLine: Bool = false) -> Result<String, ModelError> {
        let trimmed = trimmingWhitespace(text)
        if trimmed.isEmpty && !allowEmpty {
            return .failure(ModelError(field: field, en: "is empty; give a short text", de: "ist leer; geben Sie einen kurzen Text an"))
        }
        if trimmed.count > max {
            return .failure(ModelError(field: field, en: "has \(trimmed.count) characters; at most \(max) are allowed",
                                       de: "hat \(trimmed.count) Zeichen; höchstens \(max) sind erlaubt"))
        }
        if oneLine, let refusal = OneLineText.refusal(trimmed, field: field) { return .failure(refusal) }
        if FreeTextCharacters.refuses(trimmed) {
            return .failure(ModelError(field: field, en: "contains control characters (or invisible direction marks such as U+202E)",
                                       de: "enthält Steuerzeichen (oder unsichtbare Richtungszeichen wie U+202E)"))
        }
        return .success(trimmed)
    }

    /// `text` without leading and trailing whitespace and line breaks: the Unicode
    /// White_Space property is exactly `CharacterSet.whitespacesAndNewlines` (categories
    /// Zs, Zl, Zp, tab and U+000A–U+000D, U+0085), without Foundation's NSString bridge,
    /// which cost more than the rest of the check on every submit.
    public static func trimmingWhitespace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }
}
