import Foundation

/// The complete set of templates: every reminder kind in every language. Built from
/// file contents (the daemon reads the files; this type stays pure), and complete or not
/// at all, so a missing or faulty template is found at load, never when a mail is due.
public struct MailTemplateCatalog: Sendable {
    private let templates: [Key: MailTemplate]

    private struct Key: Hashable, Sendable {
        let kind: ReminderKind
        let language: MessageLanguage
    }

    /// Builds the catalog from `(path relative to directory, content)` pairs, where the path is
    /// `<language>/<kind>.txt`. `directory` is only used in messages. Throws the first problem
    /// found, naming the file and line; files that are not `.txt` are ignored.
    public init(files: [(path: String, content: String)], directory: String) throws(MailTemplateError) {
        try self.init(sourcedFiles: files.map { (path: $0.path, content: $0.content, directory: directory) }, directory: directory)
    }

    /// As `init(files:directory:)`, with each file's own directory, for a set drawn from
    /// a template directory and an override directory: messages name the file at fault
    /// where it really is.
    public init(sourcedFiles files: [(path: String, content: String, directory: String)], directory: String) throws(MailTemplateError) {
        var templates: [Key: MailTemplate] = [:]
        for (path, content, root) in files.sorted(by: { $0.path < $1.path }) where path.hasSuffix(".txt") {
            let shown = root + "/" + path
            let parts = path.split(separator: "/")
            guard parts.count == 2, let language = MessageLanguage(rawValue: String(parts[0])),
                  let kind = ReminderKind(rawValue: String(parts[1].dropLast(".txt".count))) else {
                throw .unknownKind(file: shown)
            }
            templates[Key(kind: kind, language: language)] = try MailTemplate(parsing: content, file: shown, kind: kind, language: language)
        }
        for language in MessageLanguage.allCases {
            for kind in ReminderKind.allCases where templates[Key(kind: kind, language: language)] == nil {
                throw .missingTemplate(kind: kind, language: language, directory: directory)
            }
        }
        self.templates = templates
    }

    /// The template for `kind` in `language` (the catalog is complete, so there always is one).
    public func template(_ kind: ReminderKind, language: MessageLanguage) -> MailTemplate? {
        templates[Key(kind: kind, language: language)]
    }

    /// Every template, for checks that must cover all of them.
    public var all: [MailTemplate] {
        templates.values.sorted { ($0.language.rawValue, $0.kind.rawValue) < ($1.language.rawValue, $1.kind.rawValue) }
    }
}
