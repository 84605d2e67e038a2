extension JSONValue {
    /// Compact JSON text with object keys sorted, so that equal values always serialise to
    /// equal bytes (replies are reproducible and testable). Non-finite floats, which JSON
    /// cannot carry, become `null`.
    public var serialized: String {
        var output = ""
        Self.write(self, into: &output)
        return output
    }

    /// The serialised text as UTF-8 bytes.
    public var serializedBytes: [UInt8] { Array(serialized.utf8) }

    private static func write(_ value: JSONValue, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .integer(let number): output += String(number)
        case .double(let number):
            if !number.isFinite {
                output += "null"
            } else if number.rounded() == number, abs(number) < 1e15 {
                output += String(Int64(number))
            } else {
                output += "\(number)"
            }
        case .string(let text): appendQuoted(text, to: &output)
        case .array(let elements):
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += "," }
                write(element, into: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (position, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                if position > 0 { output += "," }
                appendQuoted(member.key, to: &output)
                output += ":"
                write(member.value, into: &output)
            }
            output += "}"
        }
    }

    /// Appends `text` as a JSON string literal. This is the one escaping rule of Lotse's
    /// JSON: `"` and `\` escaped, LF, CR and tab as `\n`, `\r`, `\t`, every other control
    /// character (U+0000–U+001F) and DEL (U+007F) as `\u00XX`, so that no output carries
    /// a raw control character into a terminal or a log; everything else stays as it is
    /// (the output is UTF-8, umlauts are not escaped).
    public static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        // Most strings (keys, ids, dates, plain notes) need no escape: append them whole
        // instead of scalar by scalar. Checking UTF-8 bytes is exact, because every byte of
        // a multi-byte sequence is >= 0x80 and only ASCII characters are ever escaped.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
