/// The entry point of the `lotse` executable, kept in the library so tests can run any
/// command in-process. Dispatches on the first word and handles `help` and `--help`.
public enum LotseCommandLine {
    /// Runs `lotse` with `arguments` (without the program name) and returns the exit status.
    public static func run(arguments: [String], context base: CommandContext) -> ExitCode {
        var context = base
        let language = context.language
        guard let first = arguments.first else {
            context.terminal.err(usage(language))
            return .usage
        }
        if first == "help" || first == "--help" || first == "-h" {
            if arguments.count > 1, let group = CommandTable.group(named: arguments[1]) {
                context.terminal.out(group.help + "\n")
            } else {
                context.terminal.out(usage(language))
            }
            return .ok
        }
        if first == "--version" {
            context.terminal.out("lotse \(LotseVersion.string)\n")
            return .ok
        }
        guard let group = CommandTable.group(named: first) else {
            context.terminal.err(language.pick(
                de: "lotse: unbekannter Befehl „\(first)“. „lotse help“ listet alle Befehle.\n",
                en: "lotse: unknown command '\(first)'. 'lotse help' lists every command.\n"))
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.first == "--help" || rest.first == "-h" {
            context.terminal.out(group.help + "\n")
            return .ok
        }
        context.arguments = rest
        return group.run(context)
    }

    /// The overview printed by `lotse help`.
    static func usage(_ language: OutputLanguage) -> String {
        var text = language.pick(
            de: "Aufruf: lotse BEFEHL [OPTIONEN]\n\nBefehle:\n",
            en: "Usage: lotse COMMAND [OPTIONS]\n\nCommands:\n")
        for group in CommandTable.all {
            text += "  " + group.name + String(repeating: " ", count: max(1, 12 - group.name.count)) + group.summary + "\n"
        }
        text += language.pick(
            de: "\n„lotse help BEFEHL“ zeigt die Hilfe zu einem Befehl.\n",
            en: "\n'lotse help COMMAND' shows the help of one command.\n")
        return text
    }
}

/// The version of Lotse, shown by `lotse --version` and `org.varlink.service.GetInfo`.
public enum LotseVersion {
    /// Semantic version string.
    public static let string = "0.1.0"
}
