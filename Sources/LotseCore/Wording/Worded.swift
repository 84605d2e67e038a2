/// A closed set of codes people read in words (statuses, kinds, urgencies, outcomes): the
/// words are a table per type, in the glossary's terms, and one function reads them, so
/// that adding a type adds data, not another switch.
public protocol Worded: Hashable, RawRepresentable where RawValue == String {
    /// The German and English words for each value.
    static var words: [Self: (de: String, en: String)] { get }
}

extension Worded {
    /// The value in words (`terminiert`, `scheduled`); its code where the table lacks it.
    public func name(in language: MessageLanguage) -> String {
        guard let word = Self.words[self] else { return rawValue }
        return language.pick(de: word.de, en: word.en)
    }
}
