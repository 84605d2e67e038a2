/// A type in varlink IDL. Named types refer to a `type` declaration of the same interface.
public indirect enum VarlinkType: Sendable, Equatable {
    /// `bool`
    case bool
    /// `int` (a JSON number without fractional part)
    case int
    /// `float`
    case float
    /// `string`
    case string
    /// `object`: any JSON object, not described further.
    case object
    /// A reference to a `type` declaration.
    case named(String)
    /// `?T`: the field may be absent or `null`.
    case optional(VarlinkType)
    /// `[]T`
    case array(VarlinkType)
    /// `[string]T`: a JSON object with arbitrary keys (`[string]()` is a set).
    case map(VarlinkType)
    /// `(a: T, b: U)`: a JSON object with exactly these fields.
    case structure([VarlinkField])
    /// `(a, b, c)`: one of these strings.
    case enumeration([String])

    /// The IDL spelling, for messages and for round-trip tests.
    public var idl: String {
        switch self {
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float"
        case .string: return "string"
        case .object: return "object"
        case .named(let name): return name
        case .optional(let inner): return "?" + inner.idl
        case .array(let inner): return "[]" + inner.idl
        case .map(let inner): return "[string]" + inner.idl
        case .structure(let fields): return "(" + fields.map { "\($0.name): \($0.type.idl)" }.joined(separator: ", ") + ")"
        case .enumeration(let cases): return "(" + cases.joined(separator: ", ") + ")"
        }
    }
}

/// One field of a struct, a method's input or output, or an error's parameters.
public struct VarlinkField: Sendable, Equatable {
    /// The field's name as it appears in JSON.
    public var name: String
    /// The field's type.
    public var type: VarlinkType

    /// Creates a field.
    public init(name: String, type: VarlinkType) {
        self.name = name
        self.type = type
    }
}

/// A `method` declaration.
public struct VarlinkMethod: Sendable, Equatable {
    /// The method's name without interface prefix.
    public var name: String
    /// The input parameters.
    public var input: [VarlinkField]
    /// The output parameters.
    public var output: [VarlinkField]
}

/// A parsed interface description: the IDL text as served by `GetInterfaceDescription`
/// plus its declarations, used to validate calls before they reach a handler.
public struct VarlinkInterfaceDescription: Sendable {
    /// The interface name, e.g. `org.lotse.Admin`.
    public var name: String
    /// The source text exactly as given (comments included: they document the interface
    /// for clients such as `varlinkctl introspect`).
    public var text: String
    /// Type declarations by name.
    public var types: [String: VarlinkType]
    /// Methods by name.
    public var methods: [String: VarlinkMethod]
    /// Errors by name, with their parameters.
    public var errors: [String: [VarlinkField]]
    /// Method names in declaration order.
    public var methodOrder: [String]

    /// Parses and checks IDL text (see `VarlinkIDLParser`).
    public init(parsing text: String) throws(VarlinkIDLError) {
        var parser = VarlinkIDLParser(text: text)
        self = try parser.parse()
    }

    init(name: String, text: String, types: [String: VarlinkType], methods: [String: VarlinkMethod],
         errors: [String: [VarlinkField]], methodOrder: [String]) {
        self.name = name
        self.text = text
        self.types = types
        self.methods = methods
        self.errors = errors
        self.methodOrder = methodOrder
    }
}

/// A syntax or consistency error in IDL text, with its position.
public struct VarlinkIDLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public var reason: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// "line:column: reason".
    public var description: String { "\(line):\(column): \(reason)" }
}
