/// A command group that talks to the daemon. The connection options (`--socket`,
/// `--config`, `--json`) are read by the one parser wherever they stand and handed over
/// separately from the verb's own options.
public protocol DaemonCommandGroup: CommandGroup {
    /// Runs the group with the connection options; `arguments` are the verb's words
    /// followed by its operands (options are in `context.parsed`).
    static func run(_ context: CommandContext, options: ClientOptions, arguments: [String]) -> ExitCode
}

extension DaemonCommandGroup {
    /// Hands the connection options and the verb with its operands to the group.
    public static func run(_ context: CommandContext) -> ExitCode {
        run(context, options: context.connection, arguments: context.verb + context.parsed.operands)
    }
}
