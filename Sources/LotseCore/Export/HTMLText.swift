/// Escaping for HTML text and attribute values: every value from the document passes
/// through here, so a place called `<script>` prints as text and never runs.
public enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as character references; control characters other than
    /// tab and line feed are dropped (they are not allowed in HTML text).
    public static func escape(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
