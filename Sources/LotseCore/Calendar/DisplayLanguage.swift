/// The language text for people is written in. Lives in the core (which cannot see the
/// CLI's `OutputLanguage`) so that errors and exports can be German or English; the raw
/// values match the CLI's, so `DisplayLanguage(rawValue: outputLanguage.rawValue)` maps them.
public enum DisplayLanguage: String, Sendable, Hashable, CaseIterable {
    /// German, the language of the people Lotse is for.
    case german = "de"
    /// English.
    case english = "en"

    /// Picks the German or English text.
    public func pick(de: String, en: String) -> String { self == .german ? de : en }
}
