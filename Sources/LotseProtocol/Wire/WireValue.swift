import LotseVarlink

/// A value with one JSON form on the wire, both ways: the typed requests encode through
/// it and the typed replies decode through it, so a field's spelling and type are written
/// once (in the IDL, from which the types are generated) instead of at every call site.
public protocol WireValue: Sendable {
    /// Reads the value at `path` (for the error) from its JSON form.
    init(wire: JSONValue, at path: String) throws(WireDecodingError)
    /// The JSON form.
    var wire: JSONValue { get }
}

/// A reply field that does not have the declared type; `path` names it (`roster.status`).
public struct WireDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where in the reply, e.g. `referrals[2].urgency`.
    public let path: String
    /// What was expected there.
    public let expected: String

    /// Creates the error.
    public init(path: String, expected: String) {
        self.path = path
        self.expected = expected
    }

    /// "path: expected …".
    public var description: String { "\(path.isEmpty ? "reply" : path): expected \(expected)" }
}

/// Helpers the generated types use to read objects and join paths.
public enum WireDecoding {
    /// The members of an object, or the error naming `path`.
    public static func object(_ value: JSONValue, at path: String) throws(WireDecodingError) -> [String: JSONValue] {
        guard let members = value.objectValue else { throw WireDecodingError(path: path, expected: "an object") }
        return members
    }

    /// `path.name` (or `name` at the top).
    public static func join(_ path: String, _ name: String) -> String {
        path.isEmpty ? name : path + "." + name
    }

    /// A scalar as `read` finds it in `value`, or the error naming `path` and what was
    /// `expected` (every scalar type reads alike).
    static func scalar<T>(_ value: JSONValue, at path: String, _ read: (JSONValue) -> T?, expected: String) throws(WireDecodingError) -> T {
        guard let scalar = read(value) else { throw WireDecodingError(path: path, expected: expected) }
        return scalar
    }
}

extension Int64: WireValue {
    /// An integer.
    public init(wire: JSONValue, at path: String) throws(WireDecodingError) {
        self = try WireDecoding.scalar(wire, at: path, \.integerValue, expected: "an int")
    }
    /// `.integer`.
    public var wire: JSONValue { .integer(self) }
}

extension Double: WireValue {
    /// A number.
    public init(wire: JSONValue, at path: String) throws(WireDecodingError) {
        self = try WireDecoding.scalar(wire, at: path, \.doubleValue, expected: "a float")
    }
    /// `.double`.
    public var wire: JSONValue { .double(self) }
}

extension Bool: WireValue {
    /// `true` or `false`.
    public init(wire: JSONValue, at path: String) throws(WireDecodingError) {
        self = try WireDecoding.scalar(wire, at: path, \.boolValue, expected: "a bool")
    }
    /// `.bool`.
    public var wire: JSONValue { .bool(self) }
}

extension String: WireValue {
    /// A string.
    public init(wire: JSONValue, at path: String) throws(WireDecodingError) {
        self = try WireDecoding.scalar(wire, at: path, \.stringValue, expected: "a string")
    }
    /// `.string`.
    public var wire: JSONValue { .string(self) }
}

extension JSONValue: WireValue {
    /// Any JSON (`object` members not described further).
    public init(wire: JSONValue, at path: String) throws(WireDecodingError) { self = wire }
    /// Itself.
    public var wire: JSONValue { self }
}

extension Optional: WireValue where Wrapped: WireValue {
    /// Absent or `null` is nil.
    public init(wire: JSONValue, at path: String) throws(WireDecodingError) {
        self = wire.isNull ? nil : try Wrapped(wire: wire, at: path)
    }
    /// nil is `null`.
    public var wire: JSONValue { map(\.wire) ?? .null }
}

extension Array: WireValue where Element: WireValue {
    /// `[]T`.
    public init(wire: JSONValue, at path: String) throws(WireDecodingError) {
        guard let elements = wire.arrayValue else { throw WireDecodingError(path: path, expected: "an array") }
        var result: [Element] = []
        for (index, element) in elements.enumerated() { result.append(try Element(wire: element, at: "\(path)[\(index)]")) }
        self = result
    }
    /// `.array`.
    public var wire: JSONValue { .array(map(\.wire)) }
}

extension Dictionary: WireValue where Key == String, Value: WireValue {
    /// `[string]T`.
    public init(wire: JSONValue, at path: String) throws(WireDecodingError) {
        var result: [String: Value] = [:]
        for (key, member) in try WireDecoding.object(wire, at: path) {
            result[key] = try Value(wire: member, at: WireDecoding.join(path, key))
        }
        self = result
    }
    /// `.object`.
    public var wire: JSONValue { .object(mapValues(\.wire)) }
}

/// A varlink enum: its cases are the wire strings.
public protocol WireEnum: WireValue, RawRepresentable, CaseIterable, Hashable where RawValue == String {}

extension WireEnum {
    /// One of the declared strings.
    public init(wire: JSONValue, at path: String) throws(WireDecodingError) {
        guard let text = wire.stringValue, let value = Self(rawValue: text) else {
            throw WireDecodingError(path: path, expected: "one of " + Self.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self = value
    }
    /// The case's string.
    public var wire: JSONValue { .string(rawValue) }
}

/// A typed call of a Lotse method: the method's name and its parameters, encoded from
/// typed fields, with the type of its reply.
public protocol LotseRequest: WireValue {
    /// The reply this method answers with.
    associatedtype Reply: LotseReply
    /// The fully qualified method name (`org.lotse.Roster.Plan`).
    static var method: String { get }
}

extension LotseRequest {
    /// The call's parameters.
    public var parameters: [String: JSONValue] { wire.objectValue ?? [:] }
}

/// A typed reply, read from the reply's parameters.
public protocol LotseReply: WireValue {}

extension LotseReply {
    /// Reads a reply's parameters.
    public init(parameters: [String: JSONValue]) throws(WireDecodingError) {
        try self.init(wire: .object(parameters), at: "")
    }
}
