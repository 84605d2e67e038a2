import LotseCore
import LotseStore
import LotseVarlink

/// Why a caseworker-side call (referrals, screening, help plans) failed, before it is
/// turned into the interface's varlink error. Thrown out of `Database.write`/`read`, so
/// the transaction rolls back and nothing changes.
struct CaseworkFailure: Error, StoreErrorConvertible {
    /// What went wrong.
    enum Kind {
        /// A value the caller gave is wrong: the field, and one sentence in each language.
        case invalid(field: String, english: String, german: String)
        /// The caller may not see or change this record. For a caseworker this is also the
        /// answer for a pseudonym or referral that does not exist, so that the answer never
        /// reveals whether another caseworker's client exists.
        case denied(recordKind: String, recordID: String)
        /// The record (`client`, `referral`, `session`, `follow-up step` …) does not exist;
        /// only said to roles that may see every record.
        case notFound(record: String, id: String)
        /// The client already has an open referral.
        case openReferralExists(client: ClientID, referral: Int64)
        /// The referral is no longer waiting and cannot be changed.
        case notWaiting(referral: Int64, status: String)
        /// The account created as many clients within the last hour as
        /// `[daemon] new_clients_per_hour` allows; another is possible after `retryAfter` seconds.
        case tooManyNewClients(limit: Int, retryAfter: Int)
        /// The use needs a consent scope the client has not in force today (never given,
        /// or withdrawn); the refusal is audited.
        case noConsent(client: ClientID, scope: ConsentScope)
        /// The account raised as many acute-risk alerts for pseudonyms that are not its
        /// own clients within the last hour as `[emergency] alerts_per_hour` allows.
        case tooManyAlerts(limit: Int, retryAfter: Int)
        /// The store failed.
        case store(StoreError)
    }

    /// What went wrong.
    let kind: Kind

    init(_ kind: Kind) { self.kind = kind }

    init(storeError: StoreError) { kind = .store(storeError) }

    /// A bad value of `field`, worded in both languages.
    static func invalid(_ field: String, en: String, de: String) -> CaseworkFailure {
        CaseworkFailure(.invalid(field: field, english: en, german: de))
    }

    /// A refusal by the model: the field it names and its message in both languages.
    static func model(_ error: ModelError) -> CaseworkFailure {
        CaseworkFailure(.invalid(field: error.field, english: error.message, german: error.messageDe))
    }

    /// The varlink error of `interface` (e.g. `org.lotse.Referrals`) for this failure.
    func varlinkError(interface: String) -> VarlinkError {
        switch kind {
        case .invalid(let field, let english, let german):
            return VarlinkError("\(interface).InvalidValue", parameters: [
                "field": .string(field), "message": .string(english), "messageDe": .string(german),
            ])
        case .denied:
            return .permissionDenied
        case .noConsent(let client, let scope):
            return VarlinkError("\(interface).InvalidValue", parameters: [
                "field": "consent",
                "message": .string("no consent to \(scope.rawValue) is in force for \(client) today; record it first (lotse client consent \(client) --date DD.MM.YYYY --scope \(scope.rawValue))"),
                "messageDe": .string("für \(client) gilt heute keine Einwilligung in „\(scope.rawValue)“; erfassen Sie sie zuerst (lotse client consent \(client) --date TT.MM.JJJJ --scope \(scope.rawValue))"),
            ])
        case .notFound(let record, let id):
            return RecordNotFound.error(interface, record, id)
        case .openReferralExists(let client, let referral):
            return VarlinkError("\(interface).OpenReferralExists", parameters: [
                "client": .string(client.description), "referral": .integer(referral),
            ])
        case .notWaiting(let referral, let status):
            return VarlinkError("\(interface).NotWaiting", parameters: ["id": .integer(referral), "status": .string(status)])
        case .tooManyNewClients(let limit, let retryAfter):
            return VarlinkError("\(interface).TooManyNewClients", parameters: [
                "limit": .integer(Int64(limit)), "retryAfterSeconds": .integer(Int64(retryAfter)),
            ])
        case .tooManyAlerts(let limit, let retryAfter):
            return VarlinkError("\(interface).TooManyAlerts", parameters: [
                "limit": .integer(Int64(limit)), "retryAfterSeconds": .integer(Int64(retryAfter)),
            ])
        case .store(let error):
            return .databaseError(interface, error)
        }
    }
}
