/// A parser for varlink interface definitions (varlink.org, "Interface Definition"):
///
///     interface org.example.Name          # comments run to the end of the line
///     type Item (id: int, tags: []string, extra: ?object, props: [string]string)
///     type Colour (red, green, blue)
///     method Get(id: int) -> (item: Item)
///     error NotFound (id: int)
///
/// After parsing it checks that names are well formed, unique, and that every named type
/// is declared, so an interface with a typo fails when the daemon starts, not on a call.
struct VarlinkIDLParser {
    private let scalars: [Unicode.Scalar]
    private let text: String
    private var index = 0

    init(text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    mutating func parse() throws(VarlinkIDLError) -> VarlinkInterfaceDescription {
        skipTrivia()
        try expectKeyword("interface")
        let name = try interfaceName()
        var types: [String: VarlinkType] = [:]
        var methods: [String: VarlinkMethod] = [:]
        var errors: [String: [VarlinkField]] = [:]
        var order: [String] = []
        var declared: Set<String> = []
        while true {
            skipTrivia()
            if index >= scalars.count { break }
            let keywordStart = index
            let keyword = identifier()
            skipTrivia()
            let memberStart = index
            let member = try memberName()
            if !declared.insert(member).inserted { throw error("\"\(member)\" is declared twice", at: memberStart) }
            switch keyword {
            case "type":
                types[member] = try structOrEnum()
            case "error":
                errors[member] = try structure()
            case "method":
                let input = try structure()
                skipTrivia()
                try expect("->")
                let output = try structure()
                methods[member] = VarlinkMethod(name: member, input: input, output: output)
                order.append(member)
            default:
                throw error("expected \"type\", \"method\" or \"error\"", at: keywordStart)
            }
        }
        // The grammar asks for at least one member, not one method: an interface may
        // declare only errors (org.lotse.Admission: the refusals at accept).
        if methods.isEmpty && types.isEmpty && errors.isEmpty { throw error("the interface declares nothing", at: index) }
        let description = VarlinkInterfaceDescription(name: name, text: text, types: types, methods: methods,
                                                      errors: errors, methodOrder: order)
        try checkReferences(description)
        return description
    }

    // MARK: Lexical

    private func position(_ offset: Int) -> (Int, Int) {
        var line = 1, column = 1
        for scalar in scalars[..<min(offset, scalars.count)] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    private func error(_ reason: String, at offset: Int) -> VarlinkIDLError {
        let (line, column) = position(offset)
        return VarlinkIDLError(reason: reason, line: line, column: column)
    }

    private mutating func skipTrivia() {
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                index += 1
            } else if scalar == "#" {
                while index < scalars.count && scalars[index] != "\n" { index += 1 }
            } else {
                return
            }
        }
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }

    private mutating func identifier() -> String {
        let start = index
        while index < scalars.count && Self.isWordCharacter(scalars[index]) { index += 1 }
        return String(String.UnicodeScalarView(scalars[start..<index]))
    }

    private mutating func expectKeyword(_ keyword: String) throws(VarlinkIDLError) {
        let start = index
        if identifier() != keyword { throw error("expected \"\(keyword)\"", at: start) }
    }

    private mutating func expect(_ token: String) throws(VarlinkIDLError) {
        let tokenScalars = Array(token.unicodeScalars)
        if index + tokenScalars.count <= scalars.count && Array(scalars[index..<index + tokenScalars.count]) == tokenScalars {
            index += tokenScalars.count
            return
        }
        throw error("expected \"\(token)\"", at: index)
    }

    private mutating func peek(_ token: String) -> Bool {
        let tokenScalars = Array(token.unicodeScalars)
        return index + tokenScalars.count <= scalars.count && Array(scalars[index..<index + tokenScalars.count]) == tokenScalars
    }

    // MARK: Names

    private mutating func interfaceName() throws(VarlinkIDLError) -> String {
        skipTrivia()
        let start = index
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" else { break }
            index += 1
        }
        let name = String(String.UnicodeScalarView(scalars[start..<index]))
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        let valid = parts.count >= 2 && parts.allSatisfy { part in
            guard let first = part.first, let last = part.last else { return false }
            return first != "-" && last != "-" && !(first.isNumber && part == parts.first) && !part.contains("--")
        }
        if !valid { throw error("\"\(name)\" is not a valid interface name (dot-separated words, e.g. org.example.Service)", at: start) }
        return name
    }

    private mutating func memberName() throws(VarlinkIDLError) -> String {
        let start = index
        let name = identifier()
        guard let first = name.unicodeScalars.first, ("A"..."Z").contains(first), !name.contains("_") else {
            throw error("expected a name starting with an upper-case letter", at: start)
        }
        return name
    }

    private mutating func fieldName() throws(VarlinkIDLError) -> String {
        let start = index
        let name = identifier()
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic, !name.hasSuffix("_"), !name.contains("__") else {
            throw error("expected a field name", at: start)
        }
        return name
    }

    // MARK: Types

    private mutating func structOrEnum() throws(VarlinkIDLError) -> VarlinkType {
        skipTrivia()
        let start = index
        try expect("(")
        skipTrivia()
        if peek(")") {
            index += 1
            return .structure([])
        }
        // Look ahead: "name :" is a struct, "name ," or "name )" an enum.
        _ = identifier()
        skipTrivia()
        let isStruct = peek(":")
        index = start
        if isStruct { return .structure(try structure()) }
        try expect("(")
        var cases: [String] = []
        while true {
            skipTrivia()
            let caseStart = index
            let name = try fieldName()
            if cases.contains(name) { throw error("enum value \"\(name)\" appears twice", at: caseStart) }
            cases.append(name)
            skipTrivia()
            if peek(",") { index += 1; continue }
            try expect(")")
            return .enumeration(cases)
        }
    }

    private mutating func structure() throws(VarlinkIDLError) -> [VarlinkField] {
        skipTrivia()
        try expect("(")
        var fields: [VarlinkField] = []
        skipTrivia()
        if peek(")") { index += 1; return fields }
        while true {
            skipTrivia()
            let fieldStart = index
            let name = try fieldName()
            if fields.contains(where: { $0.name == name }) { throw error("field \"\(name)\" appears twice", at: fieldStart) }
            skipTrivia()
            try expect(":")
            skipTrivia()
            fields.append(VarlinkField(name: name, type: try type()))
            skipTrivia()
            if peek(",") { index += 1; continue }
            try expect(")")
            return fields
        }
    }

    private mutating func type(allowOptional: Bool = true) throws(VarlinkIDLError) -> VarlinkType {
        skipTrivia()
        let start = index
        if peek("?") {
            if !allowOptional { throw error("\"?\" cannot be applied twice", at: start) }
            index += 1
            return .optional(try type(allowOptional: false))
        }
        if peek("[]") {
            index += 2
            return .array(try type())
        }
        if peek("[string]") {
            index += 8
            return .map(try type())
        }
        if peek("(") { return try structOrEnum() }
        let word = identifier()
        switch word {
        case "bool": return .bool
        case "int": return .int
        case "float": return .float
        case "string": return .string
        case "object": return .object
        default:
            guard let first = word.unicodeScalars.first, ("A"..."Z").contains(first) else {
                throw error("expected a type", at: start)
            }
            return .named(word)
        }
    }

    // MARK: Consistency

    /// Scalar offset of the first whole-word occurrence of `name`, to place an error.
    private func firstUse(of name: String) -> Int? {
        let needle = Array(name.unicodeScalars)
        guard needle.count <= scalars.count else { return nil }
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            let before = start == 0 || !Self.isWordCharacter(scalars[start - 1])
            let after = start + needle.count == scalars.count || !Self.isWordCharacter(scalars[start + needle.count])
            if before && after { return start }
        }
        return nil
    }

    private func checkReferences(_ description: VarlinkInterfaceDescription) throws(VarlinkIDLError) {
        func check(_ type: VarlinkType) throws(VarlinkIDLError) {
            switch type {
            case .named(let name):
                if description.types[name] == nil {
                    let offset = firstUse(of: name) ?? 0
                    throw error("type \"\(name)\" is used but not declared", at: offset)
                }
            case .optional(let inner), .array(let inner), .map(let inner): try check(inner)
            case .structure(let fields): for field in fields { try check(field.type) }
            default: break
            }
        }
        for type in description.types.values { try check(type) }
        for method in description.methods.values {
            for field in method.input + method.output { try check(field.type) }
        }
        for fields in description.errors.values { for field in fields { try check(field.type) } }
    }
}
