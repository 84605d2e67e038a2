import Foundation

/// One template: the subject line and body of one reminder kind in one language, with
/// `{{placeholder}}` fields checked against the kind's allowed list when parsed.
///
/// File format (UTF-8): line 1 `Subject: …`, line 2 empty, then the body. Trailing empty
/// lines are dropped. `{{ name }}` may have spaces inside the braces.
public struct MailTemplate: Sendable, Equatable {
    /// A piece of a parsed line.
    enum Segment: Sendable, Equatable {
        case text(String)
        case field(MailPlaceholder)
    }

    /// The kind this template is for.
    public let kind: ReminderKind
    /// The language it is written in.
    public let language: MessageLanguage
    /// The file it came from, for messages.
    public let file: String
    let subject: [Segment]
    let body: [[Segment]]

    /// Every placeholder the template uses (for tests and diagnostics).
    public var placeholders: Set<MailPlaceholder> {
        var found = Set<MailPlaceholder>()
        for segment in subject + body.flatMap({ $0 }) {
            if case .field(let placeholder) = segment { found.insert(placeholder) }
        }
        return found
    }

    /// Parses `text` (the content of `file`) as the template for `kind` in `language`.
    public init(parsing text: String, file: String, kind: ReminderKind, language: MessageLanguage) throws(MailTemplateError) {
        var lines = text.mailWithoutCR().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        guard let first = lines.first, first.hasPrefix("Subject:") else { throw .missingSubject(file: file) }
        guard lines.count >= 2 else { throw .emptyBody(file: file) }
        guard lines[1].trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .missingBlankLine(file: file, line: 2)
        }
        guard lines.count >= 3 else { throw .emptyBody(file: file) }
        let subjectText = first.dropFirst("Subject:".count).trimmingCharacters(in: .whitespaces)
        self.kind = kind
        self.language = language
        self.file = file
        self.subject = try Self.parseLine(subjectText, file: file, line: 1, kind: kind)
        var body: [[Segment]] = []
        for (offset, line) in lines.dropFirst(2).enumerated() {
            body.append(try Self.parseLine(line, file: file, line: offset + 3, kind: kind))
        }
        self.body = body
    }

    private static func parseLine(_ line: String, file: String, line number: Int, kind: ReminderKind) throws(MailTemplateError) -> [Segment] {
        var segments: [Segment] = []
        var rest = Substring(line)
        while let open = rest.range(of: "{{") {
            if open.lowerBound > rest.startIndex { segments.append(.text(String(rest[..<open.lowerBound]))) }
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else { throw .unclosedPlaceholder(file: file, line: number) }
            let name = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard let placeholder = MailPlaceholder(rawValue: name) else {
                throw .unknownPlaceholder(file: file, line: number, name: name)
            }
            guard kind.allowedPlaceholders.contains(placeholder) else {
                throw .placeholderNotAllowed(file: file, line: number, name: name, kind: kind)
            }
            segments.append(.field(placeholder))
            rest = afterOpen[close.upperBound...]
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        return segments
    }

    /// The subject and body for `facts`, dates and times in `timeZone`. Throws when a
    /// placeholder's fact is missing.
    public func render(_ facts: ReminderFacts, timeZone: TimeZone) throws(MailTemplateError) -> (subject: String, body: String) {
        let subjectText = try fill(subject, facts: facts, timeZone: timeZone)
        var bodyLines: [String] = []
        for line in body { bodyLines.append(try fill(line, facts: facts, timeZone: timeZone)) }
        return (HeaderText.stripped(subjectText), bodyLines.joined(separator: "\n") + "\n")
    }

    private func fill(_ segments: [Segment], facts: ReminderFacts, timeZone: TimeZone) throws(MailTemplateError) -> String {
        var output = ""
        for segment in segments {
            switch segment {
            case .text(let text): output += text
            case .field(let placeholder):
                guard let value = facts.text(for: placeholder, language: language, timeZone: timeZone) else {
                    throw .missingFact(kind: kind, placeholder: placeholder)
                }
                output += value
            }
        }
        return output
    }
}
