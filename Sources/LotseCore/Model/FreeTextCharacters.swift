/// The characters no free-text field may hold: control characters other than line break
/// and tab (they would corrupt tables and mail), and the invisible marks that change the
/// direction of text — U+200E/U+200F, U+061C, the embeddings and overrides U+202A–U+202E
/// and the isolates U+2066–U+2069. A note holding U+202E prints its rest reversed on the
/// next person's terminal, so "no risk" can read as something else entirely; a field
/// that needs right-to-left script (Arabic, Farsi) gets it from the letters themselves.
public enum FreeTextCharacters {
    /// Whether `scalar` is refused in free text.
    public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00..<0x20, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether `text` holds a refused character.
    public static func refuses(_ text: String) -> Bool { text.unicodeScalars.contains(where: isRefused) }
}

/// Fields shown on one line — a session's place, a specialist's name and qualification —
/// end up in table cells, CSV fields, iCalendar `LOCATION` lines and mail headers, where a
/// line break or tab would break the row. Multi-line notes keep `FreeTextCharacters`' rule.
public enum OneLineText {
    /// The refusal for `text` in `field`, or nil when it holds no line break or tab.
    public static func refusal(_ text: String, field: String) -> ModelError? {
        guard text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) else { return nil }
        return ModelError(field: field, en: "contains a line break or a tab; write it on one line",
                          de: "enthält einen Zeilenumbruch oder Tabulator; bitte in einer Zeile schreiben")
    }
}
