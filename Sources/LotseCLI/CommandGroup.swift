/// One top-level word of `lotse` (`solve`, `admin`, `referral`, …). Each group lives in
/// its own file under `Commands/` and is listed once in `CommandTable.all`.
public protocol CommandGroup {
    /// The word that selects the group.
    static var name: String { get }
    /// One line for `lotse help`.
    static var summary: String { get }
    /// Full help text for `lotse help NAME` and `lotse NAME --help`.
    static var help: String { get }
    /// Runs the group with the arguments that follow its name; returns the exit status.
    static func run(_ context: CommandContext) -> ExitCode
}

extension CommandGroup {
    /// Prints the group's help as a usage message on standard error and returns `.usage`:
    /// what every group answers to a verb or operand it does not know.
    static func usage(_ context: CommandContext) -> ExitCode {
        context.terminal.err(context.language.pick(de: "Aufruf:\n", en: "Usage:\n") + help + "\n")
        return .usage
    }
}
