/// A mail template that cannot be used, named by file and (where it applies) line, so the
/// administrator knows exactly what to fix. Raised when the templates are loaded, before
/// any reminder is sent; a reload with a bad template keeps the old templates in force.
public enum MailTemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's first line is not `Subject: …`.
    case missingSubject(file: String)
    /// The line after the subject is not empty.
    case missingBlankLine(file: String, line: Int)
    /// The body is empty.
    case emptyBody(file: String)
    /// `{{name}}` where `name` is no placeholder Lotse knows.
    case unknownPlaceholder(file: String, line: Int, name: String)
    /// A known placeholder this kind of reminder does not provide.
    case placeholderNotAllowed(file: String, line: Int, name: String, kind: ReminderKind)
    /// `{{` without a closing `}}` on the same line.
    case unclosedPlaceholder(file: String, line: Int)
    /// The file is not valid UTF-8.
    case notUTF8(file: String)
    /// A file whose name is no reminder kind.
    case unknownKind(file: String)
    /// No template for this kind and language.
    case missingTemplate(kind: ReminderKind, language: MessageLanguage, directory: String)
    /// The template directory cannot be read.
    case unreadable(path: String, reason: String)
    /// Rendering needs a fact the reminder does not carry (a programming error upstream).
    case missingFact(kind: ReminderKind, placeholder: MailPlaceholder)

    /// One sentence for people, naming the file and line.
    public var description: String { text(in: .en) }

    /// The sentence in `language`: lotsed tells the administrator in the language it runs
    /// in (LC_ALL, LC_MESSAGES, LANG).
    public func text(in language: MessageLanguage) -> String {
        let l = language
        switch self {
        case .missingSubject(let file):
            return "\(file):1: " + l.pick(de: "die erste Zeile muss „Subject: …“ sein.", en: "the first line must be \"Subject: …\".")
        case .missingBlankLine(let file, let line):
            return "\(file):\(line): " + l.pick(de: "die Zeile nach dem Betreff muss leer sein.", en: "the line after the subject must be empty.")
        case .emptyBody(let file):
            return "\(file): " + l.pick(de: "die Vorlage hat keinen Text.", en: "the template has no body text.")
        case .unknownPlaceholder(let file, let line, let name):
            let known = MailPlaceholder.allCases.map(\.rawValue).joined(separator: ", ")
            return "\(file):\(line): " + l.pick(de: "unbekannter Platzhalter {{\(name)}} (bekannt: \(known)).",
                                                en: "unknown placeholder {{\(name)}} (known: \(known)).")
        case .placeholderNotAllowed(let file, let line, let name, let kind):
            let allowed = kind.allowedPlaceholders.map(\.rawValue).sorted().joined(separator: ", ")
            return "\(file):\(line): " + l.pick(de: "den Platzhalter {{\(name)}} gibt es in einer Nachricht der Art \(kind.rawValue) nicht (verfügbar: \(allowed)).",
                                                en: "placeholder {{\(name)}} is not available in a \(kind.rawValue) mail (available: \(allowed)).")
        case .unclosedPlaceholder(let file, let line):
            return "\(file):\(line): " + l.pick(de: "„{{“ wird in derselben Zeile nicht mit „}}“ geschlossen.",
                                                en: "\"{{\" is not closed by \"}}\" on the same line.")
        case .notUTF8(let file):
            return "\(file): " + l.pick(de: "die Vorlage ist kein gültiges UTF-8.", en: "the template is not valid UTF-8.")
        case .unknownKind(let file):
            let kinds = ReminderKind.allCases.map(\.rawValue).joined(separator: ", ")
            return "\(file): " + l.pick(de: "keine Art von Nachricht heißt so (erwartet: \(kinds), jeweils mit .txt).",
                                       en: "no reminder kind has this name (expected one of: \(kinds), each with .txt).")
        case .missingTemplate(let kind, let language, let directory):
            return "\(directory)/\(language.rawValue)/\(kind.rawValue).txt: " + l.pick(de: "die Vorlage fehlt.", en: "the template is missing.")
        case .unreadable(let path, let reason):
            return "\(path): " + l.pick(de: "die Vorlagen lassen sich nicht lesen (\(reason)).", en: "the mail templates cannot be read (\(reason)).")
        case .missingFact(let kind, let placeholder):
            return l.pick(de: "Eine Nachricht der Art \(kind.rawValue) braucht {{\(placeholder.rawValue)}}, aber die Erinnerung trägt es nicht.",
                          en: "A \(kind.rawValue) mail needs {{\(placeholder.rawValue)}} but the reminder does not carry it.")
        }
    }
}
