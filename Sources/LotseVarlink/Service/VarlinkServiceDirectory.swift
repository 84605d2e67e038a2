/// The protocol-level half of a varlink server: the set of interfaces it implements,
/// the built-in `org.varlink.service` methods, method lookup and parameter validation.
/// It decides everything that does not depend on who is calling or what the method does,
/// so that the application layer (authorisation, handlers) receives only calls to
/// declared methods with well-typed parameters.
public struct VarlinkServiceDirectory: Sendable {
    /// Reported by `GetInfo`.
    public let info: VarlinkServiceInfo
    /// Interfaces by name, `org.varlink.service` included.
    public let interfaces: [String: VarlinkInterfaceDescription]
    /// Interface names in the order given (GetInfo lists them in this order).
    public let interfaceOrder: [String]

    /// What to do with a call.
    public enum Resolution: Sendable {
        /// A built-in `org.varlink.service` method: send these reply parameters.
        case builtin([String: JSONValue])
        /// An application method, declared and with valid parameters.
        case method(interface: VarlinkInterfaceDescription, method: VarlinkMethod)
    }

    /// Builds the directory from IDL texts; fails on the first text that does not parse,
    /// naming the interface text's position.
    public init(info: VarlinkServiceInfo, interfaceTexts: [String]) throws(VarlinkIDLError) {
        var interfaces: [String: VarlinkInterfaceDescription] = [:]
        var order: [String] = []
        for text in [VarlinkServiceInterface.idl] + interfaceTexts {
            let description = try VarlinkInterfaceDescription(parsing: text)
            if interfaces[description.name] != nil {
                throw VarlinkIDLError(reason: "interface \(description.name) is registered twice", line: 1, column: 1)
            }
            interfaces[description.name] = description
            order.append(description.name)
        }
        self.info = info
        self.interfaces = interfaces
        self.interfaceOrder = order
    }

    /// Finds the interface and method a call names (InterfaceNotFound, MethodNotFound).
    public func lookup(_ call: VarlinkCall) throws(VarlinkError) -> (VarlinkInterfaceDescription, VarlinkMethod) {
        let interfaceName = call.interfaceName
        guard let interface = interfaces[interfaceName] else {
            throw VarlinkError.interfaceNotFound(interfaceName)
        }
        guard let method = interface.methods[call.methodName] else {
            throw VarlinkError.methodNotFound(call.method)
        }
        return (interface, method)
    }

    /// Validates the call's parameters against the method's input (InvalidParameter).
    public func validate(_ call: VarlinkCall, interface: VarlinkInterfaceDescription, method: VarlinkMethod) throws(VarlinkError) {
        try VarlinkValidator(interface: interface).validateInput(call.parameters, of: method)
    }

    /// Looks up and validates a call, answering `org.varlink.service` methods directly.
    public func resolve(_ call: VarlinkCall) throws(VarlinkError) -> Resolution {
        let (interface, method) = try lookup(call)
        try validate(call, interface: interface, method: method)
        if interface.name == VarlinkServiceInterface.name {
            return .builtin(try builtinReply(method: method.name, parameters: call.parameters))
        }
        return .method(interface: interface, method: method)
    }

    /// Answers a validated `org.varlink.service` call.
    public func builtinReply(method: String, parameters: [String: JSONValue]) throws(VarlinkError) -> [String: JSONValue] {
        switch method {
        case "GetInfo":
            return [
                "vendor": .string(info.vendor),
                "product": .string(info.product),
                "version": .string(info.version),
                "url": .string(info.url),
                "interfaces": .array(interfaceOrder.map { .string($0) }),
            ]
        case "GetInterfaceDescription":
            let name = parameters["interface"]?.stringValue ?? ""
            guard let interface = interfaces[name] else { throw VarlinkError.interfaceNotFound(name) }
            return ["description": .string(interface.text)]
        default:
            throw VarlinkError.methodNotImplemented(VarlinkServiceInterface.name + "." + method)
        }
    }
}
