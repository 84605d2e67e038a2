extension MessageLanguage {
    /// Picks the German or English text, so that each message is written once in both
    /// languages at the place it is used.
    public func pick(de: String, en: String) -> String { self == .de ? de : en }
}
