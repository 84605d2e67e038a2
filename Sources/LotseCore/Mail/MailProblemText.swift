import Foundation

/// The sentences Lotse itself writes into a mail's "last problem" (the outbox's
/// `last_error`): why sendmail failed, a bounce, an interrupted send. The outbox keeps one
/// text per mail, the English one, as it always has; the German one is made from it when
/// a person reads it (`lotse admin status`, `lotse mail list`, the daemon's log under
/// `LANG=de_DE.UTF-8`). Every sentence is written here once, with its German twin, and the
/// places that store them take the English form from here, so the two cannot drift apart.
/// What the MTA itself printed (sendmail's standard error, a bounce's diagnostic) is
/// quoted as it is: those are its words, not Lotse's.
public enum MailProblemText: CaseIterable, Sendable {
    /// sendmail exited 0 although it had not read the whole message.
    case exitedBeforeReading
    /// sendmail exited with a status other than 0 (`{n}`).
    case exited
    /// sendmail was killed by a signal it did not get from Lotse.
    case killedBySignal
    /// Lotse killed sendmail after the timeout.
    case timedOut
    /// The configured program does not exist.
    case programMissing
    /// The configured program is not a regular file.
    case programNotRegular
    /// The configured program is not executable.
    case programNotExecutable
    /// Starting the program failed (`{t}`: the system's reason).
    case programNotStarted
    /// The daemon stopped while the mail was being sent.
    case interrupted
    /// The reason for the mail went away before it was sent.
    case noLongerNeeded
    /// The stored row could not be read back.
    case unusableRow
    /// A bounce with status, diagnostic and final recipient.
    case bouncedWithDiagnosticToRecipient
    /// A bounce with status and diagnostic.
    case bouncedWithDiagnostic
    /// A bounce with status and final recipient.
    case bouncedToRecipient
    /// A bounce with its status alone.
    case bounced

    /// The English and German templates: `{n}` stands for a number, `{t}` for a text.
    var templates: (en: String, de: String) {
        switch self {
        case .exitedBeforeReading:
            ("sendmail exited with status 0 before reading the whole message",
             "sendmail endete mit Status 0, bevor es die ganze Nachricht gelesen hatte")
        case .exited: ("sendmail exited with status {n}", "sendmail endete mit Status {n}")
        case .killedBySignal: ("sendmail was killed by signal {n}", "sendmail wurde durch Signal {n} beendet")
        case .timedOut:
            ("sendmail did not finish within {n} seconds and was killed",
             "sendmail war nach {n} Sekunden nicht fertig und wurde beendet")
        case .programMissing:
            ("The sendmail program {t} does not exist; install an MTA or fix [mail] sendmail in the configuration.",
             "Das Programm sendmail {t} gibt es nicht; installieren Sie einen Mailserver oder berichtigen Sie [mail] sendmail in der Konfiguration.")
        case .programNotRegular:
            ("The sendmail program {t} is not a regular file.", "Das Programm sendmail {t} ist keine gewöhnliche Datei.")
        case .programNotExecutable:
            ("The sendmail program {t} is not executable; check its permissions.",
             "Das Programm sendmail {t} ist nicht ausführbar; prüfen Sie seine Rechte.")
        case .programNotStarted:
            ("The sendmail program {t} could not be started: {t}", "Das Programm sendmail {t} ließ sich nicht starten: {t}")
        case .interrupted:
            ("interrupted while sending (daemon stopped); sent again",
             "beim Senden unterbrochen (Dienst angehalten); wird erneut gesendet")
        case .noLongerNeeded: ("not sent: no longer needed", "nicht gesendet: nicht mehr nötig")
        case .unusableRow: ("unusable row, not sent: {t}", "unbrauchbarer Datensatz, nicht gesendet: {t}")
        case .bouncedWithDiagnosticToRecipient:
            ("bounced: status {t}, diagnostic: {t} (final recipient {t})",
             "zurückgewiesen: Status {t}, Diagnose: „{t}“ (Empfangsadresse {t})")
        case .bouncedWithDiagnostic: ("bounced: status {t}, diagnostic: {t}", "zurückgewiesen: Status {t}, Diagnose: „{t}“")
        case .bouncedToRecipient: ("bounced: status {t} (final recipient {t})", "zurückgewiesen: Status {t} (Empfangsadresse {t})")
        case .bounced: ("bounced: status {t}", "zurückgewiesen: Status {t}")
        }
    }

    /// The English sentence with `values` in place of its placeholders, in order.
    public func english(_ values: String...) -> String { Self.fill(templates.en, values) }

    /// The German sentence with `values` in place of its placeholders, in order.
    public func german(_ values: String...) -> String { Self.fill(templates.de, values) }

    /// A stored problem text in `language`: English as stored; German when it is one of
    /// the sentences above (the MTA's own words after it quoted as they are), else as
    /// stored (a text from an older version).
    public static func text(_ stored: String, in language: MessageLanguage) -> String {
        language == .de ? german(stored) : stored
    }

    /// The German form of a stored problem text (see `text(_:in:)`).
    public static func german(_ stored: String) -> String {
        for problem in allCases {
            guard let (values, rest) = match(problem.templates.en, stored) else { continue }
            var translated = values
            if problem == .programNotStarted, let reason = values.last { translated[values.count - 1] = ErrnoText.german(englishReason: reason) }
            let sentence = fill(problem.templates.de, translated)
            if rest.isEmpty { return sentence }
            if rest.hasPrefix(": ") { return sentence + ": „" + rest.dropFirst(2) + "“" }
        }
        return stored
    }

    static func fill(_ template: String, _ values: [String]) -> String {
        var result = ""
        var remaining = values[...]
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let close = rest.index(open, offsetBy: 3, limitedBy: rest.endIndex) ?? rest.endIndex
            result += rest[..<open]
            result += remaining.popFirst() ?? ""
            rest = rest[close...]
        }
        return result + rest
    }

    /// The values of `template`'s placeholders in `text`, and what follows the matched
    /// sentence; nil when `text` does not begin with the sentence. A placeholder runs to
    /// the next literal part; `{n}` takes digits only; a last `{t}` takes the rest.
    static func match(_ template: String, _ text: String) -> ([String], Substring)? {
        var values: [String] = []
        var pattern = Substring(template)
        var input = Substring(text)
        while !pattern.isEmpty {
            guard let open = pattern.firstIndex(of: "{") else {
                guard input.hasPrefix(pattern) else { return nil }
                return (values, input.dropFirst(pattern.count))
            }
            let literal = pattern[..<open]
            guard input.hasPrefix(literal) else { return nil }
            input = input.dropFirst(literal.count)
            let kind = pattern[pattern.index(after: open)]
            pattern = pattern[(pattern.index(open, offsetBy: 3, limitedBy: pattern.endIndex) ?? pattern.endIndex)...]
            let next = pattern.prefix { $0 != "{" }
            let value: Substring
            if kind == "n" {
                value = input.prefix { $0.isASCII && $0.isNumber }
                guard !value.isEmpty else { return nil }
            } else if next.isEmpty {
                value = input
            } else {
                guard let found = input.range(of: next) else { return nil }
                value = input[..<found.lowerBound]
            }
            values.append(String(value))
            input = input[value.endIndex...]
        }
        return (values, input)
    }
}
