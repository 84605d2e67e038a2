import LotseCore

/// A caseworker's entry as a coordinator keeps it: the account, where its mail goes (none
/// when the address was cleared) and the language of its mail and of the help-plan goals
/// written for its clients. Mail is sent only through entries with an address
/// (`Caseworker`); the entry without one still carries the language.
public struct CaseworkerEntry: Sendable, Equatable {
    /// The Unix user.
    public let user: UserName
    /// Where reminders go; nil when cleared.
    public var email: EmailAddress?
    /// Language of mail and generated help-plan text.
    public var language: MessageLanguage

    /// Creates an entry.
    public init(user: UserName, email: EmailAddress?, language: MessageLanguage) {
        self.user = user
        self.email = email
        self.language = language
    }

    /// The mail recipient form, when the entry has an address.
    public var caseworker: Caseworker? {
        email.map { Caseworker(user: user, email: $0, language: language) }
    }
}
