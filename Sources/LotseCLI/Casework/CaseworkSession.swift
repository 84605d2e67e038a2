import LotseCore
import LotseProtocol
import LotseVarlink

/// What every caseworker-side command shares: one connection to the daemon, calls whose
/// failures become one sentence and an exit status (65 for wrong values, naming the
/// field; 77 for records the caller may not see), `--json` output, and the acute-risk
/// reply that prints the emergency route at once.
final class CaseworkSession {
    let context: CommandContext
    let options: ClientOptions
    /// The command as typed, for messages (`lotse referral submit`).
    let command: String
    private var connection: DaemonConnection?

    init(context: CommandContext, options: ClientOptions, command: String) {
        self.context = context
        self.options = options
        self.command = command
    }

    deinit { connection?.close() }

    /// A group's actions made from actions on a session: each runs on a new session of
    /// its verb (`lotse referral submit`), on the connection options of the command line.
    static func actions(_ command: String, _ verbs: [String: (CaseworkSession) -> ExitCode]) -> [String: (CommandContext) -> ExitCode] {
        verbs.mapValues { action in
            { context in
                action(CaseworkSession(context: context, options: context.connection,
                                       command: (["lotse", command] + context.verb).joined(separator: " ")))
            }
        }
    }

    var language: OutputLanguage { context.language }

    func out(_ text: String) { context.terminal.out(text) }

    /// Reports `failure` and returns its status.
    func fail(_ failure: ClientFailure) -> ExitCode { failure.report(context) }

    /// Runs a command's steps, any of which may refuse (`try step.get()`): the first
    /// refusal is told and its exit code returned. One line per step, instead of a
    /// `switch` over each step's result in every command.
    func attempt(_ body: () throws(ClientFailure) -> ExitCode) -> ExitCode {
        do { return try body() } catch { return fail(error) }
    }

    /// A usage error: one sentence and 64.
    func usage(de: String, en: String) -> ExitCode {
        fail(ClientFailure(exitCode: .usage, de: de, en: en))
    }

    /// A wrong value given on the command line: one sentence naming it and 65.
    func invalid(de: String, en: String) -> ExitCode {
        fail(ClientFailure(exitCode: .dataError, de: de, en: en))
    }

    /// Sends `request`. `subject` names the record for a denial (`K-2026-0001`, `Anmeldung 4`).
    func call<Request: LotseRequest>(_ request: Request, subject: String? = nil) -> Result<DaemonAnswer<Request.Reply>, ClientFailure> {
        if connection == nil {
            switch DaemonConnection.connect(options: options, environment: context.environment) {
            case .success(let opened): connection = opened
            case .failure(let failure): return .failure(failure)
            }
        }
        guard let connection else { return .failure(ClientFailure(exitCode: .software, de: "Keine Verbindung.", en: "No connection.")) }
        return connection.call(request, subject: subject, command: command, options: context.typedOptions, operands: context.typedOperands)
    }

    /// Prints the reply as JSON with `--json`, else through `render`; returns 0.
    func show<Reply>(_ answer: DaemonAnswer<Reply>, render: (DaemonAnswer<Reply>) -> Void) -> ExitCode {
        if options.json {
            out(answer.json)
        } else {
            render(answer)
        }
        return .ok
    }

    /// Calls and shows in one step.
    func run<Request: LotseRequest>(_ request: Request, subject: String? = nil, render: (DaemonAnswer<Request.Reply>) -> Void) -> ExitCode {
        switch call(request, subject: subject) {
        case .success(let answer): return show(answer, render: render)
        case .failure(let failure): return fail(failure)
        }
    }

    // MARK: Interactive values

    /// The value of a required option: given, else asked for when standard input is a
    /// terminal, else a usage error naming the option.
    func required(_ given: String?, option: String, de: String, en: String) -> Result<String, ClientFailure> {
        if let given, !given.isEmpty { return .success(given) }
        if context.terminal.isInteractive {
            context.terminal.err(language.pick(de: de, en: en) + ": ")
            if let line = context.terminal.readLine()?.trimmingBlanksCLI(), !line.isEmpty { return .success(line) }
        }
        return .failure(ClientFailure(exitCode: .usage, de: "--\(option) fehlt; siehe „\(command) --help“.", en: "--\(option) is missing; see \"\(command) --help\"."))
    }

    /// A client pseudonym operand or option, checked for its form.
    func pseudonym(_ text: String?, option: String = "client") -> Result<String, ClientFailure> {
        switch required(text, option: option, de: "Pseudonym (K-JJJJ-NNNN)", en: "Pseudonym (K-YYYY-NNNN)") {
        case .failure(let failure): return .failure(failure)
        case .success(let value):
            guard ClientID(value) != nil else {
                return .failure(ClientFailure(exitCode: .usage,
                                              de: "Klient:in: „\(value)“ ist \(ClientID.notAPseudonym.de).",
                                              en: "client: \"\(value)\" is \(ClientID.notAPseudonym.en)."))
            }
            return .success(value)
        }
    }

    /// A date option in the wire form, or a data error naming the option.
    func date(_ text: String, option: String) -> Result<String, ClientFailure> {
        guard let iso = DateText.parse(text) else {
            return .failure(ClientFailure(exitCode: .dataError, de: "--\(option): „\(text)“ ist kein Datum (TT.MM.JJJJ).",
                                          en: "--\(option): \"\(text)\" is not a date (DD.MM.YYYY)."))
        }
        return .success(iso)
    }

    /// One of the values an interface declares for a field (`--urgency high`), nil when
    /// not given, or a data error naming the option and the values it takes.
    func choice<Value: WireEnum>(_ text: String?, option: String) -> Result<Value?, ClientFailure> {
        guard let text else { return .success(nil) }
        guard let value = Value(rawValue: text) else {
            let known = Value.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(ClientFailure(exitCode: .dataError, de: "--\(option): „\(text)“ ist keiner der Werte \(known).",
                                          en: "--\(option): \"\(text)\" is not one of \(known)."))
        }
        return .success(value)
    }

    /// A whole number option, or a data error naming it.
    func number(_ text: String, option: String) -> Result<Int64, ClientFailure> {
        guard let value = Int64(text), value >= 0 else {
            return .failure(ClientFailure(exitCode: .dataError, de: "--\(option): „\(text)“ ist keine Zahl.",
                                          en: "--\(option): \"\(text)\" is not a number."))
        }
        return .success(value)
    }
}
