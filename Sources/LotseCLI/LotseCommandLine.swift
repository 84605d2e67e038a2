/// The entry point of the `lotse` executable, kept in the library so tests can run any
/// command in-process. Reads the words against the declarations once, answers help and
/// the version, and hands everything else to the command's group.
public enum LotseCommandLine {
    /// Runs `lotse` with `arguments` (without the program name) and returns the exit status.
    public static func run(arguments: [String], context base: CommandContext) -> ExitCode {
        var context = base
        let language = context.language
        switch CommandLineParser.parse(arguments, commands: CommandTable.specs) {
        case .failure(let failure):
            return failure.report(context)
        case .success(.version):
            context.terminal.out("lotse \(LotseVersion.string)\n")
            return .ok
        case .success(.help(command: nil, verb: _)):
            context.terminal.out(HelpText.overview(CommandTable.specs, language))
            return .ok
        case .success(.help(command: let command?, verb: let verb)):
            context.terminal.out(verb.map { HelpText.verb(command, $0, language) } ?? HelpText.command(command, language))
            return .ok
        case .success(.run(let parsed)):
            guard let group = CommandTable.group(named: parsed.command.name) else { return .software }
            context.commandName = parsed.command.name
            context.verb = parsed.verb.words
            switch StandardInputValue.resolve(parsed.options, verb: parsed.verb, terminal: context.terminal, language: language) {
            case .success(let options): context.parsed = options
            case .failure(let failure): return failure.report(context)
            }
            context.connection = parsed.connection
            return group.run(context)
        }
    }
}

/// The version of Lotse, shown by `lotse --version` and `org.varlink.service.GetInfo`.
public enum LotseVersion {
    /// Semantic version string.
    public static let string = "0.1.0"
}
