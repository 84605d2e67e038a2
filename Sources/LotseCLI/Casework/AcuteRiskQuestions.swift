import LotseCore
import LotseProtocol
import LotseVarlink

/// The acute-risk questions, asked before anything else in `lotse screen` and `lotse
/// referral submit`: from `--suicidality yes|no` and `--danger-to-others yes|no` (or
/// `--no-acute-risk` for both no), else asked on the terminal; without a terminal a
/// missing answer is a usage error — never a silent default.
enum AcuteRiskQuestions {
    /// The option names.
    static let valueOptions: Set<String> = ["suicidality", "danger-to-others"]
    /// The flag for "no" to both.
    static let flag = "no-acute-risk"

    static func parseAnswer(_ text: String) -> Bool? {
        switch text.lowercased().trimmingBlanksCLI() {
        case "yes", "y", "ja", "j", "true", "1": true
        case "no", "n", "nein", "false", "0": false
        default: nil
        }
    }

    /// The `acuteRisk` parameter, or the failure to report.
    static func answers(_ parsed: ParsedOptions, session: CaseworkSession) -> Result<LotseWire.AcuteRisk, ClientFailure> {
        if parsed.has(flag) {
            if parsed.value("suicidality").flatMap(parseAnswer) == true || parsed.value("danger-to-others").flatMap(parseAnswer) == true {
                return .failure(ClientFailure(exitCode: .usage, de: "--no-acute-risk widerspricht einer Ja-Antwort.",
                                              en: "--no-acute-risk contradicts a yes answer."))
            }
            return .success(LotseWire.AcuteRisk(suicidality: false, dangerToOthers: false))
        }
        // One yes is enough to escalate; the other answer is not waited for (it stays no).
        var result = LotseWire.AcuteRisk(suicidality: false, dangerToOthers: false)
        let questions: [(option: String, key: WritableKeyPath<LotseWire.AcuteRisk, Bool>, de: String, en: String)] = [
            ("suicidality", \.suicidality, "Akute Gefahr: Besteht akute Suizidalität? (ja/nein)", "Acute risk: is there acute suicidality? (yes/no)"),
            ("danger-to-others", \.dangerToOthers, "Akute Gefahr: Besteht akute Fremdgefährdung? (ja/nein)", "Acute risk: is there acute danger to others? (yes/no)"),
        ]
        // A yes given on the command line escalates at once, whatever else is missing.
        for question in questions {
            if let text = parsed.value(question.option), parseAnswer(text) == true {
                result[keyPath: question.key] = true
                return .success(result)
            }
        }
        for question in questions {
            if let text = parsed.value(question.option) {
                guard let answer = parseAnswer(text) else {
                    return .failure(ClientFailure(exitCode: .dataError, de: "--\(question.option): „\(text)“ ist weder ja noch nein.",
                                                  en: "--\(question.option): \"\(text)\" is neither yes nor no."))
                }
                result[keyPath: question.key] = answer
                if answer { break }
                continue
            }
            guard session.context.terminal.isInteractive else {
                return .failure(ClientFailure(
                    exitCode: .usage,
                    de: "Die Fragen zur akuten Gefahr kommen zuerst: geben Sie --suicidality ja|nein und --danger-to-others ja|nein an (oder --no-acute-risk); siehe „\(session.command) --help“.",
                    en: "The acute-risk questions come first: give --suicidality yes|no and --danger-to-others yes|no (or --no-acute-risk); see \"\(session.command) --help\"."))
            }
            var answer: Bool?
            while answer == nil {
                session.context.terminal.err(session.language.pick(de: question.de, en: question.en) + " ")
                guard let line = session.context.terminal.readLine() else {
                    return .failure(ClientFailure(exitCode: .usage, de: "Keine Antwort auf die Frage zur akuten Gefahr.",
                                                  en: "No answer to the acute-risk question."))
                }
                answer = parseAnswer(line)
            }
            result[keyPath: question.key] = answer ?? false
            if answer == true { break }
        }
        return .success(result)
    }

    /// Whether the answers contain a yes.
    static func isAcute(_ value: LotseWire.AcuteRisk) -> Bool {
        value.suicidality || value.dangerToOthers
    }

    /// Prints the emergency route of a reply's `escalation` (stdout for people; stderr
    /// as well with `--json`, so a person running a script still sees it).
    static func printEscalation(_ escalation: LotseWire.Escalation?, session: CaseworkSession) {
        guard let escalation else { return }
        let language = session.language
        let text = escalation.emergencyText[language.rawValue]
            ?? EmergencySettings.defaultText[language == .german ? .de : .en] ?? ""
        let message = banner(language) + text + "\n" + alertOutcome(escalation, language)
        if session.options.json {
            session.context.terminal.err(message)
        } else {
            session.out(message)
        }
    }

    /// The reply of an acute-risk report as JSON for `--json` (the route went to stderr
    /// already); people have read the route.
    static func printJSON<Reply>(_ answer: DaemonAnswer<Reply>, session: CaseworkSession) -> ExitCode {
        if session.options.json { session.out(answer.json) }
        return .ok
    }

    /// What became of the alert: sent (and whether the pseudonym is one of the caller's
    /// clients — worded alike for a mistyped, unknown or another caseworker's one), or
    /// counted as a repeat of an alert already sent.
    static func alertOutcome(_ escalation: LotseWire.Escalation, _ language: OutputLanguage) -> String {
        let alerted = escalation.coordinatorsAlerted
        let client = escalation.client
        var text: String
        if escalation.alert == .coalesced {
            let reports = escalation.reports
            let minutes = escalation.repeatWindowMinutes
            let at = DateText.instant(escalation.firstAlertAt)
            let about = client.map { language.pick(de: " zu \($0)", en: " about \($0)") } ?? ""
            text = language.pick(
                de: "Die Koordination wurde\(about) bereits am \(at) benachrichtigt; diese Meldung ist Ihre \(reports). innerhalb von \(CountText.count(Int64(minutes), one: "Minute", many: "Minuten")) und wurde dazugezählt, ohne neue Nachricht.",
                en: "The coordinators were already alerted\(about) at \(at); this is your report number \(reports) within \(CountText.count(Int64(minutes), one: "minute", many: "minutes")) and was counted, without a new message.")
        } else {
            text = language.pick(
                de: "Die Meldung an die Koordination steht im Postausgang und geht sofort hinaus (\(CountText.count(Int64(alerted), one: "Nachricht", many: "Nachrichten"))).",
                en: "The alert to the coordinators is queued and goes out at once (\(CountText.count(Int64(alerted), one: "message", many: "messages"))).")
        }
        if !escalation.ownClient {
            let named = client ?? language.pick(de: "Das angegebene Pseudonym", en: "The pseudonym given")
            text += " " + language.pick(
                de: "\(named) gehört nicht zu Ihren Klient:innen (oder ist vertippt): Die Nachricht sagt das und nennt Ihr Konto; zu einer Klient:in wurde nichts gespeichert.",
                en: "\(named) is not one of your clients (or is mistyped): the message says so and names your account; nothing was stored for a client.")
        }
        return text + " " + language.pick(de: "Nichts wurde in die Warteliste aufgenommen.\n", en: "Nothing was put on the waiting list.\n")
    }

    /// The route when the report did not get through — the daemon could not be asked, or
    /// it refused the alert (`failure` exit 75: the account's cap for pseudonyms not its
    /// own) — with the Germany-wide numbers and what to do instead.
    static func printFallback(_ failure: ClientFailure, session: CaseworkSession) {
        let language = session.language
        let refused = failure.exitCode == .temporaryFailure
        session.context.terminal.err(banner(language) + (EmergencySettings.defaultText[language == .german ? .de : .en] ?? "") + "\n" + (refused
            ? language.pick(de: "Es wurde keine Nachricht an die Koordination gesendet: benachrichtigen Sie sie selbst.\n",
                            en: "No message was sent to the coordinators: alert them yourself.\n")
            : language.pick(de: "Der Lotse-Dienst war nicht erreichbar: benachrichtigen Sie die Koordination selbst.\n",
                            en: "The Lotse daemon could not be reached: alert the coordinators yourself.\n")))
    }

    static func banner(_ language: OutputLanguage) -> String {
        language.pick(de: "!!! AKUTE GEFAHR – JETZT HANDELN !!!\n", en: "!!! ACUTE RISK – ACT NOW !!!\n")
    }
}
