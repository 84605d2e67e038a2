/// One top-level word of `lotse` (`solve`, `admin`, `referral`, …). Each group lives in
/// its own file under `Commands/`, declares its verbs and options once (`spec`, under
/// `Declarations/`) and is listed once in `CommandTable.all`.
public protocol CommandGroup {
    /// The declaration: verbs, options, help. The one parser reads the command line
    /// against it before `run` is called.
    static var spec: CommandSpec { get }
    /// Runs the group; `context.parsed` holds the verb's options and operands, already read.
    static func run(_ context: CommandContext) -> ExitCode
}

extension CommandGroup {
    /// The word that selects the group.
    public static var name: String { spec.name }

    /// The group's help in English (what the fuzz tests and tools read).
    public static var help: String { HelpText.command(spec, .english) }

    /// Prints the group's help as a usage message on standard error and returns `.usage`:
    /// what every group answers to operands it cannot use.
    static func usage(_ context: CommandContext) -> ExitCode {
        context.terminal.err(context.language.pick(de: "Aufruf:\n", en: "Usage:\n") + HelpText.command(spec, context.language) + "\n")
        return .usage
    }
}
