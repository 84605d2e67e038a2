/// The text rules of RFC 5545 that every content line obeys: `TEXT` escaping (3.3.11),
/// line folding at 75 octets (3.1) and CRLF line ends.
public enum ICalendarText {
    /// Escapes a `TEXT` value: backslash, semicolon and comma get a backslash, any line
    /// break becomes `\n`, and other control characters (which RFC 5545 forbids) are dropped.
    public static func escape(_ value: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Folds one content line so that no physical line exceeds 75 octets (CRLF not counted);
    /// continuation lines start with a space. Breaks fall between characters, never inside a
    /// UTF-8 sequence (nor, where the character is short enough, inside a grapheme cluster).
    /// The result ends in CRLF.
    public static func fold(_ line: String, limit: Int = 75) -> String {
        var output = ""
        var used = 0
        func append(_ piece: String, octets: Int) {
            if used + octets > limit {
                output += "\r\n "
                used = 1
            }
            output += piece
            used += octets
        }
        for character in line {
            let octets = character.utf8.count
            if octets <= limit - 1 {
                append(String(character), octets: octets)
            } else {
                for scalar in character.unicodeScalars {
                    append(String(scalar), octets: String(scalar).utf8.count)
                }
            }
        }
        return output + "\r\n"
    }

    /// A folded content line `NAME;PARAMS:VALUE` with CRLF; the value must already be
    /// escaped where it is `TEXT`.
    public static func line(_ name: String, _ value: String) -> String {
        fold(name + ":" + value)
    }

    /// A UTC `DATE-TIME` (`20261121T171700Z`) for a number of seconds since 1970.
    public static func utcDateTime(secondsSince1970 seconds: Int) -> String {
        LocalDateTime(secondsSince1970: seconds).basicFormat + "Z"
    }
}
