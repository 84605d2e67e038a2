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
    public var description: String {
        switch self {
        case .missingSubject(let file):
            return "\(file):1: the first line must be \"Subject: …\"."
        case .missingBlankLine(let file, let line):
            return "\(file):\(line): the line after the subject must be empty."
        case .emptyBody(let file):
            return "\(file): the template has no body text."
        case .unknownPlaceholder(let file, let line, let name):
            let known = MailPlaceholder.allCases.map(\.rawValue).joined(separator: ", ")
            return "\(file):\(line): unknown placeholder {{\(name)}} (known: \(known))."
        case .placeholderNotAllowed(let file, let line, let name, let kind):
            let allowed = kind.allowedPlaceholders.map(\.rawValue).sorted().joined(separator: ", ")
            return "\(file):\(line): placeholder {{\(name)}} is not available in a \(kind.rawValue) mail (available: \(allowed))."
        case .unclosedPlaceholder(let file, let line):
            return "\(file):\(line): \"{{\" is not closed by \"}}\" on the same line."
        case .notUTF8(let file):
            return "\(file): the template is not valid UTF-8."
        case .unknownKind(let file):
            let kinds = ReminderKind.allCases.map(\.rawValue).joined(separator: ", ")
            return "\(file): no reminder kind has this name (expected one of: \(kinds), each with .txt)."
        case .missingTemplate(let kind, let language, let directory):
            return "\(directory)/\(language.rawValue)/\(kind.rawValue).txt: the template is missing."
        case .unreadable(let path, let reason):
            return "\(path): the mail templates cannot be read (\(reason))."
        case .missingFact(let kind, let placeholder):
            return "A \(kind.rawValue) mail needs {{\(placeholder.rawValue)}} but the reminder does not carry it."
        }
    }
}
