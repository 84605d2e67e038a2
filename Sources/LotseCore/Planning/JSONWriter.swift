/// A minimal JSON writer that emits keys exactly in the order they are written, so that
/// the same solution always gives byte-identical output (Foundation's encoder orders keys
/// by hash or by name, neither of which is the order a reader expects).
public struct JSONWriter {
    /// The text written so far.
    public private(set) var text = ""

    /// Creates an empty writer.
    public init() {}

    /// Appends raw, already-valid JSON text.
    public mutating func raw(_ s: String) { text += s }

    /// Appends a string literal.
    public mutating func string(_ s: String) { text += Self.quote(s) }

    /// Appends an integer.
    public mutating func integer(_ i: Int) { text += String(i) }

    /// `"s"` with JSON escapes; non-ASCII characters stay as they are (the output is UTF-8).
    public static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
