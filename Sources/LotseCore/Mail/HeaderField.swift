/// One header line, written with the value cleaned, encoded when needed, and folded.
///
/// Plain ASCII values are folded at spaces so that lines stay within 78 characters where
/// a space allows it; other values become RFC 2047 encoded-words, one per folded line.
public struct HeaderField: Sendable, Equatable {
    /// The field name, e.g. `Subject`.
    public let name: String
    /// The field value as people read it (before encoding), already stripped of CR, LF, NUL.
    public let value: String

    /// A header field whose value is cleaned of CR, LF and NUL on the way in.
    public init(name: String, value: String) {
        self.name = name
        self.value = HeaderText.stripped(value)
    }

    /// The header as written into the message: one or more physical lines joined by
    /// `lineEnding` + space (folding), without a final line ending.
    public func rendered(lineEnding: String) -> String {
        if HeaderText.isPlainASCII(value) {
            return Self.foldASCII(name: name, value: value, lineEnding: lineEnding)
        }
        return name + ": " + EncodedWord.encode(value).joined(separator: lineEnding + " ")
    }

    /// A header written verbatim (no encoding), for structured values the builder has
    /// already made safe, such as `Message-ID` or an address.
    static func verbatim(name: String, value: String) -> String {
        name + ": " + HeaderText.stripped(value)
    }

    private static func foldASCII(name: String, value: String, lineEnding: String) -> String {
        let limit = 78
        var lines: [String] = []
        var current = name + ":"
        for word in value.split(separator: " ", omittingEmptySubsequences: false) {
            let piece = " " + word
            if current.count + piece.count > limit && current.contains(where: { $0 != " " }) && current != name + ":" {
                lines.append(current)
                current = ""
            }
            current += piece
        }
        lines.append(current)
        return lines.joined(separator: lineEnding)
    }
}
