/// An integration caseworker as Lotse needs to know them: the Unix user they log in as,
/// where reminders go, and in which language.
public struct Caseworker: Sendable, Equatable, Codable {
    /// The Unix user; the key everything else refers to.
    public let user: UserName
    /// Where reminders go.
    public var email: EmailAddress
    /// Language of their reminders.
    public var language: MessageLanguage

    /// Creates a caseworker record.
    public init(user: UserName, email: EmailAddress, language: MessageLanguage) {
        self.user = user
        self.email = email
        self.language = language
    }
}
