/// The options of one command after the shared client options were taken out: values
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

/// Splits a command's arguments by a declared set of valued options and flags; anything
/// else starting with `-` is a usage error naming it. `--` ends the options.
public enum OptionParser {
    /// Parses `arguments` for `command` (used in messages, e.g. `lotse referral submit`).
    public static func parse(_ arguments: [String], values: Set<String>, flags: Set<String> = [],
                             command: String) -> Result<ParsedOptions, ClientFailure> {
        var parsed = ParsedOptions()
        var index = 0
        var onlyOperands = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyOperands || !argument.hasPrefix("--") || argument == "-" {
                if !onlyOperands && argument.hasPrefix("-") && argument.count > 1 && !argument.hasPrefix("--") {
                    return .failure(unknown(argument, command))
                }
                parsed.operands.append(argument)
                continue
            }
            if argument == "--" { onlyOperands = true; continue }
            let body = String(argument.dropFirst(2))
            let name: String
            var inline: String?
            if let equals = body.firstIndex(of: "=") {
                name = String(body[..<equals])
                inline = String(body[body.index(after: equals)...])
            } else {
                name = body
            }
            if flags.contains(name) {
                guard inline == nil else { return .failure(unknown(argument, command)) }
                parsed.flags.insert(name)
            } else if values.contains(name) {
                if let inline {
                    parsed.values[name, default: []].append(inline)
                } else {
                    guard index < arguments.count else {
                        return .failure(ClientFailure(exitCode: .usage, de: "--\(name) braucht einen Wert.", en: "--\(name) needs a value."))
                    }
                    parsed.values[name, default: []].append(arguments[index])
                    index += 1
                }
            } else {
                return .failure(unknown(argument, command))
            }
        }
        return .success(parsed)
    }

    static func unknown(_ argument: String, _ command: String) -> ClientFailure {
        ClientFailure(exitCode: .usage, de: "Unbekannte Option „\(argument)“ für „\(command)“; „\(command) --help“ zeigt die Optionen.",
                      en: "Unknown option '\(argument)' for '\(command)'; '\(command) --help' lists the options.")
    }
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
