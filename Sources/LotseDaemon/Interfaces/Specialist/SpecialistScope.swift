import Foundation
import LotseCore
import LotseStore
import LotseVarlink

/// The scope rules of the specialist-side interfaces (issue 7), on top of the caseworker
/// interfaces' `CaseworkCall`: a specialist sees only the appointments of their own
/// sessions and the clients booked there; a coordinator sees every appointment; a
/// caseworker sees the appointments of their own referrals. Anything else is the same
/// denial whether or not the record exists, and the denial is audited.
extension CaseworkCall {
    /// Whether the caller is the specialist holding `entry`'s session.
    func isSpecialist(of entry: AgendaEntry) -> Bool {
        caller.roles.contains(.specialist) && entry.specialistUser == caller.userName
    }

    /// Whether the caller is the caseworker of `referral`.
    func isCaseworker(of referral: Referral) -> Bool {
        caller.roles.contains(.caseworker) && referral.caseworker.value == caller.userName
    }

    /// Runs a store call inside a handler, turning its error into a `CaseworkFailure`.
    func store<T>(_ body: () throws(StoreError) -> T) throws(CaseworkFailure) -> T {
        do { return try body() } catch { throw CaseworkFailure(storeError: error) }
    }

    /// The appointment `id` with its referral, if the caller may act on it: its session's
    /// specialist, a coordinator, or (when `caseworkerToo`) the referral's caseworker.
    func accessibleAppointment(_ id: Int64, in db: Connection, caseworkerToo: Bool = false) throws(CaseworkFailure) -> (AgendaEntry, Referral) {
        let found = try store { () throws(StoreError) in try SpecialistAgenda(db).entry(appointment: id) }
        guard let entry = found else {
            if seesAll { throw CaseworkFailure(.notFound(record: "appointment", id: String(id))) }
            throw CaseworkFailure(.denied(recordKind: "appointment", recordID: String(id)))
        }
        let referral = try store { () throws(StoreError) in try ReferralRepository(db).referral(entry.referral) }
        guard seesAll || isSpecialist(of: entry) || (caseworkerToo && isCaseworker(of: referral)) else {
            throw CaseworkFailure(.denied(recordKind: "appointment", recordID: String(id)))
        }
        return (entry, referral)
    }

    /// Refuses, as a denial, a client the caller may not read about: their own client (a
    /// coordinator: any) or, for a specialist, a client booked in one of their sessions.
    func requireVisibleClient(_ client: ClientID, in db: Connection) throws(CaseworkFailure) {
        // One who sees every record hears that a client does not exist (as `client show`
        // says it), rather than an empty list that reads like "no assessments yet".
        if seesAll { _ = try accessibleClient(client, in: db); return }
        if (try? accessibleClient(client, in: db)) != nil { return }
        if caller.roles.contains(.specialist),
           try store({ () throws(StoreError) in try SpecialistAgenda(db).specialist(caller.userName, sees: client) }) { return }
        throw CaseworkFailure(.denied(recordKind: "client", recordID: client.description))
    }

    /// The specialist's own entries only, unless the caller is a coordinator.
    var agendaUser: String? { seesAll ? nil : caller.userName }
}
