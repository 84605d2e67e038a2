import LotseCLI
import LotseTestSupport

/// `lotse` run in-process, as a help or parser test needs it: no daemon (the socket
/// named cannot exist, so a command that would call one fails at once), the locale given.
enum InProcessLotse {
    /// What `lotse ARGUMENTS` writes to standard output under `LANG=lang`.
    static func stdout(_ arguments: [String], lang: String) -> String {
        let terminal = CapturingTerminal()
        let context = CommandContext(arguments: arguments, environment: ["LANG": lang, "LOTSE_SOCKET": "/nonexistent/lotse.sock"],
                                     terminal: terminal)
        _ = LotseCommandLine.run(arguments: arguments, context: context)
        return terminal.stdout
    }
}
