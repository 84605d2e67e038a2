/// One piece of user-visible text in German and English, kept together so that no
/// declaration can give one language and forget the other.
public struct Bilingual: Sendable, Equatable {
    /// The German text.
    public let de: String
    /// The English text.
    public let en: String

    /// Creates the pair.
    public init(de: String, en: String) {
        self.de = de
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: OutputLanguage) -> String { language.pick(de: de, en: en) }
}
