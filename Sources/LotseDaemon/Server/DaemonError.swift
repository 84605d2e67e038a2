/// A failure that stops the daemon from starting or an operation from completing, as
/// one sentence for the log and the person reading it.
public struct DaemonError: Error, Sendable, CustomStringConvertible {
    /// The sentence.
    public let description: String
    /// Creates an error.
    public init(_ description: String) { self.description = description }
}
