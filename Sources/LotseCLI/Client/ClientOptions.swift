import LotseVarlink

/// The options every daemon-talking command understands, wherever they stand on the
/// command line: `--socket PATH`, `--config PATH`, `--json` (each also as `--name=value`).
public struct ClientOptions: Sendable, Equatable {
    /// `--socket`: the daemon's socket, overriding `LOTSE_SOCKET` and the configuration.
    public var socket: String?
    /// `--config`: the configuration file to read the socket path from.
    public var config: String?
    /// `--json`: machine-readable output.
    public var json = false

    /// Creates empty options.
    public init() {}
}

/// A client-side failure: the exit status and one sentence in both languages.
public struct ClientFailure: Error, Sendable, Equatable {
    /// The exit status (sysexits).
    public var exitCode: ExitCode
    /// German sentence.
    public var german: String
    /// English sentence.
    public var english: String

    /// Creates a failure.
    public init(exitCode: ExitCode, de: String, en: String) {
        self.exitCode = exitCode
        self.german = de
        self.english = en
    }

    /// Prints the sentence in the context's language as `lotse: …` to stderr and returns
    /// the exit status.
    ///
    /// With `--json` the failure is one JSON object on one line of stderr instead, so a
    /// script that asked for JSON never has to parse a sentence:
    /// `{"error":"data-error","exit":65,"message":"…","language":"de"}` (the message in
    /// the reader's language, the code stable across languages).
    public func report(_ context: CommandContext) -> ExitCode {
        let message = context.language.pick(de: german, en: english)
        // The parser may fail before it has read the options, so the word itself counts too
        // (before `--`, which ends the options).
        if context.connection.json || context.arguments.prefix(while: { $0 != "--" }).contains("--json") {
            // Lotse's one JSON style (keys sorted: error, exit, language, message).
            let (code, exit, language) = (exitCode.name, Int64(exitCode.rawValue), context.language.rawValue)
            let failure: JSONValue = ["error": .string(code), "exit": .integer(exit), "language": .string(language), "message": .string(message)]
            context.terminal.err(failure.serialized + "\n")
        } else {
            context.terminal.err("lotse: " + message + "\n")
        }
        return exitCode
    }
}
