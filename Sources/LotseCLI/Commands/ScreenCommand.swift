import LotseCore
import LotseVarlink

/// `lotse screen`: runs a configured screening instrument for a client — the acute-risk
/// questions first, then the item answers (numbers only; wording is never shipped).
public enum ScreenCommand: DaemonCommandGroup {
    /// Runs the group; the connection options are already split off.
    public static func run(_ context: CommandContext, options: ClientOptions, arguments rest: [String]) -> ExitCode {
        let verb = rest.first ?? ""
        let session = CaseworkSession(context: context, options: options, command: "lotse screen")
        switch verb {
        case "instruments":
            guard rest.count == 1 else { return usage(context) }
            return session.run("org.lotse.Screening.Instruments", [:]) { reply in
                session.out(ScreeningText.instruments(reply["instruments"]?.arrayValue ?? [], language: session.language))
            }
        case "history":
            guard rest.count == 2 else { return usage(context) }
            switch session.pseudonym(rest[1]) {
            case .failure(let failure): return session.fail(failure)
            case .success(let client):
                return session.run("org.lotse.Screening.List", ["client": .string(client)], subject: client) { reply in
                    session.out(ScreeningText.history(reply["screenings"]?.arrayValue ?? [], language: session.language))
                }
            }
        default:
            return record(session)
        }
    }

    static func record(_ session: CaseworkSession) -> ExitCode {
        let parsed = session.context.parsed
        guard parsed.operands.count <= 1 else { return usage(session.context) }
        // Acute risk first — even a mistyped pseudonym must not hold up the emergency route.
        let acute: JSONValue
        switch AcuteRiskQuestions.answers(parsed, session: session) {
        case .success(let value): acute = value
        case .failure(let failure): return session.fail(failure)
        }
        if AcuteRiskQuestions.isAcute(acute) {
            let client = parsed.operands.first ?? ""
            var parameters: [String: JSONValue] = ["client": .string(client), "acuteRisk": acute]
            parameters["instrument"] = .string(parsed.value("instrument") ?? "")
            // The answers given so far go with the escalation (never asked for now: the
            // route comes first); the daemon keeps them when they fit the instrument.
            let given = parsed.list("answers") ?? []
            let numbers = given.compactMap { Int64($0.trimmingBlanksCLI()) }
            parameters["answers"] = numbers.count == given.count ? .array(numbers.map { .integer($0) }) : []
            switch session.call("org.lotse.Screening.Record", parameters, subject: client) {
            case .success(let reply):
                if let escalation = reply["escalation"], !escalation.isNull {
                    AcuteRiskQuestions.printEscalation(escalation, session: session)
                }
                if !given.isEmpty, let screening = reply["screening"], !screening.isNull {
                    let kept = screening["answers"]?.arrayValue?.count ?? 0
                    let say: (String) -> Void = session.options.json ? session.context.terminal.err : session.out
                    say(kept == given.count
                        ? session.language.pick(de: "Die \(kept) gegebenen Antworten sind mit dem eskalierten Screening gespeichert.\n",
                                                en: "The \(kept) answers given are stored with the escalated screening.\n")
                        : session.language.pick(de: "Die \(given.count) gegebenen Antworten passen nicht zum Instrument und wurden nicht gespeichert.\n",
                                                en: "The \(given.count) answers given do not fit the instrument and were not stored.\n"))
                }
                if session.options.json { session.out(JSONValue.object(reply).serialized + "\n") }
                return .ok
            case .failure(let failure):
                AcuteRiskQuestions.printFallback(failure, session: session)
                return session.fail(failure)
            }
        }
        let client: String
        switch session.pseudonym(parsed.operands.first) {
        case .success(let value): client = value
        case .failure(let failure): return session.fail(failure)
        }
        var parameters: [String: JSONValue] = ["client": .string(client), "acuteRisk": acute]
        let instrument: String
        switch session.required(parsed.value("instrument"), option: "instrument", de: "Instrument", en: "Instrument") {
        case .success(let value): instrument = value
        case .failure(let failure): return session.fail(failure)
        }
        parameters["instrument"] = .string(instrument)
        var answers: [JSONValue] = []
        if let texts = parsed.list("answers") {
            for (index, text) in texts.enumerated() {
                guard let value = Int64(text) else {
                    return session.invalid(de: "--answers: Antwort \(index + 1) („\(text)“) ist keine Zahl.",
                                           en: "--answers: answer \(index + 1) ('\(text)') is not a number.")
                }
                answers.append(.integer(value))
            }
        } else if session.context.terminal.isInteractive {
            switch askAnswers(instrument, session) {
            case .success(let values): answers = values
            case .failure(let failure): return session.fail(failure)
            }
        } else {
            return session.usage(de: "--answers fehlt; siehe „lotse screen --help“.", en: "--answers is missing; see 'lotse screen --help'.")
        }
        parameters["answers"] = .array(answers)
        return session.run("org.lotse.Screening.Record", parameters, subject: client) { reply in
            session.out(ScreeningText.recorded(reply["screening"] ?? .null, language: session.language))
        }
    }

    /// Asks item by item, within the instrument's ranges.
    static func askAnswers(_ name: String, _ session: CaseworkSession) -> Result<[JSONValue], ClientFailure> {
        let instruments: [JSONValue]
        switch session.call("org.lotse.Screening.Instruments", [:]) {
        case .success(let reply): instruments = reply["instruments"]?.arrayValue ?? []
        case .failure(let failure): return .failure(failure)
        }
        guard let instrument = instruments.first(where: { $0["name"]?.stringValue == name }) else {
            let known = instruments.compactMap { $0["name"]?.stringValue }.joined(separator: ", ")
            return .failure(ClientFailure(exitCode: .dataError, de: "Instrument: „\(name)“ ist nicht konfiguriert (\(known)).",
                                          en: "instrument: '\(name)' is not configured (\(known))."))
        }
        var answers: [JSONValue] = []
        for (index, range) in (instrument["answerRanges"]?.arrayValue ?? []).enumerated() {
            let low = range["low"]?.integerValue ?? 0
            let high = range["high"]?.integerValue ?? 0
            while true {
                session.context.terminal.err(session.language.pick(de: "Frage \(index + 1) (\(low)–\(high)): ", en: "Item \(index + 1) (\(low)–\(high)): "))
                guard let line = session.context.terminal.readLine() else {
                    return .failure(ClientFailure(exitCode: .usage, de: "Abgebrochen: Antwort \(index + 1) fehlt.", en: "Cancelled: answer \(index + 1) is missing."))
                }
                if let value = Int64(line.trimmingBlanksCLI()), (low...high).contains(value) {
                    answers.append(.integer(value))
                    break
                }
            }
        }
        return .success(answers)
    }
}
