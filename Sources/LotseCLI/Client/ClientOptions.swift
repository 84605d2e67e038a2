/// The options every daemon-talking command understands, taken out of the argument list
/// before the command reads its own: `--socket PATH`, `--config PATH`, `--json`
/// (each also as `--name=value`).
public struct ClientOptions: Sendable, Equatable {
    /// `--socket`: the daemon's socket, overriding `LOTSE_SOCKET` and the configuration.
    public var socket: String?
    /// `--config`: the configuration file to read the socket path from.
    public var config: String?
    /// `--json`: machine-readable output.
    public var json = false

    /// Creates empty options.
    public init() {}

    /// Splits `arguments` into these options and the rest. A missing value is a usage
    /// error naming the option.
    public static func extract(from arguments: [String]) -> Result<(ClientOptions, [String]), ClientFailure> {
        var options = ClientOptions()
        var rest: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            func value(_ name: String) -> Result<String, ClientFailure> {
                if argument.hasPrefix(name + "=") { return .success(String(argument.dropFirst(name.count + 1))) }
                guard index < arguments.count else {
                    return .failure(ClientFailure(exitCode: .usage,
                                                  de: "\(name) braucht einen Wert.",
                                                  en: "\(name) needs a value."))
                }
                index += 1
                return .success(arguments[index - 1])
            }
            switch argument {
            case "--json":
                options.json = true
            case _ where argument == "--socket" || argument.hasPrefix("--socket="):
                switch value("--socket") {
                case .success(let path): options.socket = path
                case .failure(let failure): return .failure(failure)
                }
            case _ where argument == "--config" || argument.hasPrefix("--config="):
                switch value("--config") {
                case .success(let path): options.config = path
                case .failure(let failure): return .failure(failure)
                }
            default:
                rest.append(argument)
            }
        }
        return .success((options, rest))
    }
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
    public func report(_ context: CommandContext) -> ExitCode {
        context.terminal.err("lotse: " + context.language.pick(de: german, en: english) + "\n")
        return exitCode
    }
}
