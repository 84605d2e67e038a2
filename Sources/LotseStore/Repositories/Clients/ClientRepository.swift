import Foundation
import LotseCore

/// Clients (pseudonyms only) and their consents.
///
/// Takes the caller's `Connection`, so a client change, its audit entry and any reminder
/// commit together in the caller's transaction.
public struct ClientRepository {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The clients as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Issues the next unused pseudonym `K-YYYY-NNNN` of `year`. Numbers come from a
    /// sequence and are never reused (not even after a purge); numbers a caseworker
    /// already took by hand are skipped. With a high-water `mark` (a file outside the
    /// database), the number also lies above every number the mark has seen — after a
    /// restore of an older backup the sequence restarts lower, the mark does not — and
    /// the mark is raised on disk before the pseudonym is returned.
    public func issuePseudonym(year: Int, mark: PseudonymHighWaterMark? = nil) throws(StoreError) -> ClientID {
        let sequence = IDSequence(db)
        let name = "client-\(year)"
        while true {
            var number = try sequence.next(name)
            if let mark, number <= Int64(mark.mark(year: year)) {
                number = Int64(mark.mark(year: year)) + 1
                try sequence.advance(name, to: number)
            }
            guard let id = ClientID(year: year, number: Int(number)) else {
                throw StoreError(kind: .invalidValue(field: "pseudonym"),
                                 message: "No pseudonym is left for \(year): K-\(year)-\(ClientID.maxNumber) has been issued.",
                                 messageDe: "Für \(year) ist kein Pseudonym mehr frei: K-\(year)-\(ClientID.maxNumber) ist vergeben.")
            }
            if try !exists(id), try RetiredPseudonyms(db).reason(id, mark: nil) != .purged {
                try mark?.raise(year: year, to: Int(number))
                return id
            }
        }
    }

    /// True when a client with this pseudonym is stored.
    public func exists(_ id: ClientID) throws(StoreError) -> Bool {
        try db.fetchValue(Int.self, "SELECT count(*) FROM clients WHERE pseudonym = ?", [id]) == 1
    }

    /// Stores a new client with its consents (recorded by `user` at `now`). A pseudonym
    /// that is already taken is refused with a clear error.
    public func insert(_ client: Client, by user: UserName, now: Date) throws(StoreError) {
        guard try !exists(client.id) else {
            throw StoreError(kind: .invalidValue(field: "pseudonym"), message: "The pseudonym \(client.id) is already in use.",
                             messageDe: "Das Pseudonym \(client.id) ist schon vergeben.")
        }
        try db.execute("""
            INSERT INTO clients (pseudonym, caseworker, municipality, status, opened_on, closed_on, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [client.id, client.caseworker, client.municipality, client.status, client.openedOn, client.closedOn, now])
        try saveConsents(client, by: user, now: now)
    }

    /// Writes a changed client: caseworker (hand-over), status and closing date, and its
    /// consents (new ones appended, withdrawals recorded).
    public func update(_ client: Client, by user: UserName, now: Date) throws(StoreError) {
        try db.execute("UPDATE clients SET caseworker = ?, status = ?, closed_on = ? WHERE pseudonym = ?",
                       [client.caseworker, client.status, client.closedOn, client.id])
        guard db.changedRowCount == 1 else { throw Self.notFound(client.id) }
        try saveConsents(client, by: user, now: now)
    }

    /// The client, or nil when the pseudonym is unknown.
    public func find(_ id: ClientID) throws(StoreError) -> Client? {
        guard let row = try db.fetchOne("SELECT * FROM clients WHERE pseudonym = ?", [id]) else { return nil }
        return try restore(row)
    }

    /// The client, or a `notFound` error naming the pseudonym.
    public func client(_ id: ClientID) throws(StoreError) -> Client {
        guard let client = try find(id) else { throw Self.notFound(id) }
        return client
    }

    /// Clients of one caseworker (or all when nil), by pseudonym.
    public func list(caseworker: UserName? = nil) throws(StoreError) -> [Client] {
        return try db.fetchAll("SELECT * FROM clients WHERE ?1 IS NULL OR caseworker = ?1 ORDER BY pseudonym", [caseworker],
                               restoring: restore)
    }

    /// Closed clients whose data is due for deletion on `date`: closed on or before
    /// `date` minus `monthsAfterClose` months (the model's `isDueForPurge`).
    public func dueForPurge(on date: CalendarDate, monthsAfterClose: Int) throws(StoreError) -> [ClientID] {
        var due: [ClientID] = []
        for client in try closedClients() where client.isDueForPurge(on: date, monthsAfterClose: monthsAfterClose) {
            due.append(client.id)
        }
        return due
    }

    /// Retention: deletes the client and, by cascade, its consents, screenings, referrals,
    /// appointments, assessments, follow-up steps, help plan and mail, and every other mail
    /// that names it (session lists, alerts: `Outbox.deleteMentioning`); appends a
    /// `client.purge` audit entry that keeps only that a deletion happened (not of whom),
    /// empties the audit log of the client (`AuditLog.forget`), and retires
    /// the pseudonym (`RetiredPseudonyms`: never issued or chosen again). Returns
    /// false (and appends nothing) when the pseudonym is unknown.
    ///
    /// The freed bytes are overwritten because the writer runs with `secure_delete`; the
    /// caller ends the purge with `Database.checkpointAndTruncate()` so that the old
    /// versions of the pages leave the write-ahead log as well.
    @discardableResult
    public func purge(_ id: ClientID, audit: AuditEntry) throws(StoreError) -> Bool {
        guard try exists(id) else { return false }
        let records = try auditRecords(of: id)
        let mails = try Outbox(db).deleteMentioning(id)
        try db.execute("DELETE FROM clients WHERE pseudonym = ?", [id])
        guard db.changedRowCount == 1 else { return false }
        try RetiredPseudonyms(db).retire(id)
        let log = AuditLog(db)
        try log.forget(clients: [id], records: records)
        // The purge's own entry says that a case was deleted, never which one.
        var entry = audit
        entry.action = "client.purge"
        entry.recordKind = "client"
        entry.recordID = nil
        entry.detail = "\(EnglishCount.of(mails, "mail")) deleted with it"
        try log.append(entry)
        return true
    }

    /// The records of `id` that audit entries name by number: the client itself and its
    /// referrals, appointments and assessments, read before the cascade deletes them.
    private func auditRecords(of id: ClientID) throws(StoreError) -> Set<AuditRecordKey> {
        var records: Set<AuditRecordKey> = [AuditRecordKey(kind: "client", id: id.description)]
        for (kind, sql) in [("referral", "SELECT id FROM referrals WHERE client = ?"),
                            ("appointment", "SELECT a.id FROM appointments a JOIN referrals r ON r.id = a.referral_id WHERE r.client = ?"),
                            ("assessment", "SELECT s.id FROM assessments s JOIN referrals r ON r.id = s.referral_id WHERE r.client = ?")] {
            for row in try db.fetchAll(sql, [id]) {
                records.insert(AuditRecordKey(kind: kind, id: String(try row.decode(Int64.self, "id"))))
            }
        }
        return records
    }

    /// The stored row id of the consent that `consent` is, for a referral to point at.
    func consentRowID(client: ClientID, _ consent: Consent) throws(StoreError) -> Int64 {
        guard let id = try db.fetchValue(Int64.self, """
            SELECT id FROM consents WHERE client = ? AND given_on = ? AND scope = ? ORDER BY id LIMIT 1
            """, [client, consent.givenOn, Self.scopeJSON(consent.scope)]) else {
            throw StoreError(kind: .invalidValue(field: "consent"),
                             message: "The consent of \(consent.givenOn) is not recorded for client \(client); record it before referring.",
                             messageDe: "Die Einwilligung vom \(consent.givenOn.displayText) ist für \(client) nicht erfasst; erfassen Sie sie vor der Anmeldung.")
        }
        return id
    }

    /// The stored consent with this row id, for rebuilding a referral's consent basis.
    func consent(rowID: Int64) throws(StoreError) -> Consent {
        guard let row = try db.fetchOne("SELECT * FROM consents WHERE id = ?", [rowID]) else {
            throw StoreError(kind: .notFound(record: "consent", id: String(rowID)), message: "There is no stored consent \(rowID).")
        }
        return try Self.consent(row)
    }

    // MARK: Helpers

    private func closedClients() throws(StoreError) -> [Client] {
        return try db.fetchAll("SELECT * FROM clients WHERE status = 'closed' ORDER BY closed_on, pseudonym", restoring: restore)
    }

    private func saveConsents(_ client: Client, by user: UserName, now: Date) throws(StoreError) {
        let stored = try db.fetchAll("SELECT id FROM consents WHERE client = ? ORDER BY id", [client.id])
        for (index, consent) in client.consents.enumerated() {
            if index < stored.count {
                try db.execute("UPDATE consents SET withdrawn_on = ? WHERE id = ?",
                               [consent.withdrawnOn, try stored[index].decode(Int64.self, "id")])
            } else {
                try db.execute("""
                    INSERT INTO consents (client, given_on, scope, withdrawn_on, on_paper, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, [client.id, consent.givenOn, Self.scopeJSON(consent.scope), consent.withdrawnOn, consent.onPaper, user, now])
            }
        }
    }

    private func restore(_ row: Row) throws(StoreError) -> Client {
        let pseudonym = try row.decode(ClientID.self, "pseudonym")
        let consents = try db.fetchAll("SELECT * FROM consents WHERE client = ? ORDER BY id", [pseudonym], restoring: Self.consent)
        return Client.restored(
            id: pseudonym,
            caseworker: try row.decode(UserName.self, "caseworker"),
            municipality: try row.decode(MunicipalityID.self, "municipality"),
            openedOn: try row.decode(CalendarDate.self, "opened_on"),
            status: try row.decode(ClientStatus.self, "status"),
            closedOn: try row.decodeIfPresent(CalendarDate.self, "closed_on"),
            consents: consents)
    }

    static func consent(_ row: Row) throws(StoreError) -> Consent {
        Consent.restored(
            givenOn: try row.decode(CalendarDate.self, "given_on"),
            scope: Set(try JSONColumn.values(row, "scope") { ConsentScope(rawValue: $0) }),
            withdrawnOn: try row.decodeIfPresent(CalendarDate.self, "withdrawn_on"),
            onPaper: try row.decode(Int64.self, "on_paper") != 0,
            recordedAt: try row.decode(Date.self, "recorded_at"))
    }

    static func scopeJSON(_ scope: Set<ConsentScope>) -> String {
        JSONColumn.encode(scope.map(\.rawValue).sorted())
    }

    static func notFound(_ id: ClientID) -> StoreError {
        StoreError(kind: .notFound(record: "client", id: id.description), message: "There is no client \(id).")
    }
}
