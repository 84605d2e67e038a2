/// One method call as a client sends it:
/// `{"method":"org.example.Interface.Method","parameters":{…},"more":true,"oneway":true}`.
public struct VarlinkCall: Sendable, Equatable {
    /// Fully qualified method name: interface name, a dot, method name.
    public var method: String
    /// The call's input; always an object (absent on the wire means empty).
    public var parameters: [String: JSONValue]
    /// The client accepts several replies, each but the last with `continues: true`.
    public var more: Bool
    /// The client wants no reply at all.
    public var oneway: Bool
    /// The client asks to leave varlink for another protocol (we never agree).
    public var upgrade: Bool

    /// Creates a call.
    public init(method: String, parameters: [String: JSONValue] = [:], more: Bool = false,
                oneway: Bool = false, upgrade: Bool = false) {
        self.method = method
        self.parameters = parameters
        self.more = more
        self.oneway = oneway
        self.upgrade = upgrade
    }

    /// The interface part of `method` (everything before the last dot).
    public var interfaceName: String {
        guard let dot = method.lastIndex(of: ".") else { return "" }
        return String(method[..<dot])
    }

    /// The method part of `method` (everything after the last dot).
    public var methodName: String {
        guard let dot = method.lastIndex(of: ".") else { return method }
        return String(method[method.index(after: dot)...])
    }

    /// Reads a call from a parsed message, checking the message's shape: an object with a
    /// string `method`, an object `parameters` if present and Booleans for the flags;
    /// unknown envelope fields are ignored, as other implementations do. Shape errors say which field is wrong.
    public init(message: JSONValue) throws(VarlinkProtocolError) {
        guard case .object(let fields) = message else {
            throw .malformed("message is a JSON \(message.kindName), not an object")
        }
        guard let method = fields["method"]?.stringValue else {
            throw .invalidField("method", reason: "is missing or not a string")
        }
        var parameters: [String: JSONValue] = [:]
        switch fields["parameters"] {
        case nil, .null?: break
        case .object(let object)?: parameters = object
        case let other?: throw .invalidField("parameters", reason: "is a JSON \(other.kindName), not an object")
        }
        func flag(_ name: String) throws(VarlinkProtocolError) -> Bool {
            switch fields[name] {
            case nil, .null?: return false
            case .bool(let value)?: return value
            case let other?: throw .invalidField(name, reason: "is a JSON \(other.kindName), not a bool")
            }
        }
        self.init(method: method, parameters: parameters, more: try flag("more"),
                  oneway: try flag("oneway"), upgrade: try flag("upgrade"))
    }

    /// The call as a JSON message (flags only when set, as other implementations send it).
    public var message: JSONValue {
        var fields: [String: JSONValue] = ["method": .string(method)]
        if !parameters.isEmpty { fields["parameters"] = .object(parameters) }
        if more { fields["more"] = true }
        if oneway { fields["oneway"] = true }
        if upgrade { fields["upgrade"] = true }
        return .object(fields)
    }
}
