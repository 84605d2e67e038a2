/// Why a byte sequence is not acceptable JSON, and where: the byte offset (what a peer's
/// message or a log can be checked against) and the line and column (what a person
/// editing a problem file looks for).
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in one English sentence.
    public var reason: String
    /// What is wrong, in German: the reason reaches the users of `lotse solve`.
    public var german: String
    /// Byte offset of the problem in the input (0 is the first byte).
    public var offset: Int
    /// Line of the problem, counting from 1 (lines end at LF).
    public var line: Int
    /// Column of the problem in its line, counting from 1, in characters (Unicode
    /// scalars), so that an umlaut before the problem counts once, as an editor counts it.
    public var column: Int

    /// Creates an error; parsing fills in line and column from the input.
    public init(_ reason: String, de german: String, at offset: Int, line: Int = 1, column: Int? = nil) {
        self.reason = reason
        self.german = german
        self.offset = offset
        self.line = line
        self.column = column ?? offset + 1
    }

    /// "reason at line L, column C (byte N)".
    public var description: String { "\(reason) at line \(line), column \(column) (byte \(offset))" }

    /// "Grund in Zeile L, Spalte C (Byte N)".
    public var germanDescription: String { "\(german) in Zeile \(line), Spalte \(column) (Byte \(offset))" }
}

/// The one JSON parser of Lotse, for the varlink wire (every message a peer sends) and
/// for the planner's problem files (`lotse solve`). It treats its input as hostile and
/// follows one set of rules, so that the same text is accepted or refused alike wherever
/// it arrives:
///
/// - RFC 8259 syntax exactly: one value filling the input, whitespace (space, tab, LF,
///   CR) around it; no comments, trailing commas, single quotes, leading zeros, `NaN`.
/// - Nesting at most ``maxDepth`` (64) arrays and objects deep, so that hostile input is
///   an error, not a stack overflow; no message or problem file needs more than 6.
/// - Number literals at most ``maxNumberLength`` (1024) bytes, so that a megabyte of
///   digits costs nothing, while a 10^400 is still read and refused by the field that
///   receives it. Integers that fit in 64 bits stay exact (`.integer`); others become
///   `.double`, and a number beyond Double's range the largest finite one of its sign.
/// - Duplicate keys in one object are refused (RFC 8259 leaves them undefined, and
///   parsers disagree on which one wins: a message or file must mean one thing).
/// - Strings: control characters U+0000–U+001F must be escaped; U+007F (DEL) is allowed
///   raw, as RFC 8259 allows it (the serialiser still escapes it on output); invalid
///   UTF-8 and lone surrogates (`\ud800`) are refused.
/// - Every error names the byte offset and the line and column.
public struct JSONParser: Sendable {
    /// The deepest nesting of arrays and objects accepted.
    public static let maxDepth = 64
    /// The longest number literal accepted, in bytes.
    public static let maxNumberLength = 1024

    /// Creates the parser; the rules are fixed (see the type's documentation).
    public init() {}

    /// Parses exactly one JSON value filling all of `bytes` (whitespace around it allowed).
    public func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        var cursor = Cursor(bytes: bytes)
        do throws(JSONParseError) {
            cursor.skipWhitespace()
            let value = try cursor.parseValue(depth: 0)
            cursor.skipWhitespace()
            if cursor.index != bytes.count {
                throw JSONParseError("unexpected data after the JSON value", de: "weitere Zeichen nach dem JSON-Wert", at: cursor.index)
            }
            return value
        } catch {
            throw Self.located(error, in: bytes)
        }
    }

    /// Parses exactly one JSON value from any collection of bytes (a slice of a read buffer).
    public func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws(JSONParseError) -> JSONValue {
        try parse(Array(bytes))
    }

    /// Parses a JSON value from a string.
    public func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    /// The error with line and column of its offset filled in; counted only when an error
    /// happens, so that accepting input costs nothing for it.
    static func located(_ error: JSONParseError, in bytes: [UInt8]) -> JSONParseError {
        let end = min(max(error.offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for position in 0..<end where bytes[position] == 0x0A {
            line += 1
            lineStart = position + 1
        }
        // Characters = bytes that are not UTF-8 continuation bytes (10xxxxxx).
        var column = 1
        for position in lineStart..<end where bytes[position] & 0xC0 != 0x80 { column += 1 }
        var located = error
        located.line = line
        located.column = column
        return located
    }
}

private struct Cursor {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
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
        guard let byte = peek() else { throw JSONParseError("unexpected end of input", de: "unerwartetes Ende der Eingabe", at: index) }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw JSONParseError("unexpected character", de: "unerwartetes Zeichen", at: index)
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let start = index
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count else { throw JSONParseError("invalid literal", de: "ungültiges Wort (erwartet: true, false oder null)", at: start) }
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for offset in 0..<count where bytes[index + offset] != expected[offset] {
            throw JSONParseError("invalid literal", de: "ungültiges Wort (erwartet: true, false oder null)", at: start)
        }
        index += count
    }

    mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
        if depth > JSONParser.maxDepth { throw JSONParseError("nesting deeper than \(JSONParser.maxDepth) levels", de: "tiefer als \(JSONParser.maxDepth) Ebenen verschachtelt", at: index) }
        index += 1
        var object: [String: JSONValue] = [:]
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { index += 1; return .object(object) }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw JSONParseError("expected a string key", de: "Schlüssel in Anführungszeichen erwartet", at: index) }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw JSONParseError("expected ':'", de: "„:“ erwartet", at: index) }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            if object.updateValue(value, forKey: key) != nil {
                throw JSONParseError("duplicate key \"\(key)\"", de: "Schlüssel „\(key)“ kommt doppelt vor", at: keyOffset)
            }
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(object)
            case nil: throw JSONParseError("unexpected end of input in an object", de: "unerwartetes Ende der Eingabe in einem Objekt", at: index)
            default: throw JSONParseError("expected ',' or '}'", de: "„,“ oder „}“ erwartet", at: index)
            }
        }
    }

    mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
        if depth > JSONParser.maxDepth { throw JSONParseError("nesting deeper than \(JSONParser.maxDepth) levels", de: "tiefer als \(JSONParser.maxDepth) Ebenen verschachtelt", at: index) }
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
            case nil: throw JSONParseError("unexpected end of input in an array", de: "unerwartetes Ende der Eingabe in einer Liste", at: index)
            default: throw JSONParseError("expected ',' or ']'", de: "„,“ oder „]“ erwartet", at: index)
            }
        }
    }

    mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        guard bytes.count - index >= 4 else { throw JSONParseError("truncated \\u escape", de: "abgebrochene \\u-Folge", at: index) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw JSONParseError("invalid \\u escape", de: "ungültige \\u-Folge", at: index)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// A string: most (keys, ids, dates, codes) hold no escape and are made from their
    /// bytes at once; only a string with an escape is built byte by byte.
    mutating func parseString() throws(JSONParseError) -> String {
        let start = index
        index += 1
        var seen: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let string: String?
                let end = index
                if seen < 0x80 {
                    string = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[(start + 1)..<end]), as: UTF8.self) }
                } else {
                    string = bytes.withUnsafeBufferPointer { String(validating: UnsafeBufferPointer(rebasing: $0[(start + 1)..<end]), as: UTF8.self) }
                }
                guard let string else { throw JSONParseError("string is not valid UTF-8", de: "Text ist kein gültiges UTF-8", at: start) }
                index += 1
                return string
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            seen |= byte
            index += 1
        }
        var buffer = Array(bytes[(start + 1)..<index])
        while true {
            guard let byte = peek() else { throw JSONParseError("unterminated string", de: "Text ohne schließendes Anführungszeichen", at: start) }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let string = String(validating: buffer, as: UTF8.self) else {
                    throw JSONParseError("string is not valid UTF-8", de: "Text ist kein gültiges UTF-8", at: start)
                }
                return string
            case UInt8(ascii: "\\"):
                index += 1
                guard let escape = peek() else { throw JSONParseError("unterminated escape", de: "abgebrochene Escape-Folge", at: index) }
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
                            throw JSONParseError("lone surrogate in \\u escape", de: "einzelnes Ersatzzeichen (Surrogat) in \\u-Folge", at: escapeOffset)
                        }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw JSONParseError("lone surrogate in \\u escape", de: "einzelnes Ersatzzeichen (Surrogat) in \\u-Folge", at: escapeOffset)
                        }
                        scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalarValue) {
                        throw JSONParseError("lone surrogate in \\u escape", de: "einzelnes Ersatzzeichen (Surrogat) in \\u-Folge", at: escapeOffset)
                    }
                    guard let scalar = Unicode.Scalar(scalarValue) else {
                        throw JSONParseError("invalid \\u escape", de: "ungültige \\u-Folge", at: escapeOffset)
                    }
                    buffer.append(contentsOf: Character(scalar).utf8)
                default:
                    throw JSONParseError("invalid escape", de: "ungültige Escape-Folge", at: index - 2)
                }
            default:
                if byte < 0x20 { throw JSONParseError("control character in string (must be escaped)", de: "Steuerzeichen im Text (muss als Escape-Folge stehen)", at: index) }
                buffer.append(byte)
                index += 1
            }
        }
    }

    mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        var isInteger = true
        let negative = peek() == UInt8(ascii: "-")
        if negative { index += 1 }
        guard let first = peek(), first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else {
            throw JSONParseError("invalid number", de: "ungültige Zahl", at: start)
        }
        // Up to 18 digits always fit in Int64: the common short integer is computed while
        // scanning, without building text.
        var magnitude: Int64 = 0
        let digitsStart = index
        if first == UInt8(ascii: "0") {
            index += 1
        } else {
            while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                if index - digitsStart < 18 { magnitude = magnitude &* 10 &+ Int64(byte - UInt8(ascii: "0")) }
                index += 1
            }
        }
        let digitCount = index - digitsStart
        if peek() == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard skipDigits() > 0 else { throw JSONParseError("invalid number", de: "ungültige Zahl", at: start) }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            guard skipDigits() > 0 else { throw JSONParseError("invalid number", de: "ungültige Zahl", at: start) }
        }
        if index - start > JSONParser.maxNumberLength {
            throw JSONParseError("number longer than \(JSONParser.maxNumberLength) characters", de: "Zahl länger als \(JSONParser.maxNumberLength) Zeichen", at: start)
        }
        if isInteger, digitCount <= 18 { return .integer(negative ? -magnitude : magnitude) }
        // The slice holds ASCII digits, sign, '.', 'e' only.
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let value = Int64(text) { return .integer(value) }
        guard let value = Double(text) else { throw JSONParseError("invalid number", de: "ungültige Zahl", at: start) }
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
