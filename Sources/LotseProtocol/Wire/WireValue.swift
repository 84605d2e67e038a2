import LotseVarlink

/// A value with one JSON form on the wire, both ways: the typed requests encode through
/// it and the typed replies decode through it, so a field's spelling and type are written
/// once (in the IDL, from which the types are generated) instead of at every call site.
public protocol WireValue: Sendable {
    /// Reads the value from its JSON form. A value of the wrong type throws an error that
    /// each enclosing field and array completes with its name on the way out, so reading
    /// that succeeds spends nothing on paths.
    init(wire: JSONValue) throws(WireDecodingError)
    /// The JSON form.
    var wire: JSONValue { get }
}

/// A reply field that does not have the declared type; `path` names it (`roster.status`).
public struct WireDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where in the reply, e.g. `referrals[2].urgency` (empty: the reply itself).
    public private(set) var path: String
    /// What was expected there.
    public let expected: String

    /// Creates the error; `path` is empty where the value that failed does not know where
    /// it stands (the enclosing values add their part as the error travels out).
    public init(path: String = "", expected: String) {
        self.path = path
        self.expected = expected
    }

    /// The same error seen from the object that holds it in its field `name`.
    public func inField(_ name: String) -> WireDecodingError {
        var outer = self
        outer.path = path.isEmpty ? name : name + (path.hasPrefix("[") ? "" : ".") + path
        return outer
    }

    /// The same error seen from the array that holds it at `index`.
    public func atIndex(_ index: Int) -> WireDecodingError {
        var outer = self
        outer.path = "[\(index)]" + (path.isEmpty || path.hasPrefix("[") ? "" : ".") + path
        return outer
    }

    /// "path: expected …".
    public var description: String { "\(path.isEmpty ? "reply" : path): expected \(expected)" }
}

/// The members of an object being read as a generated struct: each field is read by its
/// IDL name through its type's `WireValue` form, an absent member as `null` (so an absent
/// optional field is nil), and a failure names the field. The generated types list their
/// fields in one call of this; the reading itself is written only here.
public struct WireFields {
    /// The object's members.
    let members: [String: JSONValue]

    /// The members of `wire`, or the error that it is not an object.
    public init(_ wire: JSONValue) throws(WireDecodingError) {
        guard let members = wire.objectValue else { throw WireDecodingError(expected: "an object") }
        self.members = members
    }

    /// The field `name` as `T`, or the error naming the field.
    public func callAsFunction<T: WireValue>(_ name: String) throws(WireDecodingError) -> T {
        do {
            return try T(wire: members[name] ?? .null)
        } catch {
            throw error.inField(name)
        }
    }
}

/// How every scalar reads: the value as `read` finds it, or the error naming what was
/// `expected`.
enum WireScalar {
    static func read<T>(_ value: JSONValue, _ read: (JSONValue) -> T?, expected: String) throws(WireDecodingError) -> T {
        guard let scalar = read(value) else { throw WireDecodingError(expected: expected) }
        return scalar
    }
}

extension Int64: WireValue {
    /// An integer.
    public init(wire: JSONValue) throws(WireDecodingError) {
        self = try WireScalar.read(wire, \.integerValue, expected: "an int")
    }
    /// `.integer`.
    public var wire: JSONValue { .integer(self) }
}

extension Double: WireValue {
    /// A number.
    public init(wire: JSONValue) throws(WireDecodingError) {
        self = try WireScalar.read(wire, \.doubleValue, expected: "a float")
    }
    /// `.double`.
    public var wire: JSONValue { .double(self) }
}

extension Bool: WireValue {
    /// `true` or `false`.
    public init(wire: JSONValue) throws(WireDecodingError) {
        self = try WireScalar.read(wire, \.boolValue, expected: "a bool")
    }
    /// `.bool`.
    public var wire: JSONValue { .bool(self) }
}

extension String: WireValue {
    /// A string.
    public init(wire: JSONValue) throws(WireDecodingError) {
        self = try WireScalar.read(wire, \.stringValue, expected: "a string")
    }
    /// `.string`.
    public var wire: JSONValue { .string(self) }
}

extension JSONValue: WireValue {
    /// Any JSON (`object` members not described further).
    public init(wire: JSONValue) throws(WireDecodingError) { self = wire }
    /// Itself.
    public var wire: JSONValue { self }
}

extension Optional: WireValue where Wrapped: WireValue {
    /// Absent or `null` is nil.
    public init(wire: JSONValue) throws(WireDecodingError) {
        self = wire.isNull ? nil : try Wrapped(wire: wire)
    }
    /// nil is `null`.
    public var wire: JSONValue { map(\.wire) ?? .null }
}

extension Array: WireValue where Element: WireValue {
    /// `[]T`.
    public init(wire: JSONValue) throws(WireDecodingError) {
        guard let elements = wire.arrayValue else { throw WireDecodingError(expected: "an array") }
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            do {
                result.append(try Element(wire: element))
            } catch {
                throw error.atIndex(index)
            }
        }
        self = result
    }
    /// `.array`.
    public var wire: JSONValue { .array(map(\.wire)) }
}

extension Dictionary: WireValue where Key == String, Value: WireValue {
    /// `[string]T`.
    public init(wire: JSONValue) throws(WireDecodingError) {
        guard let members = wire.objectValue else { throw WireDecodingError(expected: "an object") }
        var result: [String: Value] = [:]
        result.reserveCapacity(members.count)
        for (key, member) in members {
            do {
                result[key] = try Value(wire: member)
            } catch {
                throw error.inField(key)
            }
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
    public init(wire: JSONValue) throws(WireDecodingError) {
        guard let text = wire.stringValue, let value = Self(rawValue: text) else {
            throw WireDecodingError(expected: "one of " + Self.allCases.map(\.rawValue).joined(separator: ", "))
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
        try self.init(wire: .object(parameters))
    }
}
