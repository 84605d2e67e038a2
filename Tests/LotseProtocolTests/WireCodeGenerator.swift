@testable import LotseVarlink

/// Renders one interface's typed requests and replies as Swift source from its IDL: per
/// method a `<Method>Request` (`LotseRequest`) and a `<Method>Reply` (`LotseReply`), per
/// declared type a struct or enum, per inline enum a nested enum named for its field.
/// The output is checked into `Sources/LotseProtocol/Generated` and a test keeps it current.
struct WireCodeGenerator {
    let interface: VarlinkInterfaceDescription
    /// This interface's types that are declared once in `LotseWire`: local name → shared name.
    var shared: [String: String] = [:]

    /// `org.lotse.Roster` → `RosterProtocol`.
    var namespace: String { (interface.name.split(separator: ".").last.map(String.init) ?? interface.name) + "Protocol" }

    func render() -> String {
        var out = """
        // Generated from the IDL of \(interface.name) by WireCodeGenerator (Tests/LotseProtocolTests);
        // do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
        import LotseVarlink

        """
        // A test-only interface exists in debug builds only: the packaged daemon must not
        // contain it, not even its method names.
        let debugOnly = interface.name == "org.lotse.Testing"
        out += "\n"
        if debugOnly { out += "#if DEBUG\n" }
        out += "extension \(namespace) {\n"
        for name in interface.types.keys.sorted() {
            guard let type = interface.types[name] else { continue }
            if let common = shared[name] {
                out += "    /// The IDL type `\(name)`, declared alike in several interfaces.\n"
                out += "    public typealias \(name) = LotseWire.\(common)\n\n"
                continue
            }
            out += declaration(name: name, type: type, doc: "The IDL type `\(name)`.", indent: "    ", role: nil)
        }
        for method in interface.methodOrder {
            guard let m = interface.methods[method] else { continue }
            out += declaration(name: method + "Request", type: .structure(m.input),
                               doc: "The parameters of `\(interface.name).\(method)`.", indent: "    ",
                               role: .request(method: interface.name + "." + method, reply: method + "Reply"))
            out += declaration(name: method + "Reply", type: .structure(m.output),
                               doc: "The reply of `\(interface.name).\(method)`.", indent: "    ", role: .reply)
        }
        out += "    /// Every method's reply type, by fully qualified method name.\n"
        if interface.methodOrder.isEmpty {
            out += "    public static let replyTypes: [String: any LotseReply.Type] = [:]\n}\n"
        } else {
            out += "    public static let replyTypes: [String: any LotseReply.Type] = [\n"
            for method in interface.methodOrder { out += "        \"\(interface.name).\(method)\": \(method)Reply.self,\n" }
            out += "    ]\n}\n"
        }
        if debugOnly { out += "#endif\n" }
        return out
    }

    enum Role { case request(method: String, reply: String), reply }

    /// The types that stand alike (same fields, no reference to another declared type) in
    /// more than one interface, by their shared name (the longest of their local names),
    /// and per interface which local name stands for which shared one.
    static func sharedTypes(_ interfaces: [VarlinkInterfaceDescription]) -> (types: [(String, VarlinkType)], names: [String: [String: String]]) {
        func isLeaf(_ type: VarlinkType) -> Bool {
            switch type {
            case .named: return false
            case .optional(let inner), .array(let inner), .map(let inner): return isLeaf(inner)
            case .structure(let fields): return fields.allSatisfy { isLeaf($0.type) }
            default: return true
            }
        }
        var byShape: [String: [(interface: String, name: String, type: VarlinkType)]] = [:]
        for interface in interfaces {
            for (name, type) in interface.types where isLeaf(type) { byShape[type.idl, default: []].append((interface.name, name, type)) }
        }
        var types: [(String, VarlinkType)] = []
        var names: [String: [String: String]] = [:]
        for (_, uses) in byShape where Set(uses.map(\.interface)).count > 1 {
            let common = uses.map(\.name).max { ($0.count, $1) < ($1.count, $0) } ?? uses[0].name
            types.append((common, uses[0].type))
            for use in uses { names[use.interface, default: [:]][use.name] = common }
        }
        return (types.sorted { $0.0 < $1.0 }, names)
    }

    /// The file of the shared types.
    static func renderShared(_ types: [(String, VarlinkType)]) -> String {
        let generator = WireCodeGenerator(interface: VarlinkInterfaceDescription.empty)
        var out = """
        // Generated from the IDLs by WireCodeGenerator (Tests/LotseProtocolTests); do not edit:
        // change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
        import LotseVarlink

        extension LotseWire {

        """
        for (name, type) in types {
            out += generator.declaration(name: name, type: type, doc: "The IDL type `\(name)`, declared alike in several interfaces.",
                                         indent: "    ", role: nil)
        }
        return out + "}\n"
    }

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal",
        "let", "open", "operator", "private", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias",
        "var", "break", "case", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in",
        "repeat", "return", "switch", "where", "while", "as", "Any", "catch", "false", "is", "nil", "super", "self", "Self",
        "throw", "throws", "true", "try", "Type", "some",
    ]

    /// `first` + the items separated by commas + `last`, broken into lines of about 110
    /// characters (continuation lines at `indent`), so that a long field list stays readable.
    static func wrapped(_ items: [String], first: String, last: String, indent: String) -> String {
        var lines: [String] = []
        var line = first
        for (index, item) in items.enumerated() {
            let piece = item + (index == items.count - 1 ? last : ",")
            if line != first, line != indent, line.count + 1 + piece.count > 110 {
                lines.append(line)
                line = indent
            }
            line += (line == first || line == indent ? "" : " ") + piece
        }
        if items.isEmpty { line += last }
        return (lines + [line]).joined(separator: "\n") + "\n"
    }

    static func identifier(_ name: String) -> String { keywords.contains(name) ? "`\(name)`" : name }

    static func capitalized(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst() }

    /// The Swift type of a field, and the nested declarations it needs.
    func swiftType(_ type: VarlinkType, field: String, indent: String) -> (String, String) {
        switch type {
        case .bool: return ("Bool", "")
        case .int: return ("Int64", "")
        case .float: return ("Double", "")
        case .string: return ("String", "")
        case .object: return ("[String: JSONValue]", "")
        case .named(let name): return (name, "")
        case .optional(let inner):
            let (t, nested) = swiftType(inner, field: field, indent: indent)
            return (t + "?", nested)
        case .array(let inner):
            let (t, nested) = swiftType(inner, field: field, indent: indent)
            return ("[" + t + "]", nested)
        case .map(let inner):
            let (t, nested) = swiftType(inner, field: field, indent: indent)
            return ("[String: " + t + "]", nested)
        case .structure, .enumeration:
            let name = Self.capitalized(field)
            return (name, declaration(name: name, type: type, doc: "The values of `\(field)`.", indent: indent, role: nil))
        }
    }

    func declaration(name: String, type: VarlinkType, doc: String, indent: String, role: Role?) -> String {
        switch type {
        case .enumeration(let cases):
            var out = "\(indent)/// \(doc)\n\(indent)public enum \(name): String, WireEnum {\n"
            for value in cases { out += "\(indent)    case \(Self.identifier(value))\n" }
            return out + "\(indent)}\n\n"
        case .structure(let fields):
            return structure(name: name, fields: fields, doc: doc, indent: indent, role: role)
        default:
            let (t, nested) = swiftType(type, field: name, indent: indent)
            return nested + "\(indent)/// \(doc)\n\(indent)public typealias \(name) = \(t)\n\n"
        }
    }

    func structure(name: String, fields: [VarlinkField], doc: String, indent: String, role: Role?) -> String {
        let inner = indent + "    "
        let conformance: String
        switch role {
        case .request: conformance = "LotseRequest"
        case .reply: conformance = "LotseReply"
        case nil: conformance = "WireValue"
        }
        var out = "\(indent)/// \(doc)\n\(indent)public struct \(name): \(conformance), Equatable {\n"
        if case .request(let method, let reply) = role {
            out += "\(inner)/// The method's name.\n\(inner)public static let method = \"\(method)\"\n"
            out += "\(inner)/// The reply's type.\n\(inner)public typealias Reply = \(reply)\n\n"
        }
        var typed: [(VarlinkField, String)] = []
        for field in fields {
            let (t, nested) = swiftType(field.type, field: field.name, indent: inner)
            out += nested
            typed.append((field, t))
        }
        for (field, t) in typed {
            out += "\(inner)/// `\(field.name): \(field.type.idl)`.\n\(inner)public var \(Self.identifier(field.name)): \(t)\n"
        }
        if !typed.isEmpty { out += "\n" }
        let parameters = typed.map { field, t in
            "\(Self.identifier(field.name)): \(t)" + (t.hasSuffix("?") ? " = nil" : "")
        }.joined(separator: ", ")
        out += "\(inner)/// Creates the value from its fields.\n\(inner)public init(\(parameters)) {\n"
        for (field, _) in typed { out += "\(inner)    self.\(Self.identifier(field.name)) = \(Self.identifier(field.name))\n" }
        out += "\(inner)}\n\n"
        // Reading and writing list the fields once each; how a field reads and writes is
        // written once, in `WireFields` and the fields' `WireValue` forms.
        out += "\(inner)/// Reads the value; a field of the wrong type is named by its path.\n"
        out += "\(inner)public init(wire: JSONValue) throws(WireDecodingError) {\n"
        if typed.isEmpty {
            out += "\(inner)    _ = try WireFields(wire)\n"
        } else {
            let reads = Self.wrapped(typed.map { field, _ in "\(Self.identifier(field.name)): field(\"\(field.name)\")" },
                                     first: "\(inner)    try self.init(", last: ")", indent: inner + "        ")
            out += "\(inner)    let field = try WireFields(wire)\n" + reads
        }
        out += "\(inner)}\n\n"
        let writes = typed.isEmpty ? [":"] : typed.map { field, _ in "\"\(field.name)\": \(Self.identifier(field.name)).wire" }
        out += "\(inner)/// The JSON form.\n"
        out += Self.wrapped(writes, first: "\(inner)public var wire: JSONValue { .object([", last: "]) }", indent: inner + "    ")
        return out + "\(indent)}\n\n"
    }
}

extension VarlinkInterfaceDescription {
    /// No interface: the shared types are rendered outside any.
    static let empty = VarlinkInterfaceDescription(name: "", text: "", types: [:], methods: [:], errors: [:], methodOrder: [])
}
