/// RFC 2047 encoded-words for header text that is not plain ASCII (a subject with
/// umlauts or ß, a sender name such as "Landkreis Göppingen").
///
/// The Q encoding is used (readable for mostly-Latin text). Each encoded-word is at most
/// `maximumWordLength` characters, is split only between Unicode scalars (every word is
/// valid UTF-8 on its own, as RFC 2047 §5 requires), and words are folded one per line so
/// that no header line exceeds 78 characters. Only letters, digits and `! * + - /` are
/// left literal: that set is safe in both `unstructured` text and phrases.
public enum EncodedWord {
    /// Longest encoded-word written: shorter than RFC 2047's 75, so that the first word
    /// still fits on the line behind a header name such as `Subject: `.
    public static let maximumWordLength = 64

    /// The encoded-words for `text`, in order; joined by folding white space they decode
    /// back to exactly `text` (white space between adjacent encoded-words is ignored).
    public static func encode(_ text: String) -> [String] {
        let prefix = "=?UTF-8?Q?"
        let suffix = "?="
        let budget = maximumWordLength - prefix.count - suffix.count
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            let piece = encodeScalar(scalar)
            if !current.isEmpty && current.utf8.count + piece.utf8.count > budget {
                words.append(prefix + current + suffix)
                current = ""
            }
            current += piece
        }
        if !current.isEmpty || words.isEmpty { words.append(prefix + current + suffix) }
        return words
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func encodeScalar(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "!", "*", "+", "-", "/":
            return String(scalar)
        case " ":
            return "_"
        default:
            var output: [UInt8] = []
            for byte in String(scalar).utf8 {
                output += [UInt8(ascii: "="), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
