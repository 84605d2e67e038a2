import LotseCore

/// Caseworkers' mail addresses and languages, for the reminders sent to them. Roles come
/// from the configuration; this table only says where a caseworker's mail goes.
public struct CaseworkerRepository {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The caseworkers as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Stores or replaces a caseworker's address and language.
    public func save(_ caseworker: Caseworker) throws(StoreError) {
        try db.execute("""
            INSERT INTO caseworkers (unix_user, email, language) VALUES (?, ?, ?)
            ON CONFLICT (unix_user) DO UPDATE SET email = excluded.email, language = excluded.language
            """, [caseworker.user, caseworker.email, caseworker.language])
    }

    /// The caseworker, or nil when no address is known for `user`.
    public func find(_ user: UserName) throws(StoreError) -> Caseworker? {
        guard let row = try db.fetchOne("SELECT * FROM caseworkers WHERE unix_user = ?", [user]) else { return nil }
        return Caseworker(user: try row.decode(UserName.self, "unix_user"), email: try row.decode(EmailAddress.self, "email"),
                          language: try row.decode(MessageLanguage.self, "language"))
    }

    /// Every caseworker with a known address, by user name.
    public func list() throws(StoreError) -> [Caseworker] {
        var caseworkers: [Caseworker] = []
        for row in try db.fetchAll("SELECT * FROM caseworkers ORDER BY unix_user") {
            caseworkers.append(Caseworker(user: try row.decode(UserName.self, "unix_user"), email: try row.decode(EmailAddress.self, "email"),
                                          language: try row.decode(MessageLanguage.self, "language")))
        }
        return caseworkers
    }
}
