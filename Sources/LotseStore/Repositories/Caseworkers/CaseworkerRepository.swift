import LotseCore

/// Caseworkers' mail addresses and languages, for the reminders sent to them. Roles come
/// from the configuration; this table only says where a caseworker's mail goes. An entry
/// may have its address cleared: it then keeps its language, and no mail goes out.
public struct CaseworkerRepository {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The caseworkers as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Stores or replaces a caseworker's address and language.
    public func save(_ caseworker: Caseworker) throws(StoreError) {
        try save(CaseworkerEntry(user: caseworker.user, email: caseworker.email, language: caseworker.language))
    }

    /// Stores or replaces an entry; a nil address clears the one recorded.
    public func save(_ entry: CaseworkerEntry) throws(StoreError) {
        try db.execute("""
            INSERT INTO caseworkers (unix_user, email, language) VALUES (?, ?, ?)
            ON CONFLICT (unix_user) DO UPDATE SET email = excluded.email, language = excluded.language
            """, [entry.user, entry.email, entry.language])
    }

    /// The caseworker, or nil when no address is known for `user` (mail goes nowhere).
    public func find(_ user: UserName) throws(StoreError) -> Caseworker? {
        try entry(user)?.caseworker
    }

    /// The entry, with or without an address, or nil when there is none.
    public func entry(_ user: UserName) throws(StoreError) -> CaseworkerEntry? {
        guard let row = try db.fetchOne("SELECT * FROM caseworkers WHERE unix_user = ?", [user]) else { return nil }
        return try Self.restore(row)
    }

    /// Every caseworker with a known address, by user name.
    public func list() throws(StoreError) -> [Caseworker] {
        try entries().compactMap(\.caseworker)
    }

    /// Every entry, with or without an address, by user name.
    public func entries() throws(StoreError) -> [CaseworkerEntry] {
        return try db.fetchAll("SELECT * FROM caseworkers ORDER BY unix_user", restoring: Self.restore)
    }

    /// Deletes the entry; false when there was none.
    @discardableResult
    public func remove(_ user: UserName) throws(StoreError) -> Bool {
        try db.execute("DELETE FROM caseworkers WHERE unix_user = ?", [user])
        return db.changedRowCount == 1
    }

    /// How many active (not closed) clients `user` is the caseworker of.
    public func activeClientCount(_ user: UserName) throws(StoreError) -> Int {
        try db.fetchValue(Int.self, "SELECT count(*) FROM clients WHERE caseworker = ? AND status = 'active'", [user]) ?? 0
    }

    private static func restore(_ row: Row) throws(StoreError) -> CaseworkerEntry {
        CaseworkerEntry(user: try row.decode(UserName.self, "unix_user"), email: try row.decodeIfPresent(EmailAddress.self, "email"),
                        language: try row.decode(MessageLanguage.self, "language"))
    }
}
