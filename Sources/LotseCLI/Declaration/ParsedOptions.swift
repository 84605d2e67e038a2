/// A verb's options and operands as `CommandLineParser` read them: values per option
/// (`--note TEXT` or `--note=TEXT`, repeatable), flags and the remaining operands.
public struct ParsedOptions: Sendable, Equatable {
    /// Values per option name (without dashes), in the order given.
    public var values: [String: [String]] = [:]
    /// Flags given (without dashes).
    public var flags: Set<String> = []
    /// Words that are not options, in order.
    public var operands: [String] = []

    /// The last value of an option.
    public func value(_ name: String) -> String? { values[name]?.last }

    /// All values of an option, each split at commas, blanks trimmed; nil when absent.
    public func list(_ name: String) -> [String]? {
        values[name].map { $0.flatMap { $0.split(separator: ",").map { String($0).trimmingBlanksCLI() } }.filter { !$0.isEmpty } }
    }

    /// Whether a flag was given.
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
}

extension String {
    /// The text without leading and trailing blanks (spaces, tabs, line breaks).
    func trimmingBlanksCLI() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
