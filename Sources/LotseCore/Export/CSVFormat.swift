/// RFC 4180 text: records end in CRLF, fields are separated by commas (or, for the
/// spreadsheet form, semicolons), and a field holding the separator, a double quote, CR or
/// LF is enclosed in double quotes with inner quotes doubled. Kept separate from the
/// roster so that any export can share the one correct encoder.
public enum CSVFormat {
    /// One field, quoted only when it must be. NUL characters, which no spreadsheet or
    /// CSV reader accepts, are dropped.
    public static func field(_ value: String, separator: Unicode.Scalar = ",") -> String {
        let clean = value.contains("\u{0}") ? value.replacingAll("\u{0}", with: "") : value
        let needsQuotes = clean.unicodeScalars.contains { $0 == "\"" || $0 == separator || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return clean }
        return "\"" + clean.replacingAll("\"", with: "\"\"") + "\""
    }

    /// One record with its terminating CRLF.
    public static func record(_ fields: [String], separator: Unicode.Scalar = ",") -> String {
        fields.map { field($0, separator: separator) }.joined(separator: String(Character(separator))) + "\r\n"
    }

    /// A whole file: every record, each ending in CRLF (the last one too).
    public static func document(_ records: [[String]], separator: Unicode.Scalar = ",") -> String {
        records.map { record($0, separator: separator) }.joined()
    }
}

fileprivate extension String {
    /// Every occurrence of `target` replaced, by Unicode scalars (so `\r\n` is not one
    /// unit), without Foundation.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if target.unicodeScalars.count == 1, let only = target.unicodeScalars.first, scalar == only {
                result += replacement
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
