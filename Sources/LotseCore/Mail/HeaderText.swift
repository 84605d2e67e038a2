/// Cleaning of every value that is inserted into a message, header or body.
///
/// A pseudonym, a place or an address comes from people and the configuration; a CR or LF
/// inside it could start a new header (header injection, e.g. a forged `Bcc:`), and a NUL
/// truncates the message in some MTAs. Those three are therefore removed everywhere, before
/// anything else looks at the value.
public enum HeaderText {
    /// The value without any CR, LF or NUL character.
    public static func stripped(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.filter { scalar in
            scalar != "\r" && scalar != "\n" && scalar != "\u{0}"
        }))
    }

    /// True when the value can stand in a header as it is: printable ASCII and spaces only,
    /// and no `=?` that a reader would take for the start of an encoded-word.
    public static func isPlainASCII(_ value: String) -> Bool {
        value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } && !value.contains("=?")
    }
}
