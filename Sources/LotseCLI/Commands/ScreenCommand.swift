import LotseCore
import LotseProtocol
import LotseVarlink

/// `lotse screen`: runs a configured screening instrument for a client — the acute-risk
/// questions first, then the item answers (numbers only; wording is never shipped).
public enum ScreenCommand: CommandGroup {
    /// The verbs' actions, each on the caseworker session of its verb.
    public static var actions: [String: (CommandContext) -> ExitCode] {
        CaseworkSession.actions("screen", ["": record, "instruments": instruments, "history": history])
    }

    static func instruments(_ session: CaseworkSession) -> ExitCode {
        session.run(ScreeningProtocol.InstrumentsRequest()) { answer in
            session.out(ScreeningText.instruments(answer.reply.instruments, language: session.language))
        }
    }

    static func history(_ session: CaseworkSession) -> ExitCode {
        let client = session.context.parsed.operand(0)
        return session.run(ScreeningProtocol.ListRequest(client: client), subject: client) { answer in
            session.out(ScreeningText.history(answer.reply.screenings, language: session.language))
        }
    }

    static func record(_ session: CaseworkSession) -> ExitCode {
        session.attempt { () throws(ClientFailure) -> ExitCode in
            let parsed = session.context.parsed
            // Acute risk first — even a mistyped pseudonym must not hold up the emergency route.
            let acute = try AcuteRiskQuestions.answers(parsed, session: session).get()
            if AcuteRiskQuestions.isAcute(acute) {
                let client = parsed.operands.first ?? ""
                // The answers given so far go with the escalation (never asked for now: the
                // route comes first); the daemon keeps them when they fit the instrument.
                let given = Self.answerTexts(parsed) ?? []
                let numbers = given.compactMap { Int64($0.trimmingBlanksCLI()) }
                let request = ScreeningProtocol.RecordRequest(client: client, instrument: parsed.value("instrument") ?? "",
                                                              answers: numbers.count == given.count ? numbers : [], acuteRisk: acute)
                switch session.call(request, subject: client) {
                case .success(let answer):
                    AcuteRiskQuestions.printEscalation(answer.reply.escalation, session: session)
                    if !given.isEmpty, let screening = answer.reply.screening {
                        let kept = screening.answers.count
                        let say: (String) -> Void = session.options.json ? session.context.terminal.err : session.out
                        say(kept == given.count
                            ? session.language.pick(de: "Die \(kept) gegebenen Antworten sind mit dem eskalierten Screening gespeichert.\n",
                                                    en: "The \(kept) answers given are stored with the escalated screening.\n")
                            : session.language.pick(de: "Die \(given.count) gegebenen Antworten passen nicht zum Instrument und wurden nicht gespeichert.\n",
                                                    en: "The \(given.count) answers given do not fit the instrument and were not stored.\n"))
                    }
                    return AcuteRiskQuestions.printJSON(answer, session: session)
                case .failure(let failure):
                    AcuteRiskQuestions.printFallback(failure, session: session)
                    return session.fail(failure)
                }
            }
            let client = try session.pseudonym(parsed.operands.first).get()
            let instrument = try session.required(parsed.value("instrument"), option: "instrument", de: "Instrument", en: "Instrument").get()
            var answers: [Int64] = []
            if let texts = Self.answerTexts(parsed) {
                for (index, text) in texts.enumerated() {
                    if text.isEmpty {
                        return session.invalid(de: "--answers: Antwort \(index + 1) fehlt (zwei Kommas hintereinander oder ein Komma am Ende).",
                                               en: "--answers: answer \(index + 1) is missing (two commas in a row, or a comma at the end).")
                    }
                    guard let value = Int64(text) else {
                        return session.usage(de: "--answers: Antwort \(index + 1) („\(text)“) ist keine Zahl.",
                                               en: "--answers: answer \(index + 1) (\"\(text)\") is not a number.")
                    }
                    answers.append(value)
                }
            } else if session.context.terminal.isInteractive {
                answers = try askAnswers(instrument, session).get()
            } else {
                return session.usage(de: "--answers fehlt; siehe „lotse screen --help“.", en: "--answers is missing; see \"lotse screen --help\".")
            }
            let request = ScreeningProtocol.RecordRequest(client: client, instrument: instrument, answers: answers, acuteRisk: acute)
            return session.run(request, subject: client) { answer in
                if let screening = answer.reply.screening { session.out(ScreeningText.recorded(screening, language: session.language)) }
            }
        }
    }

    /// The answers as typed, one per item, empty ones kept: answers are matched to items by
    /// their place, so "1,,0" must not silently become two answers for items 1 and 2.
    static func answerTexts(_ parsed: ParsedOptions) -> [String]? {
        parsed.values["answers"].map { values in
            values.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingBlanksCLI() } }
        }
    }

    /// Asks item by item, within the instrument's ranges.
    static func askAnswers(_ name: String, _ session: CaseworkSession) -> Result<[Int64], ClientFailure> {
        let instruments: [ScreeningProtocol.Instrument]
        switch session.call(ScreeningProtocol.InstrumentsRequest()) {
        case .success(let answer): instruments = answer.reply.instruments
        case .failure(let failure): return .failure(failure)
        }
        guard let instrument = instruments.first(where: { $0.name == name }) else {
            let known = instruments.map(\.name).joined(separator: ", ")
            return .failure(ClientFailure(exitCode: .dataError, de: "Instrument: „\(name)“ ist nicht konfiguriert (\(known)).",
                                          en: "instrument: \"\(name)\" is not configured (\(known))."))
        }
        var answers: [Int64] = []
        for (index, range) in instrument.answerRanges.enumerated() {
            let low = range.low, high = range.high
            while true {
                session.context.terminal.err(session.language.pick(de: "Frage \(index + 1) (\(low)–\(high)): ", en: "Item \(index + 1) (\(low)–\(high)): "))
                guard let line = session.context.terminal.readLine() else {
                    return .failure(ClientFailure(exitCode: .usage, de: "Abgebrochen: Antwort \(index + 1) fehlt.", en: "Cancelled: answer \(index + 1) is missing."))
                }
                if let value = Int64(line.trimmingBlanksCLI()), (low...high).contains(value) {
                    answers.append(value)
                    break
                }
            }
        }
        return .success(answers)
    }
}
