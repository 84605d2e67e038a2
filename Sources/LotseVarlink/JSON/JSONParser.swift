/// Why a byte sequence is not acceptable JSON, and where (byte offset into the message).
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in one sentence.
    public var reason: String
    /// Byte offset of the problem in the input.
    public var offset: Int

    /// Creates an error.
    public init(_ reason: String, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    /// "reason at byte N".
    public var description: String { "\(reason) at byte \(offset)" }
}

/// A strict RFC 8259 parser that treats its input as hostile: it bounds nesting depth
/// and number length, rejects invalid UTF-8, lone surrogates, duplicate keys and trailing
/// bytes, and never crashes or recurses without limit whatever the peer sends.
public struct JSONParser {
    /// Deepest nesting of arrays and objects accepted; deeper input is an error, not a
    /// stack overflow.
    public var maxDepth: Int
    /// Longest number literal accepted (in bytes), so that a megabyte of digits costs nothing;
    /// long enough that a 10^400 in a field is refused naming the field, not the message.
    public var maxNumberLength: Int

    /// Creates a parser with the given limits.
    public init(maxDepth: Int = 64, maxNumberLength: Int = 1024) {
        self.maxDepth = maxDepth
        self.maxNumberLength = maxNumberLength
    }

    /// Parses exactly one JSON value filling all of `bytes` (whitespace around it allowed).
    public func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws(JSONParseError) -> JSONValue {
        let array = Array(bytes)
        var cursor = Cursor(bytes: array, maxDepth: maxDepth, maxNumberLength: maxNumberLength)
        cursor.skipWhitespace()
        let value = try cursor.parseValue(depth: 0)
        cursor.skipWhitespace()
        if cursor.index != array.count {
            throw JSONParseError("unexpected data after the JSON value", at: cursor.index)
        }
        return value
    }

    /// Parses a JSON value from a string.
    public func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

private struct Cursor {
    let bytes: [UInt8]
    let maxDepth: Int
    let maxNumberLength: Int
    var index = 0

    init(bytes: [UInt8], maxDepth: Int, maxNumberLength: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        self.maxNumberLength = maxNumberLength
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard let byte = peek() else { throw JSONParseError("unexpected end of input", at: index) }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw JSONParseError("unexpected character", at: index)
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let start = index
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count else { throw JSONParseError("invalid literal", at: start) }
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for offset in 0..<count where bytes[index + offset] != expected[offset] {
            throw JSONParseError("invalid literal", at: start)
        }
        index += count
    }

    mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
        if depth > maxDepth { throw JSONParseError("nesting deeper than \(maxDepth) levels", at: index) }
        index += 1
        var object: [String: JSONValue] = [:]
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { index += 1; return .object(object) }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw JSONParseError("expected a string key", at: index) }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw JSONParseError("expected ':'", at: index) }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            if object.updateValue(value, forKey: key) != nil {
                throw JSONParseError("duplicate key \"\(key)\"", at: keyOffset)
            }
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(object)
            default: throw JSONParseError("expected ',' or '}'", at: index)
            }
        }
    }

    mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
        if depth > maxDepth { throw JSONParseError("nesting deeper than \(maxDepth) levels", at: index) }
        index += 1
        var array: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { index += 1; return .array(array) }
        while true {
            skipWhitespace()
            array.append(try parseValue(depth: depth))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(array)
            default: throw JSONParseError("expected ',' or ']'", at: index)
            }
        }
    }

    mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        guard bytes.count - index >= 4 else { throw JSONParseError("truncated \\u escape", at: index) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw JSONParseError("invalid \\u escape", at: index)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    mutating func parseString() throws(JSONParseError) -> String {
        let start = index
        index += 1
        var buffer: [UInt8] = []
        while true {
            guard let byte = peek() else { throw JSONParseError("unterminated string", at: start) }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let string = String(validating: buffer, as: UTF8.self) else {
                    throw JSONParseError("string is not valid UTF-8", at: start)
                }
                return string
            case UInt8(ascii: "\\"):
                index += 1
                guard let escape = peek() else { throw JSONParseError("unterminated escape", at: index) }
                index += 1
                switch escape {
                case UInt8(ascii: "\""): buffer.append(0x22)
                case UInt8(ascii: "\\"): buffer.append(0x5C)
                case UInt8(ascii: "/"): buffer.append(0x2F)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    let escapeOffset = index - 2
                    var scalarValue = try parseHex4()
                    if (0xD800...0xDBFF).contains(scalarValue) {
                        guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw JSONParseError("lone surrogate in \\u escape", at: escapeOffset)
                        }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw JSONParseError("lone surrogate in \\u escape", at: escapeOffset)
                        }
                        scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalarValue) {
                        throw JSONParseError("lone surrogate in \\u escape", at: escapeOffset)
                    }
                    guard let scalar = Unicode.Scalar(scalarValue) else {
                        throw JSONParseError("invalid \\u escape", at: escapeOffset)
                    }
                    buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw JSONParseError("invalid escape", at: index - 2)
                }
            default:
                if byte < 0x20 { throw JSONParseError("control character in string", at: index) }
                buffer.append(byte)
                index += 1
            }
        }
    }

    mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        var isInteger = true
        if peek() == UInt8(ascii: "-") { index += 1 }
        guard let first = peek(), first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else {
            throw JSONParseError("invalid number", at: start)
        }
        if first == UInt8(ascii: "0") {
            index += 1
        } else {
            skipDigits()
        }
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard skipDigits() > 0 else { throw JSONParseError("invalid number", at: start) }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard skipDigits() > 0 else { throw JSONParseError("invalid number", at: start) }
        }
        if index - start > maxNumberLength {
            throw JSONParseError("number longer than \(maxNumberLength) characters", at: start)
        }
        // The slice holds ASCII digits, sign, '.', 'e' only.
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let value = Int64(text) { return .integer(value) }
        guard let value = Double(text) else { throw JSONParseError("invalid number", at: start) }
        // A number beyond Double's range (10^400) is kept as the largest finite one of
        // its sign: valid JSON must not end the connection, and every field's own check
        // then refuses it naming the field (no field takes a number that large).
        return .double(value.isFinite ? value : (value < 0 ? -Double.greatestFiniteMagnitude : Double.greatestFiniteMagnitude))
    }

    @discardableResult
    mutating func skipDigits() -> Int {
        let start = index
        while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }
}
