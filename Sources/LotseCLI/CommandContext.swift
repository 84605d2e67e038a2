/// Everything a command needs from its surroundings, passed in rather than read from
/// globals, so that every command runs the same in the real binary and in a test.
public struct CommandContext {
    /// The arguments as given to `lotse` (without the program name).
    public var arguments: [String]
    /// The command's name (`helpplan`), as the parser found it.
    public var commandName = ""
    /// The verb's words (`["goal", "add"]`), as the parser found them.
    public var verb: [String] = []
    /// The verb's options and operands, read against its declaration.
    public var parsed = ParsedOptions()
    /// `--socket`, `--config`, `--json`, wherever they stood.
    public var connection = ClientOptions()
    /// The process environment (for `LOTSE_SOCKET`, `LANG`, …).
    public var environment: [String: String]
    /// Where output goes.
    public var terminal: any Terminal
    /// The output language chosen from the environment.
    public var language: OutputLanguage
    /// The directory holding the running `lotse` executable (to find `lotsed` beside it).
    public var executableDirectory: String?

    /// Creates a context.
    public init(arguments: [String], environment: [String: String], terminal: any Terminal,
                executableDirectory: String? = nil) {
        self.arguments = arguments
        self.environment = environment
        self.terminal = terminal
        self.language = OutputLanguage.from(environment: environment)
        self.executableDirectory = executableDirectory
    }

    /// The command as the user typed it, without operands (`lotse helpplan goal add`):
    /// how an error names what was refused, in the user's own words rather than the
    /// daemon's method names.
    public var typedCommand: String {
        (["lotse", commandName] + verb).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The options the user typed (without dashes), so that an error can name a wrong
    /// value by the option that gave it (`--minutes`) rather than by the daemon's field.
    public var typedOptions: Set<String> { Set(parsed.values.keys).union(parsed.flags) }

    /// The names of the verb's operands (`MONTH`, `SLOT`), so that an error can name a
    /// wrong value by the operand that gave it, as the parser's own refusals do.
    public var typedOperands: [String] {
        CommandTable.specs.first { $0.name == commandName }?.verb(at: verb)?.operands.map(\.name) ?? []
    }
}
