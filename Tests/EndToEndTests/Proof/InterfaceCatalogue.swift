import Foundation
import LotseVarlink

/// Every method the daemon serves, read from the daemon itself (`GetInfo` lists the
/// interfaces, `GetInterfaceDescription` gives each IDL), so that a new interface or
/// method is covered by the fuzzer and the role matrix without editing them.
struct InterfaceCatalogue {
    /// Parsed descriptions by interface name.
    let interfaces: [String: VarlinkInterfaceDescription]

    /// Fully qualified method names, sorted.
    var methodNames: [String] {
        interfaces.values.flatMap { interface in interface.methodOrder.map { interface.name + "." + $0 } }.sorted()
    }

    /// Asks the daemon.
    init(daemon: DaemonHarness) throws {
        let client = try daemon.client()
        defer { client.close() }
        let info = try client.call("org.varlink.service.GetInfo", timeoutMilliseconds: 30_000)
        var interfaces: [String: VarlinkInterfaceDescription] = [:]
        for name in info["interfaces"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
            let reply = try client.call("org.varlink.service.GetInterfaceDescription", ["interface": .string(name)],
                                        timeoutMilliseconds: 30_000)
            guard let text = reply["description"]?.stringValue else { throw HarnessError("no description for \(name)") }
            interfaces[name] = try VarlinkInterfaceDescription(parsing: text)
        }
        self.interfaces = interfaces
    }

    /// The declared method `name` (`interface.Method`).
    func method(_ name: String) -> (VarlinkInterfaceDescription, VarlinkMethod)? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        guard let interface = interfaces[String(name[..<dot])],
              let method = interface.methods[String(name[name.index(after: dot)...])] else { return nil }
        return (interface, method)
    }

    /// A value of `type` as `choose` fills it: `choose` gets each scalar field's name and
    /// type and returns its value; optional fields are left out unless `fillOptional`.
    func value(of type: VarlinkType, in interface: VarlinkInterfaceDescription, field: String,
               fillOptional: Bool, depth: Int = 0, choose: (String, VarlinkType) -> JSONValue) -> JSONValue {
        switch type {
        case .optional(let inner):
            return value(of: inner, in: interface, field: field, fillOptional: fillOptional, depth: depth, choose: choose)
        case .named(let name):
            guard depth < 8, let resolved = interface.types[name] else { return .object([:]) }
            return value(of: resolved, in: interface, field: field, fillOptional: fillOptional, depth: depth + 1, choose: choose)
        case .structure(let fields):
            return .object(object(fields, in: interface, fillOptional: fillOptional, depth: depth + 1, choose: choose))
        case .array, .map, .object, .bool, .int, .float, .string, .enumeration:
            return choose(field, type)
        }
    }

    /// The fields of a struct or a method's input.
    func object(_ fields: [VarlinkField], in interface: VarlinkInterfaceDescription, fillOptional: Bool, depth: Int = 0,
                choose: (String, VarlinkType) -> JSONValue) -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for field in fields {
            if case .optional = field.type, !fillOptional { continue }
            result[field.name] = value(of: field.type, in: interface, field: field.name, fillOptional: fillOptional,
                                       depth: depth, choose: choose)
        }
        return result
    }
}
