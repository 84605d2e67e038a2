/// One top-level word of `lotse` (`solve`, `admin`, `referral`, …). Each group lives in
/// its own file under `Commands/`, declares its verbs and options once (`spec`, under
/// `Declarations/`) and is listed once in `CommandTable.all`.
public protocol CommandGroup {
    /// The declaration: verbs, operands, options, help. The one parser reads the command
    /// line against it before an action runs, so an action finds its operands there, each
    /// of its kind, and every option the parser requires.
    static var spec: CommandSpec { get }
    /// What each declared verb does, by the verb's name (`goal add`; `""` for a command
    /// whose action has no verb word). `CommandTableTests` checks that the keys are
    /// exactly the declared verbs.
    static var actions: [String: (CommandContext) -> ExitCode] { get }
}

extension CommandGroup {
    /// The word that selects the group.
    public static var name: String { spec.name }

    /// The group's help in English (what the fuzz tests and tools read).
    public static var help: String { HelpText.command(spec, .english) }

    /// Runs the verb the parser found (`context.verb`) with its options and operands.
    public static func run(_ context: CommandContext) -> ExitCode {
        let verb = context.verb.joined(separator: " ")
        guard let action = actions[verb] else {
            return ClientFailure(exitCode: .software, de: "„lotse \(spec.name) \(verb)“ ist deklariert, aber ohne Ausführung.",
                                 en: "\"lotse \(spec.name) \(verb)\" is declared but has no action.").report(context)
        }
        return action(context)
    }
}
