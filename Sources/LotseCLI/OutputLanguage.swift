import LotseCore

/// The language the CLI speaks to people. Foundation's `Locale.current` ignores `LANG`
/// on Linux, so the POSIX variables are read here by hand, in POSIX order of precedence.
public enum OutputLanguage: String, Sendable {
    /// German, for any locale beginning with `de`.
    case german = "de"
    /// English, for everything else (including `C` and `POSIX`).
    case english = "en"

    /// The language from `LC_ALL`, `LC_MESSAGES`, `LANG` — the first that is set and non-empty.
    /// The rule is `MessageLanguage.fromLocale`, which lotsed follows too.
    public static func from(environment: [String: String]) -> OutputLanguage {
        MessageLanguage.fromLocale(environment) == .de ? .german : .english
    }

    /// Picks the German or English text.
    public func pick(de: String, en: String) -> String { self == .german ? de : en }
}
