/// A command group that talks to the daemon. Every such group takes the same connection
/// options (`--socket`, `--config`, `--json`), so they are split off once, here, before the
/// group reads its own words — one place decides how a bad option is reported.
public protocol DaemonCommandGroup: CommandGroup {
    /// Whether `--help`/`-h` anywhere after the verb prints the group's help (groups whose
    /// verbs take free text opt in; the others treat such a word as their own operand).
    static var answersHelpAfterVerb: Bool { get }
    /// Runs the group with the connection options already taken out of `arguments`.
    static func run(_ context: CommandContext, options: ClientOptions, arguments: [String]) -> ExitCode
}

extension DaemonCommandGroup {
    /// By default a group reads `--help` only in first position (handled by `lotse` itself).
    public static var answersHelpAfterVerb: Bool { false }

    /// Splits off the connection options and hands the rest to the group.
    public static func run(_ context: CommandContext) -> ExitCode {
        switch ClientOptions.extract(from: context.arguments) {
        case .failure(let failure):
            return failure.report(context)
        case .success(let (options, rest)):
            if answersHelpAfterVerb, rest.contains("--help") || rest.contains("-h") {
                context.terminal.out(help + "\n")
                return .ok
            }
            return run(context, options: options, arguments: rest)
        }
    }
}
