/// A parsed JSON value. Objects keep their keys in document order, so that validation
/// reports problems in the order a person reads the file, and integers stay distinct
/// from fractions and booleans (the plan format rejects `60.0` and `true` as minutes).
public enum PlanJSON: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number written without fraction or exponent that fits in 64 bits.
    case integer(Int)
    /// Any other number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([PlanJSON])
    /// An object, keys in document order.
    case object([(key: String, value: PlanJSON)])

    /// The value of `key` when this is an object holding it (the last one, like most parsers).
    public subscript(key: String) -> PlanJSON? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// Compares structurally; object members must match in order.
    public static func == (lhs: PlanJSON, rhs: PlanJSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The value as a short, Python-like literal for error messages (`"2026-13"`, `60.5`, `true`).
    public var quoted: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        case .string(let s): return JSONWriter.quote(s)
        case .array(let items): return "[" + items.map(\.quoted).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.map { JSONWriter.quote($0.key) + ": " + $0.value.quoted }.joined(separator: ", ") + "}"
        }
    }
}
