import Foundation
import LotseVarlink

/// The seeded generator of hostile varlink messages: each is the bytes to send (with or
/// without a NUL) and whether the daemon may close the connection for it (a message
/// that is not JSON, too large, or too deep ends the connection; one that is JSON but
/// wrong is answered with an error and the connection stays).
struct FuzzMessages {
    /// One message.
    struct Message {
        var kind: String
        var bytes: [UInt8]
    }

    private var random: SeededGenerator
    private let catalogue: InterfaceCatalogue
    private let methods: [String]
    /// Larger than the daemon's `max_message_bytes` in the fuzz configuration.
    let oversize: Int

    init(seed: UInt64, catalogue: InterfaceCatalogue, maxMessageBytes: Int) {
        random = SeededGenerator(seed: seed)
        self.catalogue = catalogue
        // The service interface's own methods are excluded: with valid parameters they
        // succeed by design, and the fuzzer only sends calls that must fail.
        methods = catalogue.methodNames
        oversize = maxMessageBytes + 1024
    }

    mutating func next() -> Message {
        switch Int.random(in: 0..<11, using: &random) {
        case 0: return Message(kind: "random method name", bytes: framed(call(method: randomName(), parameters: [:])))
        case 1: return wrongTypes()
        case 2: return Message(kind: "truncated", bytes: truncated())
        case 3: return Message(kind: "oversized", bytes: Array(repeating: UInt8(ascii: "a"), count: oversize)
                                   + (Bool.random(using: &random) ? [0] : []))
        case 4: return Message(kind: "deep nesting", bytes: deep())
        case 5: return Message(kind: "invalid UTF-8", bytes: invalidUTF8())
        case 6: return Message(kind: "huge number", bytes: hugeNumber())
        case 7: return Message(kind: "random bytes", bytes: randomBytes() + [0])
        case 8: return Message(kind: "not an object", bytes: framed(randomJSON(depth: 0).serialized))
        case 9: return Message(kind: "bad call fields", bytes: badCallFields())
        default: return unknownParameter()
        }
    }

    // MARK: generators

    private mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

    private func framed(_ text: String) -> [UInt8] { Array(text.utf8) + [0] }

    private func call(method: String, parameters: [String: JSONValue]) -> String {
        JSONValue.object(["method": .string(method), "parameters": .object(parameters)]).serialized
    }

    private mutating func randomName() -> String {
        let alphabet = Array("abcXYZ.019_-é\u{0}/ ")
        let real = methods.isEmpty ? "org.lotse.X" : pick(methods)
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return String((0..<Int.random(in: 0...40, using: &random)).map { _ in pick(alphabet) })
        case 1: return real + pick(["x", ".", "..", "Ü", " "])
        case 2: return "org.lotse." + String((0..<8).map { _ in pick(alphabet) })
        default:
            // A strict prefix; one that happens to name another method gets a suffix.
            let cut = String(real.prefix(Int.random(in: 0..<real.count, using: &random)))
            return methods.contains(cut) ? cut + "_" : cut
        }
    }

    /// A real method with each parameter of a wrong type.
    private mutating func wrongTypes() -> Message {
        let name = methods.isEmpty ? "org.lotse.Admin.Status" : pick(methods)
        guard let (interface, method) = catalogue.method(name) else {
            return Message(kind: "wrong types", bytes: framed(call(method: name, parameters: ["x": 1])))
        }
        var generator = random
        var parameters = catalogue.object(method.input, in: interface, fillOptional: Bool.random(using: &generator)) { _, type in
            Self.wrongValue(for: type, using: &generator)
        }
        random = generator
        // At least one parameter is wrong even for a method without any: add an unknown one.
        if parameters.isEmpty { parameters["unexpected\(Int.random(in: 0..<9, using: &random))"] = .integer(1) }
        return Message(kind: "wrong types", bytes: framed(call(method: name, parameters: parameters)))
    }

    /// A real method with an unknown extra parameter (always refused by validation).
    private mutating func unknownParameter() -> Message {
        let name = methods.isEmpty ? "org.lotse.Admin.Status" : pick(methods)
        var parameters: [String: JSONValue] = ["zz-unknown": randomJSON(depth: 2)]
        if let (interface, method) = catalogue.method(name) {
            var generator = random
            for (key, value) in catalogue.object(method.input, in: interface, fillOptional: false, choose: { _, type in
                Self.wrongValue(for: type, using: &generator)
            }) { parameters[key] = value }
            random = generator
        }
        return Message(kind: "unknown parameter", bytes: framed(call(method: name, parameters: parameters)))
    }

    static func wrongValue(for type: VarlinkType, using random: inout SeededGenerator) -> JSONValue {
        let candidates: [JSONValue]
        switch type {
        case .bool: candidates = [1, "true", .null, []]
        case .int: candidates = [1.5, "7", true, .double(1e300), .string(String(repeating: "9", count: 30)), [:]]
        case .float: candidates = ["1.0", false, [1]]
        case .string: candidates = [1, false, ["a"], [:]]
        case .enumeration: candidates = ["not-a-case", 3, ""]
        case .array: candidates = ["[]", 1, [:]]
        case .map, .object, .structure, .named: candidates = [[], "{}", 0]
        case .optional(let inner): return wrongValue(for: inner, using: &random)
        }
        return candidates[Int.random(in: 0..<candidates.count, using: &random)]
    }

    private mutating func truncated() -> [UInt8] {
        let whole = Array(call(method: pick(methods.isEmpty ? ["x"] : methods), parameters: ["a": randomJSON(depth: 1)]).utf8)
        let cut = Int.random(in: 1..<max(2, whole.count - 1), using: &random)
        return Array(whole.prefix(cut)) + (Bool.random(using: &random) ? [0] : [])
    }

    private mutating func deep() -> [UInt8] {
        let depth = Int.random(in: 65...20_000, using: &random)
        let open = pick(["[", "{\"a\":"])
        let close = open == "[" ? "]" : "}"
        var text = "{\"method\":\"org.lotse.Admin.Status\",\"parameters\":{\"x\":"
        text += String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth) + "}}"
        return framed(text)
    }

    private mutating func invalidUTF8() -> [UInt8] {
        let bad: [[UInt8]] = [[0xC0, 0x80], [0xFF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x80]]
        let method = Array("org.lotse.Referrals.Get".utf8)
        let spot = Int.random(in: 0...method.count, using: &random)
        let name = Array(method.prefix(spot)) + pick(bad) + Array(method.dropFirst(spot))
        return Array("{\"method\":\"".utf8) + name + Array("\",\"parameters\":{}}".utf8) + [0]
    }

    private mutating func hugeNumber() -> [UInt8] {
        let numbers = ["1e400", "-1e400", "99999999999999999999999999999", "-9223372036854775809", "9223372036854775808",
                       String(repeating: "9", count: 500), "1" + String(repeating: "0", count: 390),
                       "1.5", "1E+999999999", "0x10", "NaN", "Infinity", "01"]
        let name = methods.isEmpty ? "org.lotse.Referrals.Get" : pick(methods)
        let field = pick(["id", "count", "milliseconds", "client", "screening"])
        return framed("{\"method\":\"\(name)\",\"parameters\":{\"\(field)\":\(pick(numbers))}}")
    }

    private mutating func randomBytes() -> [UInt8] {
        (0..<Int.random(in: 0...300, using: &random)).map { _ in UInt8.random(in: 1...255, using: &random) }
    }

    private mutating func randomJSON(depth: Int) -> JSONValue {
        switch Int.random(in: 0..<(depth > 3 ? 5 : 7), using: &random) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2: return .integer(Int64.random(in: .min ... .max, using: &random))
        case 3: return .double(Double.random(in: -1e300...1e300, using: &random))
        case 4: return .string(String(decoding: randomBytes().prefix(20), as: UTF8.self))
        case 5: return .array((0..<Int.random(in: 0...4, using: &random)).map { _ in randomJSON(depth: depth + 1) })
        default:
            var object: [String: JSONValue] = [:]
            for index in 0..<Int.random(in: 0...4, using: &random) { object["k\(index)"] = randomJSON(depth: depth + 1) }
            return .object(object)
        }
    }

    /// Calls whose envelope is wrong: method not a string, parameters not an object,
    /// flags of the wrong type, `upgrade`.
    private mutating func badCallFields() -> [UInt8] {
        let variants = [
            #"{"method":42}"#, #"{"method":null,"parameters":{}}"#, #"{"parameters":{}}"#,
            #"{"method":"org.lotse.Admin.Status","parameters":[]}"#, #"{"method":"org.lotse.Admin.Status","parameters":"x"}"#,
            #"{"method":"org.lotse.Admin.Status","more":"yes"}"#, #"{"method":"org.lotse.Admin.Status","oneway":1}"#,
            #"{"method":"org.lotse.Admin.Status","upgrade":true}"#, #"{"method":""}"#, "{}", #"{"method":"org.lotse.Admin.Status","parameters":{},"method":"x"}"#,
            #"{"method":"org.varlink.service.GetInterfaceDescription","parameters":{"interface":"org.lotse.Nope"}}"#,
            #"{"method":"org.varlink.service.GetInterfaceDescription","parameters":{}}"#,
        ]
        return framed(pick(variants))
    }
}
