/// One reply as a server sends it: `{"parameters":{…}}`, `{"parameters":{…},"continues":true}`
/// or `{"error":"org.example.Interface.NotFound","parameters":{…}}`.
public struct VarlinkReply: Sendable, Equatable {
    /// The output (or the error's parameters).
    public var parameters: [String: JSONValue]
    /// More replies to the same call follow (only for calls with `more`).
    public var continues: Bool
    /// Fully qualified error name, or nil for success.
    public var error: String?

    /// Creates a reply.
    public init(parameters: [String: JSONValue] = [:], continues: Bool = false, error: String? = nil) {
        self.parameters = parameters
        self.continues = continues
        self.error = error
    }

    /// The reply carrying `error`.
    public init(error: VarlinkError) {
        self.init(parameters: error.parameters, continues: false, error: error.name)
    }

    /// Reads a reply from a parsed message, checking its shape.
    public init(message: JSONValue) throws(VarlinkProtocolError) {
        guard case .object(let fields) = message else {
            throw .malformed("reply is a JSON \(message.kindName), not an object")
        }
        var parameters: [String: JSONValue] = [:]
        switch fields["parameters"] {
        case nil, .null?: break
        case .object(let object)?: parameters = object
        case let other?: throw .malformed("\"parameters\" is a JSON \(other.kindName), not an object")
        }
        var continues = false
        switch fields["continues"] {
        case nil, .null?: break
        case .bool(let value)?: continues = value
        case let other?: throw .malformed("\"continues\" is a JSON \(other.kindName), not a bool")
        }
        var error: String?
        switch fields["error"] {
        case nil, .null?: break
        case .string(let name)?: error = name
        case let other?: throw .malformed("\"error\" is a JSON \(other.kindName), not a string")
        }
        self.init(parameters: parameters, continues: continues, error: error)
    }

    /// The reply as a JSON message.
    public var message: JSONValue {
        var fields: [String: JSONValue] = ["parameters": .object(parameters)]
        if continues { fields["continues"] = true }
        if let error { fields["error"] = .string(error) }
        return .object(fields)
    }
}
