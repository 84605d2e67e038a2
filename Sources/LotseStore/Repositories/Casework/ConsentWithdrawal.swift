import LotseCore

/// A client's withdrawal of consent (GDPR Art. 7(3)): every consent still in force is
/// marked withdrawn on a day. The model's `Client` keeps its consents read-only, so the
/// withdrawal is written here, in the caller's transaction, and read back with the client.
public struct ConsentWithdrawal {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// Withdrawals as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Marks the consents of `client` given on or before `date` and not yet withdrawn as
    /// withdrawn on `date`; returns how many.
    @discardableResult
    public func withdraw(client: ClientID, on date: CalendarDate) throws(StoreError) -> Int {
        try db.execute("UPDATE consents SET withdrawn_on = ? WHERE client = ? AND withdrawn_on IS NULL AND given_on <= ?",
                       [date, client, date])
        return db.changedRowCount
    }
}
