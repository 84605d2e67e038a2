import LotseProtocol
import LotseVarlink

/// Every error the daemon answers with — each one its IDLs declare, with its parameters —
/// worded once, in German and English, with its exit status. Every command's call goes
/// through `DaemonConnection.call`, which words a daemon error here and nowhere else, so
/// the same error reads the same in every command and a new error declared in an IDL
/// without wording here fails `DaemonErrorWordingTests`.
public enum DaemonErrors {
    /// What a wording may name besides the error's own parameters.
    public struct Call: Sendable {
        /// The fully qualified method called (`org.lotse.Roster.Plan`).
        public var method: String
        /// The record the call is about, for a denial (`K-2026-0001`, `Anmeldung 4`).
        public var subject: String?
        /// The command as typed (`lotse referral submit`), for a denial.
        public var command: String?
        /// The options typed (without dashes), to name a wrong value by its option.
        public var options: Set<String>
        /// The verb's operand names (`MONTH`), to name a wrong value by its operand.
        public var operands: [String]

        /// Creates the description of a call.
        public init(method: String, subject: String? = nil, command: String? = nil, options: Set<String> = [], operands: [String] = []) {
            self.method = method
            self.subject = subject
            self.command = command
            self.options = options
            self.operands = operands
        }
    }

    /// How a sentence names the daemon's `field` (a wrong value): by the option the user
    /// typed for it (`--minutes` for `slot minutes`), else by its term in German and as it
    /// is in English.
    static func fieldName(_ field: String, _ call: Call, _ language: OutputLanguage) -> String {
        let key = normalized(field)
        let aliased = optionForField[key]?.first(where: call.options.contains)
        if let option = aliased ?? call.options.first(where: { normalized($0) == key }) { return "--" + option }
        let operand = operandForField[key].flatMap { call.operands.contains($0) ? $0 : nil }
        if let operand = operand ?? call.operands.first(where: { normalized($0) == key }) { return ValueKind.translated(operand, language) }
        return CaseworkLabels.field(field, language)
    }

    /// `fieldName` as it stands in a sentence: an option as it is, a term in the
    /// language's quotation marks.
    static func quotedFieldName(_ field: String, _ call: Call, _ language: OutputLanguage) -> String {
        let name = fieldName(field, call, language)
        if name.hasPrefix("--") { return name }
        return language == .german ? "„\(name)“" : "\"\(name)\""
    }

    /// `text` ending with a full stop (the daemon's reasons come as phrases and as sentences).
    static func closed(_ text: String) -> String {
        text.hasSuffix(".") || text.hasSuffix("!") || text.hasSuffix("?") ? text : text + "."
    }

    /// The daemon's fields whose option has another name (keys as `normalized` gives them),
    /// the first of the options the caller typed: a consent's day is `--date`, or `--given`
    /// for one given on paper.
    static let optionForField: [String: [String]] = [
        "slotminutes": ["minutes"], "interpreterlanguages": ["interpreters"], "unavailabledates": ["unavailable"],
        "preferredspecialist": ["prefer"], "excludedspecialists": ["exclude"], "consentoverridereason": ["consent-override"],
        "targetdate": ["target"], "recommendation": ["recommend"], "duedate": ["step"], "owner": ["step"], "description": ["step"],
        "date": ["date", "given"], "givenon": ["date", "given"], "withdrawnon": ["date"], "caseworker": ["caseworker", "to"],
    ]

    /// The daemon's fields given by an operand of another name (`assessment attend ID OUTCOME`).
    static let operandForField = ["attendance": "OUTCOME", "user": "USER"]

    /// `text` lower-cased without blanks, hyphens and underscores (`slot minutes`,
    /// `slotMinutes` and `slot-minutes` alike).
    static func normalized(_ text: String) -> String {
        String(text.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" })
    }

    /// One error's wording: its sentence in both languages and the exit status.
    typealias Wording = @Sendable (Parameters, Call) -> ClientFailure

    /// The failure to report for `error` answering `call`.
    public static func failure(_ error: VarlinkError, _ call: Call) -> ClientFailure {
        guard let wording = wording(for: error.name) else {
            // A daemon newer than this command: still one sentence, with the name.
            let message = error.parameters["message"]?.stringValue ?? error.name
            return ClientFailure(exitCode: .software, de: "Der Dienst meldet einen Fehler: \(message)",
                                 en: "The daemon reported an error: \(message)")
        }
        return wording(Parameters(error.parameters), call)
    }

    /// The wording of the error named `qualifiedName`: its own when the name means
    /// something particular in its interface (the varlink service's errors), else the one
    /// its name has in every interface that declares it.
    static func wording(for qualifiedName: String) -> Wording? {
        if let own = byQualifiedName[qualifiedName] { return own }
        guard let dot = qualifiedName.lastIndex(of: "."), !qualifiedName.hasPrefix(VarlinkServiceInterface.name + ".") else { return nil }
        return byName[String(qualifiedName[qualifiedName.index(after: dot)...])]
    }

    /// Whether a wording exists for the error (the test asks this of every declared one).
    public static func isWorded(_ qualifiedName: String) -> Bool { wording(for: qualifiedName) != nil }

    /// An error's parameters, read leniently: a missing one reads as `?`.
    struct Parameters {
        let values: [String: JSONValue]
        init(_ values: [String: JSONValue]) { self.values = values }
        func text(_ name: String) -> String { values[name]?.stringValue ?? values[name]?.integerValue.map(String.init) ?? "?" }
        func number(_ name: String) -> Int64 { values[name]?.integerValue ?? 0 }
        func optionalText(_ name: String) -> String? { values[name]?.stringValue }
        /// The German wording of `name` (`messageDe` for `message`), which the daemon
        /// sends beside every sentence a person reads; the English one when it is missing.
        func german(_ name: String) -> String { optionalText(name + "De") ?? text(name) }
    }

    private static func failure(_ exit: ExitCode, _ de: String, _ en: String) -> ClientFailure {
        ClientFailure(exitCode: exit, de: de, en: en)
    }

    /// Errors whose name means one thing wherever it is declared.
    private static let byName: [String: Wording] = [
        "DatabaseError": { p, _ in
            failure(.software, "Der Dienst meldet einen Fehler: \(p.german("message"))", "The daemon reported an error: \(p.text("message"))")
        },
        "InvalidValue": { p, call in
            // Worded like the command line's own refusals ("--kind: …"): the field as the
            // caller typed it (its option) where the call had one, else the glossary's term
            // for it, then the reason as one sentence.
            let field = p.text("field")
            return failure(.dataError, "\(fieldName(field, call, .german)): \(closed(p.german("message")))",
                           "\(fieldName(field, call, .english)): \(closed(p.text("message")))")
        },
        "InvalidState": { p, _ in
            failure(.dataError, "Nicht möglich: \(p.german("message"))", "Not possible: \(p.text("message"))")
        },
        "NotFound": { p, _ in
            failure(.noSuchRecord, "Nicht gefunden: \(p.german("message"))", "Not found: \(p.text("message"))")
        },
        "OpenReferralExists": { p, _ in
            let client = p.text("client"), id = p.text("referral")
            return failure(.dataError,
                           "Klient:in: \(client) hat schon eine offene Anmeldung (\(id)); ändern oder zurückziehen Sie diese.",
                           "client: \(client) already has an open referral (\(id)); update or withdraw it instead.")
        },
        "NotWaiting": { p, _ in
            let id = p.text("id"), status = p.optionalText("status")
            return failure(.dataError,
                           "Anmeldung: \(id) \(CaseworkLabels.statusNow(status, .german, now: false)); nur eine wartende Anmeldung kann geändert werden.",
                           "referral: \(id) \(CaseworkLabels.statusNow(status, .english, now: false)); only a waiting referral can be changed.")
        },
        "TooManyNewClients": { p, _ in
            let limit = p.number("limit"), minutes = (p.number("retryAfterSeconds") + 59) / 60
            return failure(.temporaryFailure,
                           "Klient:in: Sie haben in der letzten Stunde schon \(CountText.count(limit, one: "Klient:in", many: "Klient:innen")) angelegt (Grenze [daemon] new_clients_per_hour); die nächste ist in \(CountText.minutes(minutes, .german)) wieder möglich.",
                           "client: you created \(CountText.count(limit, one: "client", many: "clients")) within the last hour (limit [daemon] new_clients_per_hour); the next is possible in \(CountText.minutes(minutes, .english)).")
        },
        "TooManyAlerts": { p, _ in
            let limit = p.number("limit"), minutes = (p.number("retryAfterSeconds") + 59) / 60
            return failure(.temporaryFailure,
                           "Klient:in: Sie haben in der letzten Stunde schon \(CountText.count(limit, one: "Meldung", many: "Meldungen")) akuter Gefahr zu Pseudonymen ausgelöst, die nicht zu Ihren Klient:innen gehören (Grenze [emergency] alerts_per_hour); diese wurde nicht gesendet. Für Ihre eigenen Klient:innen geht die erste Meldung immer hinaus; die nächste hier ist in \(CountText.minutes(minutes, .german)) wieder möglich.",
                           "client: you raised \(CountText.count(limit, one: "acute-risk alert", many: "acute-risk alerts")) within the last hour for pseudonyms that are not your clients (limit [emergency] alerts_per_hour); this one was not sent. The first alert for one of your own clients always goes out; the next one here is possible in \(CountText.minutes(minutes, .english)).")
        },
        "PlacementRefused": { p, _ in
            // The sentence says which constraint in words; its code is for JSON.
            failure(.dataError, "Platzierung abgelehnt: \(p.german("message"))", "Placement refused: \(p.text("message"))")
        },
        "ConfigurationInvalid": { p, _ in
            failure(.configuration, "Konfiguration abgelehnt, die bisherige bleibt in Kraft: \(p.german("message"))",
                    "Configuration rejected, the previous one stays in force: \(p.text("message"))")
        },
        "BackupFailed": { p, _ in
            failure(.cannotCreate, "Sicherung fehlgeschlagen: \(closed(p.german("message")))", "Backup failed: \(closed(p.text("message")))")
        },
        "NotRetryable": { p, _ in
            let id = p.text("id"), state = p.text("state")
            let german = ["sending": "wird gerade gesendet", "sent": "ist bereits versendet"][state] ?? "ist \(state)"
            let english = ["sending": "is being sent right now", "sent": "has already been sent"][state] ?? "is \(state)"
            return failure(.dataError, "Nachricht \(id) \(german) und kann nicht erneut gesendet werden.",
                           "Mail \(id) \(english) and cannot be sent again.")
        },
        "Moot": { p, _ in
            let id = p.text("id")
            return failure(.dataError, "Nachricht \(id) wird nicht mehr gebraucht (Termin vorbei oder abgesagt).",
                           "Mail \(id) is no longer needed (its appointment has passed or was cancelled).")
        },
        "ReplyBreaksIDL": { p, _ in
            failure(.software, "Die Antwort des Dienstes auf \(p.text("method")) hält ihre Schnittstellenbeschreibung nicht ein: \(p.text("breach"))",
                    "The daemon's reply to \(p.text("method")) breaks its interface description: \(p.text("breach"))")
        },
        "NoRole": { _, _ in DaemonConnection.noRole },
        "UnknownUser": { p, _ in
            failure(.configuration, "Die Demo kennt keine Person „\(p.text("user"))“ (Config/demo/identities.conf).",
                    "The demo knows no person \"\(p.text("user"))\" (Config/demo/identities.conf).")
        },
        "ConnectionLimitReached": { p, _ in
            let limit = p.text("limit")
            if p.optionalText("scope") == "account" {
                return failure(.temporaryFailure,
                               "Ihr Konto hält schon \(limit) Verbindungen zum Lotse-Dienst, so viele wie erlaubt; versuchen Sie es gleich noch einmal.",
                               "Your account already holds \(limit) connections to the Lotse daemon, the most allowed; try again shortly.")
            }
            return failure(.temporaryFailure,
                           "Der Lotse-Dienst bedient schon \(limit) Verbindungen, so viele wie erlaubt; versuchen Sie es gleich noch einmal.",
                           "The Lotse daemon already serves \(limit) connections, the most allowed; try again shortly.")
        },
    ]

    /// Errors whose name means something particular in their interface.
    private static let byQualifiedName: [String: Wording] = {
        let service = VarlinkServiceInterface.name + "."
        let notProvided: Wording = { _, call in
            failure(.unavailable, "Der laufende Lotse-Dienst kennt \(call.method) nicht; passen Dienst und Befehl zusammen?",
                    "The running Lotse daemon does not provide \(call.method); do daemon and command versions match?")
        }
        return [
            service + "PermissionDenied": { _, call in
                if let subject = call.subject {
                    let command = call.command ?? "lotse"
                    return failure(.permissionDenied,
                                   "Keine Berechtigung für \(subject): nicht unter Ihren Klient:innen, oder Ihre Rolle erlaubt „\(command)“ nicht.",
                                   "Permission denied for \(subject): not among your clients, or your role does not allow \"\(command)\".")
                }
                if let command = call.command {
                    return failure(.permissionDenied, "Keine Berechtigung: Ihre Rolle erlaubt „\(command)“ nicht.",
                                   "Permission denied: your role does not allow \"\(command)\".")
                }
                return failure(.permissionDenied, "Keine Berechtigung: Ihre Rolle erlaubt \(call.method) nicht.",
                               "Permission denied: your role does not allow \(call.method).")
            },
            service + "InvalidParameter": { p, call in
                // Named by the option typed where there is one, as a wrong value is.
                let parameter = p.text("parameter")
                return failure(.dataError, "Der Dienst lehnt den Wert für \(quotedFieldName(parameter, call, .german)) ab.",
                               "The daemon rejected the value of \(quotedFieldName(parameter, call, .english)).")
            },
            service + "InterfaceNotFound": notProvided,
            service + "MethodNotFound": notProvided,
            service + "MethodNotImplemented": notProvided,
            service + "ExpectedMore": { _, call in
                failure(.software, "Der Dienst beantwortet \(call.method) nur als Folge von Antworten, die dieser Befehl nicht erwartet.",
                        "The daemon answers \(call.method) only as a stream of replies, which this command does not expect.")
            },
        ]
    }()
}
