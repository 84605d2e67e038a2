/// A JSON value, the one value type of Lotse's JSON (varlink messages, the planner's
/// problem files, JSON columns). Lotse owns its JSON so that it can bound what a peer or a
/// file may hold (depth, number length, UTF-8, duplicate keys; see `JSONParser`) instead
/// of trusting a general-purpose decoder, so that integers stay apart from fractions and
/// booleans (`60.0` and `true` are not minutes, Foundation on Linux blurs them), and so
/// that values serialise byte-for-byte reproducibly.
public enum JSONValue: Sendable, Equatable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number written without fraction or exponent that fits in 64 bits; kept exact
    /// because varlink `int` is an integer type and ids must round-trip, and kept apart
    /// from `.double` because formats that want an integer refuse `60.0`.
    case integer(Int64)
    /// Any other finite number.
    case double(Double)
    /// A string (always valid Unicode: invalid UTF-8 is rejected while parsing).
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; keys are unique (duplicates are rejected while parsing). Unordered:
    /// serialisation sorts the keys, and readers that report problems go by their own
    /// field lists, so document order is never needed.
    case object([String: JSONValue])

    /// The string, when this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, when this is a number without a fractional part that fits in `Int64`.
    public var integerValue: Int64? {
        switch self {
        case .integer(let value): return value
        case .double(let value):
            guard value.rounded() == value, value >= -9.223372036854775e18, value < 9.223372036854775e18 else { return nil }
            return Int64(value)
        default: return nil
        }
    }

    /// The number as a `Double`, for either number case.
    public var doubleValue: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .double(let value): return value
        default: return nil
        }
    }

    /// The Boolean, when this is `true` or `false`.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The members, when this is an object.
    public var objectValue: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The elements, when this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// Member access for objects; `nil` for a missing key or a non-object.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// A short name of the value's kind, for error messages ("expected string, got array").
    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "bool"
        case .integer: return "int"
        case .double: return "float"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
    /// Lets tests and handlers write `"text"` for a string value.
    public init(stringLiteral value: String) { self = .string(value) }
    /// Lets tests and handlers write `42` for an integer value.
    public init(integerLiteral value: Int64) { self = .integer(value) }
    /// Lets tests and handlers write `1.5` for a float value.
    public init(floatLiteral value: Double) { self = .double(value) }
    /// Lets tests and handlers write `true`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// Lets tests and handlers write `[1, 2]`.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// Lets tests and handlers write `nil` for `null`.
    public init(nilLiteral: ()) { self = .null }
    /// Lets tests and handlers write `["key": value]`; a repeated key keeps the last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var object: [String: JSONValue] = [:]
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}
