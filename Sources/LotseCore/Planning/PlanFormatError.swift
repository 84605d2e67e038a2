/// Why a document is not a valid `lotse-plan/1` problem. Each message names the offending
/// item and field the way the format's independent checker does
/// (`referrals[2].priority: unknown field`), so that a coordinator can find it in the file;
/// every message exists in English and in German, because `lotse solve` shows them to
/// coordinators in their language. The field paths stay as the file spells them.
public struct PlanFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One English line per problem found.
    public var messages: [String]
    /// The same lines in German, in the same order.
    public var german: [String]

    /// Creates an error from its messages in both languages.
    public init(messages: [String], german: [String]) {
        self.messages = messages
        self.german = german
    }

    /// All English messages, one per line.
    public var description: String { messages.joined(separator: "\n") }
}
