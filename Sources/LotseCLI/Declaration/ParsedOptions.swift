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

    /// Operand number `index` (from 0); empty when absent. The parser has seen to every
    /// operand the verb declares as not optional.
    public func operand(_ index: Int) -> String { index < operands.count ? operands[index] : "" }

    /// Operand number `index` as the whole number the parser checked it to be (a
    /// `.number` operand); 0 when absent.
    public func number(_ index: Int) -> Int64 { Int64(operand(index)) ?? 0 }

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
