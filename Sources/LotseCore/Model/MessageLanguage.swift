/// The languages Lotse speaks to people in (mail, CLI, emergency text). Distinct from
/// `LanguageCode`, which names the language a *client* needs in the consultation.
public enum MessageLanguage: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable {
    /// German, the working language of the district offices.
    case de
    /// English, for staff who prefer it.
    case en
}
