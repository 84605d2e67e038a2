import LotseProtocol
import LotseVarlink

/// One daemon call as most commands make it: connect with the usual `--socket`/`--config`
/// rules, send the typed request once, close; print the reply as JSON for `--json`, else
/// render the reply for people. The daemon's errors are worded by `DaemonErrors`,
/// the same for every command.
public enum DaemonCall {
    /// Connects, sends `request` once and closes.
    public static func once<Request: LotseRequest>(_ context: CommandContext, _ options: ClientOptions,
                                                   _ request: Request) -> Result<DaemonAnswer<Request.Reply>, ClientFailure> {
        let connection: DaemonConnection
        switch DaemonConnection.connect(options: options, environment: context.environment) {
        case .success(let opened): connection = opened
        case .failure(let failure): return .failure(failure)
        }
        defer { connection.close() }
        return connection.call(request, command: context.typedCommand, options: context.typedOptions, operands: context.typedOperands)
    }

    /// `once` with the connection options of the command line.
    public static func once<Request: LotseRequest>(_ context: CommandContext, _ request: Request) -> Result<DaemonAnswer<Request.Reply>, ClientFailure> {
        once(context, context.connection, request)
    }

    /// `run` with the connection options of the command line.
    public static func run<Request: LotseRequest>(_ context: CommandContext, _ request: Request,
                                                  render: (DaemonAnswer<Request.Reply>) -> Void) -> ExitCode {
        run(context, context.connection, request, render: render)
    }

    /// `once`, then the reply as JSON (`--json`) or through `render`; a failure is
    /// reported and its exit status returned.
    public static func run<Request: LotseRequest>(_ context: CommandContext, _ options: ClientOptions, _ request: Request,
                                                  render: (DaemonAnswer<Request.Reply>) -> Void) -> ExitCode {
        switch once(context, options, request) {
        case .success(let answer):
            if options.json { context.terminal.out(answer.json) } else { render(answer) }
            return .ok
        case .failure(let failure):
            return failure.report(context)
        }
    }
}
