/// A value a person typed, shown back inside a sentence: on one line, whatever it holds.
///
/// A refusal quotes the value it refuses; a line break in it (an address with a `Bcc:`
/// header smuggled in, a pasted paragraph) would split the one-sentence error over lines
/// and let the value pass for output of its own. Control characters are shown as escapes
/// (`\n`, `\t`, `\u{7}`), and a very long value is cut with an ellipsis.
public enum ShownValue {
    /// `text` on one line, at most `limit` characters.
    public static func oneLine(_ text: String, limit: Int = 80) -> String {
        var shown = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || FreeTextCharacters.isRefused(scalar) {
                    shown += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    shown.unicodeScalars.append(scalar)
                }
            }
        }
        return shown.count > limit ? String(shown.prefix(limit - 1)) + "…" : shown
    }
}
