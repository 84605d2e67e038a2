import LotseVarlink

/// One daemon call as most commands make it: connect with the usual `--socket`/`--config`
/// rules, call once, close; print the reply as JSON for `--json`, else render it for
/// people. Each command words the daemon's errors itself (`wording`), because the same
/// error name means different things in different interfaces.
public enum DaemonCall {
    /// Connects, calls `method` once and closes; a daemon error is worded by `wording`.
    public static func once(_ context: CommandContext, _ options: ClientOptions, _ method: String,
                            _ parameters: [String: JSONValue],
                            wording: (VarlinkError) -> ClientFailure) -> Result<[String: JSONValue], ClientFailure> {
        let connection: DaemonConnection
        switch DaemonConnection.connect(options: options, environment: context.environment) {
        case .success(let opened): connection = opened
        case .failure(let failure): return .failure(failure)
        }
        defer { connection.close() }
        switch connection.call(method, parameters) {
        case .success(let reply): return .success(reply)
        case .failure(.client(let failure)): return .failure(failure)
        case .failure(.remote(let error)): return .failure(wording(error))
        }
    }

    /// `once`, then the reply as JSON (`--json`) or through `render`; a failure is
    /// reported and its exit status returned.
    public static func run(_ context: CommandContext, _ options: ClientOptions, _ method: String,
                           _ parameters: [String: JSONValue], wording: (VarlinkError) -> ClientFailure,
                           render: ([String: JSONValue]) -> Void) -> ExitCode {
        switch once(context, options, method, parameters, wording: wording) {
        case .success(let reply):
            if options.json { context.terminal.out(JSONValue.object(reply).serialized + "\n") } else { render(reply) }
            return .ok
        case .failure(let failure):
            return failure.report(context)
        }
    }
}
