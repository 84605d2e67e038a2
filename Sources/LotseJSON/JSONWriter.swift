/// A JSON writer that emits keys exactly in the order they are written, for documents a
/// person reads (the planner's problem and solution files): the same content always gives
/// byte-identical output, in the order the format describes it. `JSONValue.serialized`
/// sorts keys instead, which suits messages but not a document. Strings are escaped by
/// the same rule as `JSONValue.serialized`.
public struct JSONWriter: Sendable {
    /// The text written so far.
    public private(set) var text = ""

    /// Creates an empty writer.
    public init() {}

    /// Appends raw, already-valid JSON text.
    public mutating func raw(_ s: String) { text += s }

    /// Appends a string literal.
    public mutating func string(_ s: String) { JSONValue.appendQuoted(s, to: &text) }

    /// Appends an integer.
    public mutating func integer(_ i: Int) { text += String(i) }

    /// `"s"` with JSON escapes; non-ASCII characters stay as they are (the output is UTF-8).
    public static func quote(_ s: String) -> String {
        var out = ""
        JSONValue.appendQuoted(s, to: &out)
        return out
    }
}
