/// Checks JSON against declared IDL types, so that handlers only ever see parameters of
/// the shape their method declares. A failure names the offending parameter by path
/// (`filter.status`, `items[3].id`), which becomes `InvalidParameter`'s `parameter`.
public struct VarlinkValidator: Sendable {
    /// The interface whose named types are in scope.
    public let interface: VarlinkInterfaceDescription

    /// Creates a validator for `interface`.
    public init(interface: VarlinkInterfaceDescription) {
        self.interface = interface
    }

    /// The path of the first parameter that does not match, or nil when all match.
    /// Undeclared parameters are rejected; absent or `null` is allowed only for `?T` fields.
    public func firstInvalidParameter(_ parameters: [String: JSONValue], against fields: [VarlinkField]) -> String? {
        checkStruct(parameters, fields, path: "")
    }

    /// Validates a method's input; throws `InvalidParameter` naming the first bad parameter.
    public func validateInput(_ parameters: [String: JSONValue], of method: VarlinkMethod) throws(VarlinkError) {
        if let bad = firstInvalidParameter(parameters, against: method.input) {
            throw VarlinkError.invalidParameter(bad)
        }
    }

    private func join(_ path: String, _ name: String) -> String {
        path.isEmpty ? name : path + "." + name
    }

    private func checkStruct(_ object: [String: JSONValue], _ fields: [VarlinkField], path: String) -> String? {
        for key in object.keys.sorted() where !fields.contains(where: { $0.name == key }) {
            return join(path, key)
        }
        for field in fields {
            let fieldPath = join(path, field.name)
            if let bad = check(object[field.name], field.type, path: fieldPath) { return bad }
        }
        return nil
    }

    private func check(_ value: JSONValue?, _ type: VarlinkType, path: String) -> String? {
        if case .optional(let inner) = type {
            guard let value, !value.isNull else { return nil }
            return check(value, inner, path: path)
        }
        guard let value else { return path }
        switch type {
        case .bool:
            return value.boolValue == nil ? path : nil
        case .int:
            return value.integerValue == nil ? path : nil
        case .float:
            return value.doubleValue == nil ? path : nil
        case .string:
            return value.stringValue == nil ? path : nil
        case .object:
            return value.objectValue == nil ? path : nil
        case .named(let name):
            guard let declared = interface.types[name] else { return path }
            return check(value, declared, path: path)
        case .optional:
            return nil  // handled above
        case .array(let element):
            guard let elements = value.arrayValue else { return path }
            for (position, item) in elements.enumerated() {
                if let bad = check(item, element, path: "\(path)[\(position)]") { return bad }
            }
            return nil
        case .map(let element):
            guard let members = value.objectValue else { return path }
            for key in members.keys.sorted() {
                if let bad = check(members[key], element, path: join(path, key)) { return bad }
            }
            return nil
        case .structure(let fields):
            guard let members = value.objectValue else { return path }
            return checkStruct(members, fields, path: path)
        case .enumeration(let cases):
            guard let text = value.stringValue, cases.contains(text) else { return path }
            return nil
        }
    }
}
