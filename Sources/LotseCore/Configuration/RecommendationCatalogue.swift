import Foundation

/// `[recommendations]`: what a specialist may recommend, as codes with a German and an
/// English label. A label containing `{months}` marks the "present again in N months"
/// kind: recording it needs a month count and creates a follow-up referral that waits
/// until then (issue 7).
public struct RecommendationCatalogue: Sendable, Equatable {
    /// One catalogue entry.
    public struct Entry: Sendable, Equatable {
        /// The code stored with an assessment.
        public let code: RecommendationCode
        /// Labels per language, with `{months}` where the count goes.
        public let labels: [MessageLanguage: String]

        /// Whether recording this recommendation needs a month count.
        public var takesMonths: Bool { labels.values.contains { $0.contains("{months}") } }

        /// The names a specialist may type for it: the labels, and for one that takes
        /// months the label's words before the count ("Erneute Vorstellung in {months}
        /// Monaten" → "Erneute Vorstellung").
        var names: [String] {
            labels.values.flatMap { label in Self.head(of: label).map { [label, $0] } ?? [label] }
        }

        /// The name a reader types in `language`: the label, or for one that takes months
        /// the words before the count.
        public func typedName(in language: MessageLanguage) -> String {
            let label = labels[language] ?? labels[.de] ?? code.value
            return Self.head(of: label) ?? label
        }

        /// A label's words before `{months}` without a trailing preposition, or nil for a
        /// label without the count.
        static func head(of label: String) -> String? {
            guard let range = label.range(of: "{months}") else { return nil }
            var head = String(label[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            for preposition in [" in", " nach", " after"] where head.lowercased().hasSuffix(preposition) {
                head = String(head.dropLast(preposition.count))
            }
            return head
        }

        /// The label for people, with the month count filled in where the entry takes one;
        /// for one month in the singular ("in 1 Monat", "in 1 month"), as the shipped labels
        /// say "in {months} Monaten" / "in {months} months".
        public func label(in language: MessageLanguage, months: Int? = nil) -> String {
            let raw = labels[language] ?? labels[.de] ?? code.value
            if months == 1 {
                return raw.replacingOccurrences(of: "{months} Monaten", with: "1 Monat")
                    .replacingOccurrences(of: "{months} Monate", with: "1 Monat")
                    .replacingOccurrences(of: "{months} months", with: "1 month")
                    .replacingOccurrences(of: "{months}", with: "1")
            }
            return raw.replacingOccurrences(of: "{months}", with: months.map(String.init) ?? "N")
        }
    }

    /// The entries in configuration order.
    public let entries: [Entry]

    /// Creates a catalogue; the configuration parser guarantees unique codes.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// The entry for a code, or nil if the code is not in the catalogue.
    public func entry(_ code: RecommendationCode) -> Entry? {
        entries.first { $0.code == code }
    }

    /// The entry a specialist means by `text`: its code, or its German or English label
    /// in any case ("Ambulante Psychotherapie", "outpatient psychotherapy"); for an entry
    /// that takes months, the label up to the count ("Erneute Vorstellung", "present
    /// again"). German users type the words they read, not the codes.
    public func resolve(_ text: String) -> Entry? {
        if let code = RecommendationCode(text), let entry = entry(code) { return entry }
        let wanted = Self.folded(text)
        guard !wanted.isEmpty else { return nil }
        return entries.first { entry in entry.names.contains { Self.folded($0) == wanted } }
    }

    /// The refusal of `text`, which names no entry, listing what may be typed instead in
    /// each reader's terms: the German labels in German (the words German help offers),
    /// the codes in English. One wording for the model and the daemon's early check.
    public func unknown(_ text: String) -> ModelError {
        let codes = entries.map(\.code.value).joined(separator: ", ")
        let german = entries.map { $0.typedName(in: .de) }.joined(separator: ", ")
        return ModelError(field: "recommendation", en: "\"\(text)\" is not in the catalogue (\(codes))",
                          de: "„\(text)“ steht nicht im Katalog (\(german))")
    }

    /// Text compared without case and with runs of blanks as one space.
    static func folded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Issue 7's defaults, used when the configuration has no `[recommendations]`.
    public static let standard: RecommendationCatalogue = {
        let table: [(String, String, String)] = [
            ("outpatient-psychotherapy", "Ambulante Psychotherapie", "Outpatient psychotherapy"),
            ("psychiatric-treatment", "Psychiatrische Behandlung", "Psychiatric treatment"),
            ("supervised-group", "Angeleitetes Gruppenangebot", "Supervised group offer"),
            ("residential-group", "Stationäres Gruppenangebot", "Residential group"),
            ("psychosocial-centre", "Beratung im Psychosozialen Zentrum", "Counselling at a psychosocial centre"),
            ("social-pedagogical-follow-up", "Sozialpädagogische Begleitung durch das Integrationsmanagement", "Social-pedagogical follow-up by the caseworker"),
            ("no-further-action", "Kein weiterer Handlungsbedarf", "No further action"),
            ("present-again", "Erneute Vorstellung in {months} Monaten", "Present again in {months} months"),
        ]
        return RecommendationCatalogue(entries: table.compactMap { code, de, en in
            RecommendationCode(code).map { Entry(code: $0, labels: [.de: de, .en: en]) }
        })
    }()

    static func parse(_ reader: inout SectionReader) throws(ConfigurationError) -> RecommendationCatalogue {
        var order: [RecommendationCode] = []
        var labels: [RecommendationCode: [MessageLanguage: IniEntry]] = [:]
        for e in reader.entries(withPrefix: "") {
            guard let dot = e.key.lastIndex(of: ".") else {
                throw reader.error(e, de: "schreiben Sie CODE.de oder CODE.en, eine Bezeichnung je Sprache", en: "write CODE.de or CODE.en, one label per language")
            }
            let codeText = String(e.key[..<dot])
            guard let language = MessageLanguage(rawValue: String(e.key[e.key.index(after: dot)...])) else {
                throw reader.error(e, de: "endet weder auf .de noch auf .en", en: "ends in neither .de nor .en")
            }
            guard let code = RecommendationCode(codeText) else {
                throw reader.error(e, de: "„\(codeText)“ ist kein Code einer Empfehlung (Kleinbuchstaben, Ziffern und -)",
                                   en: "\"\(codeText)\" is not a recommendation code (lower-case letters, digits and -)")
            }
            guard !e.value.isEmpty else { throw reader.error(e, de: "hat keinen Wert", en: "has no value") }
            guard e.value.count <= 200 else { throw reader.error(e, de: "ist länger als 200 Zeichen", en: "is longer than 200 characters") }
            if labels[code] == nil { order.append(code) }
            labels[code, default: [:]][language] = e
        }
        var entries: [Entry] = []
        for code in order {
            let byLanguage = labels[code] ?? [:]
            for language in MessageLanguage.allCases where byLanguage[language] == nil {
                if let other = byLanguage.values.first {
                    let languageName = language == .de ? (de: "Deutsch", en: "German") : (de: "Englisch", en: "English")
                    throw reader.error(other, de: "die Empfehlung \(code) hat keine Bezeichnung auf \(languageName.de) (\(code).\(language.rawValue))",
                                       en: "the recommendation \(code) has no label in \(languageName.en) (\(code).\(language.rawValue))")
                }
            }
            let months = byLanguage.values.map { $0.value.contains("{months}") }
            if Set(months).count > 1, let last = byLanguage.values.max(by: { $0.line < $1.line }) {
                throw reader.error(last, de: "{months} muss in jeder Bezeichnung von \(code) stehen oder in keiner",
                                   en: "{months} must appear in every label of \(code) or in none")
            }
            entries.append(Entry(code: code, labels: byLanguage.mapValues(\.value)))
        }
        if entries.isEmpty {
            throw reader.sectionError(de: "der Katalog ist leer; lassen Sie den Abschnitt weg, um die Vorgaben zu nutzen",
                                      en: "the catalogue is empty; leave the section out to use the defaults")
        }
        return RecommendationCatalogue(entries: entries)
    }
}
