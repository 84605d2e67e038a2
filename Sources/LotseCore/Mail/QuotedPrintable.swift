/// Quoted-printable transfer encoding (RFC 2045 §6.7) of a UTF-8 text body.
///
/// Chosen over base64 because the German and English reminder texts are mostly ASCII and
/// stay readable in a raw mail file or an MTA's queue. Rules kept here:
/// - lines, including a soft-break `=`, are at most 76 characters;
/// - `=` and every byte outside printable ASCII is written `=XX` (upper-case hex);
/// - a space or tab at the end of a line is encoded, because MTAs may strip it;
/// - an escape sequence is never split by a soft break;
/// - a line beginning with `From ` has its `F` encoded, so mbox delivery cannot mangle it.
public enum QuotedPrintable {
    /// The longest encoded line, soft-break `=` included (RFC 2045).
    public static let maximumLineLength = 76

    /// Encodes `text`; its lines (separated by LF; CR is dropped) become hard line breaks
    /// joined with `lineEnding`.
    public static func encode(_ text: String, lineEnding: String = "\n") -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { encodeLine(String($0), lineEnding: lineEnding) }.joined(separator: lineEnding)
    }

    /// Decodes a quoted-printable text back to UTF-8 (used by tests and diagnostics);
    /// `nil` when the bytes are not valid UTF-8.
    public static func decode(_ encoded: String) -> String? {
        var bytes: [UInt8] = []
        let lines = encoded.mailWithoutCR().split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            var input = Array(line.utf8)
            var soft = false
            if input.last == UInt8(ascii: "=") { input.removeLast(); soft = true }
            var position = 0
            while position < input.count {
                let byte = input[position]
                if byte == UInt8(ascii: "="), position + 2 < input.count,
                   let high = hexValue(input[position + 1]), let low = hexValue(input[position + 2]) {
                    bytes.append(high << 4 | low)
                    position += 3
                } else {
                    bytes.append(byte)
                    position += 1
                }
            }
            if !soft && index < lines.count - 1 { bytes.append(UInt8(ascii: "\n")) }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func encodeLine(_ line: String, lineEnding: String) -> String {
        let bytes = Array(LineEndings.withoutCR(line).utf8)
        var tokens: [String] = []
        tokens.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let startsFrom = index == 0 && bytes.starts(with: Array("From ".utf8))
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                tokens.append(isLast ? escape(byte) : String(UnicodeScalar(byte)))
            case UInt8(ascii: "="):
                tokens.append(escape(byte))
            case 33...126 where !startsFrom:
                tokens.append(String(UnicodeScalar(byte)))
            default:
                tokens.append(escape(byte))
            }
        }
        // Soft breaks go after the last space of a full line when there is one in its
        // second half (readable raw text), else exactly at the limit.
        var output: [String] = []
        var current: [String] = []
        var length = 0
        for token in tokens {
            if length + token.utf8.count > maximumLineLength - 1 {
                let half = current.count / 2
                if let space = current.lastIndex(of: " "), space >= half {
                    output.append(current[...space].joined() + "=")
                    current = Array(current[(space + 1)...])
                } else {
                    output.append(current.joined() + "=")
                    current = []
                }
                length = current.reduce(0) { $0 + $1.utf8.count }
            }
            current.append(token)
            length += token.utf8.count
        }
        output.append(current.joined())
        return output.joined(separator: lineEnding)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func escape(_ byte: UInt8) -> String {
        String(decoding: [UInt8(ascii: "="), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]], as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}

/// Small helpers for line-ending handling shared by the encoders.
enum LineEndings {
    /// The text without CR characters (bodies are split on LF only).
    static func withoutCR(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\r" }))
    }
}

extension String {
    /// The text with every CRLF turned into LF.
    func mailWithoutCR() -> String {
        LineEndings.withoutCR(self)
    }
}
