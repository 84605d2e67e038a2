/// The language a reminder is written in: the recipient's, chosen per recipient in the
/// configuration, because caseworkers and specialists do not all read German.
public enum MailLanguage: String, Sendable, Codable, CaseIterable, Hashable {
    /// German; the templates under `Config/mail/de/`.
    case german = "de"
    /// English; the templates under `Config/mail/en/`.
    case english = "en"
}
