/// Why a document is not a valid `lotse-plan/1` problem. Each message names the offending
/// item and field the way the format's independent checker does
/// (`referrals[2].priority: unknown field`), so that a coordinator can find it in the file.
public struct PlanFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line per problem found, in document order.
    public var messages: [String]

    /// Creates an error from its messages.
    public init(messages: [String]) { self.messages = messages }

    /// All messages, one per line.
    public var description: String { messages.joined(separator: "\n") }
}
