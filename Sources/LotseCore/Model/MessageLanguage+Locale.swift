extension MessageLanguage {
    /// The language a person asked for through the POSIX locale: the first of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` that is set and non-empty; German for any value beginning
    /// with `de` (`de_DE.UTF-8`), English for everything else (`C`, `POSIX`, `en_GB`) and
    /// when none is set. Foundation's `Locale.current` ignores `LANG` on Linux, so `lotse`
    /// and `lotsed` both decide by this one rule.
    public static func fromLocale(_ environment: [String: String]) -> MessageLanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("de") ? .de : .en
            }
        }
        return .en
    }
}
