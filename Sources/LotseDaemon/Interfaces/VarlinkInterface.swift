import LotseCore
import LotseProtocol
import LotseVarlink

/// One varlink interface of the daemon: its IDL text and a handler per method, each with
/// the roles allowed to call it. Adding an interface is one type conforming to this and
/// one line in `InterfaceRegistry.production`; the dispatcher parses the IDL, validates
/// parameters against it before any handler runs, checks roles, and audits denials.
public protocol VarlinkInterface: Sendable {
    /// The interface's varlink IDL, served verbatim by `GetInterfaceDescription`.
    var idl: String { get }
    /// Handlers by method name (without the interface prefix). A method declared in the
    /// IDL without an entry answers `MethodNotImplemented`.
    var methods: [String: MethodEntry] { get }
}

/// Everything a handler gets: who calls, with what (already validated against the
/// method's input type), and the daemon's services.
public struct MethodRequest: Sendable {
    /// The fully qualified method name.
    public let method: String
    /// The validated parameters.
    public let parameters: [String: JSONValue]
    /// Whether the client accepts several replies.
    public let more: Bool
    /// The authenticated caller; holds at least one of the method's roles.
    public let caller: Caller
    /// Database, configuration, clock and logger.
    public let services: DaemonServices

    /// The parameters as the method's typed request (generated from the same IDL the
    /// dispatcher validated them against, so this fails only if the two drifted apart,
    /// answered as `InvalidParameter` naming the field).
    public func typed<Request: LotseRequest>(_ type: Request.Type) throws(VarlinkError) -> Request {
        do throws(WireDecodingError) {
            return try Request(wire: .object(parameters))
        } catch {
            throw VarlinkError.invalidParameter(error.path)
        }
    }
}

/// A method's authorisation and implementation.
public struct MethodEntry: Sendable {
    /// A handler returning the single reply's parameters.
    public typealias Handler = @Sendable (MethodRequest) throws(VarlinkError) -> [String: JSONValue]
    /// A handler for a streaming method: it may `emit` intermediate replies (sent with
    /// `continues: true`) and returns the last one.
    public typealias StreamingHandler = @Sendable (MethodRequest, _ emit: ([String: JSONValue]) -> Void) throws(VarlinkError) -> [String: JSONValue]

    enum Body: Sendable {
        case single(Handler)
        case streaming(StreamingHandler)
    }

    /// Roles allowed to call; a caller needs at least one. Every method states this
    /// explicitly — there is no default that could leave a method open by mistake.
    public let roles: Set<Role>
    let body: Body

    /// A method with one reply, callable by `roles`.
    public static func single(roles: Set<Role>, _ handler: @escaping Handler) -> MethodEntry {
        MethodEntry(roles: roles, body: .single(handler))
    }

    /// A streaming method (clients must call it with `more`), callable by `roles`.
    public static func streaming(roles: Set<Role>, _ handler: @escaping StreamingHandler) -> MethodEntry {
        MethodEntry(roles: roles, body: .streaming(handler))
    }
}
