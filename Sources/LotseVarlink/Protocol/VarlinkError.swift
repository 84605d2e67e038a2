import LotseSystem

/// A varlink error reply: a fully qualified name and parameters. Handlers throw it; the
/// server sends it; the client throws it back to its caller.
public struct VarlinkError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Fully qualified error name, e.g. `org.varlink.service.InvalidParameter`.
    public var name: String
    /// The error's parameters as declared in its interface.
    public var parameters: [String: JSONValue]

    /// Creates an error.
    public init(_ name: String, parameters: [String: JSONValue] = [:]) {
        self.name = name
        self.parameters = parameters
    }

    /// "name {parameters}" for logs and test failures.
    public var description: String {
        parameters.isEmpty ? name : "\(name) \(JSONValue.object(parameters).serialized)"
    }

    /// The interface name of the standard service interface every server implements.
    public static let serviceInterface = "org.varlink.service"

    /// The call named an interface this server does not implement.
    public static func interfaceNotFound(_ interface: String) -> VarlinkError {
        VarlinkError("org.varlink.service.InterfaceNotFound", parameters: ["interface": .string(interface)])
    }

    /// The call named a method its interface does not declare.
    public static func methodNotFound(_ method: String) -> VarlinkError {
        VarlinkError("org.varlink.service.MethodNotFound", parameters: ["method": .string(method)])
    }

    /// The method is declared but this server has no implementation for it (or not for
    /// the requested mode, e.g. `more` on a method that never streams).
    public static func methodNotImplemented(_ method: String) -> VarlinkError {
        VarlinkError("org.varlink.service.MethodNotImplemented", parameters: ["method": .string(method)])
    }

    /// A parameter is missing, has the wrong type, or is not declared at all.
    public static func invalidParameter(_ parameter: String) -> VarlinkError {
        VarlinkError("org.varlink.service.InvalidParameter", parameters: ["parameter": .string(parameter)])
    }

    /// The caller may not call this method.
    public static let permissionDenied = VarlinkError("org.varlink.service.PermissionDenied")

    /// The method only answers with a stream of replies and the call did not set `more`.
    public static let expectedMore = VarlinkError("org.varlink.service.ExpectedMore")
}

/// What went wrong on the wire itself, below the level of calls and replies.
public enum VarlinkProtocolError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The peer closed the connection between messages (a normal end).
    case closed
    /// The peer closed the connection in the middle of a message.
    case truncated(bytesPending: Int)
    /// A message grew beyond the configured maximum before its NUL terminator arrived.
    case messageTooLarge(limit: Int)
    /// The message is not valid JSON or not valid UTF-8.
    case invalidJSON(JSONParseError)
    /// The message is JSON but not an object, so the peer does not speak varlink.
    case malformed(String)
    /// The message is an object but one of its fields is wrong (named, with the reason);
    /// the framing is intact, so the server answers and keeps the connection.
    case invalidField(String, reason: String)
    /// No complete message arrived within the timeout.
    case timedOut
    /// The wake-up descriptor became readable (the server is shutting down).
    case interrupted
    /// A system call failed (errno).
    case system(call: String, errno: Int32)
    /// Connecting to the socket failed (errno): the server is not running or refuses us.
    case connectFailed(path: String, errno: Int32)

    /// One sentence for logs.
    public var description: String {
        switch self {
        case .closed: return "connection closed"
        case .truncated(let pending): return "connection closed in the middle of a message (\(pending) bytes without NUL terminator)"
        case .messageTooLarge(let limit): return "message larger than the limit of \(limit) bytes"
        case .invalidJSON(let error): return "message is not valid JSON: \(error)"
        case .malformed(let reason): return "malformed message: \(reason)"
        case .invalidField(let field, let reason): return "malformed message: field \"\(field)\" \(reason)"
        case .timedOut: return "no complete message within the timeout"
        case .interrupted: return "interrupted by shutdown"
        case .system(let call, let code): return "\(call) failed: \(Errno(code).text)"
        case .connectFailed(let path, let code): return "cannot connect to \(path): \(Errno(code).text)"
        }
    }
}
