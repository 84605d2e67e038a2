/// A help-plan goal's generated words in both languages.
///
/// An assessment writes goals and a list of agreed steps into the client's help plan in
/// the plan's language (German on a German server): the goal's title is the
/// recommendation's label ("Ambulante Psychotherapie", "Erneute Vorstellung in 3
/// Monaten"), the first goal's notes end in "Schritte: #3 … (anna, Integrationsmanager:in,
/// bis 15.01.2027)". A reader of the other language should not meet German there. What
/// was generated is recognised and worded again in each language; what people wrote
/// stays as written.
public enum GoalWording {
    /// The title in German and English when it is a recommendation's label (with its
    /// month count where the entry takes one); nil for a title someone wrote.
    public static func titles(_ title: String, recommendation: RecommendationCode?,
                              catalogue: RecommendationCatalogue) -> (de: String, en: String)? {
        guard let code = recommendation, let entry = catalogue.entry(code) else { return nil }
        let counts: [Int?] = entry.takesMonths ? (1...24).map { $0 } : [nil]
        for months in counts {
            let de = entry.label(in: .de, months: months), en = entry.label(in: .en, months: months)
            if title == de || title == en { return (de, en) }
        }
        return nil
    }

    /// The step list's words in each language, as `(prefix, due)`: "Schritte: … bis" /
    /// "Steps: … due".
    public static let stepWords: [MessageLanguage: (prefix: String, due: String)] = [.de: ("Schritte: ", "bis"), .en: ("Steps: ", "due")]

    /// Role names as the step list writes them, per language.
    public static let roleNames: [Role: [MessageLanguage: String]] = [
        .caseworker: [.de: "Integrationsmanager:in", .en: "caseworker"],
        .specialist: [.de: "Fachkraft", .en: "specialist"],
        .coordinator: [.de: "Koordination", .en: "coordinator"],
        .admin: [.de: "Administration", .en: "admin"],
    ]

    /// `notes` with its generated step list (the line that starts "Schritte: #" or
    /// "Steps: #") worded in `language`: the prefix, each step's role and "bis"/"due".
    /// Notes without such a line come back unchanged.
    public static func notes(_ notes: String, in language: MessageLanguage) -> String {
        guard let target = stepWords[language] else { return notes }
        var lines = notes.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices {
            guard let source = stepWords.first(where: { lines[index].hasPrefix($0.value.prefix + "#") }) else { continue }
            var line = target.prefix + lines[index].dropFirst(source.value.prefix.count)
            for names in roleNames.values {
                guard let from = names[source.key], let to = names[language] else { continue }
                line = line.replacingOccurrences(of: ", \(from), \(source.value.due) ", with: ", \(to), \(target.due) ")
            }
            lines[index] = line
        }
        return lines.joined(separator: "\n")
    }
}
