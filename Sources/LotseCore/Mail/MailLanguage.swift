/// The language a reminder is written in: the recipient's, chosen per recipient in the
/// configuration, because caseworkers and specialists do not all read German.
public enum MailLanguage: String, Sendable, Codable, CaseIterable, Hashable {
    /// German; the templates under `Config/mail/de/`.
    case german = "de"
    /// English; the templates under `Config/mail/en/`.
    case english = "en"
}

extension MailLanguage {
    /// The mail language for a configured message language (`[mail] language`, a
    /// caseworker's choice); both name the same two languages.
    public init(_ language: MessageLanguage) {
        switch language {
        case .de: self = .german
        case .en: self = .english
        }
    }
}

extension MailAddress {
    /// Re-checks a configured address with the stricter rules for sendmail arguments and
    /// headers (a single dot-atom `addr-spec`).
    public init(_ address: EmailAddress) throws(MailAddressError) {
        try self.init(validating: address.value)
    }
}

extension MessageLanguage {
    /// The configured message language a mail is written in; both name the same two
    /// languages (the outbox stores it as `de` / `en`).
    public init(_ language: MailLanguage) {
        switch language {
        case .german: self = .de
        case .english: self = .en
        }
    }
}
