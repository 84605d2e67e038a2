import Foundation
import LotseCore
import LotseStore
import LotseVarlink

/// How the handlers ask `ConsentPolicy`: the scopes a client has in force today, the
/// roles in which the caller is related to a record, and the refusal of a use the client
/// has not (or no longer) agreed to.
extension CaseworkCall {
    /// The scopes `client` has in force today (a withdrawal recorded today ends them).
    func scopes(of client: Client) -> Set<ConsentScope> {
        ConsentPolicy.scopes(in: client.consents, on: today)
    }

    /// The scopes in force for a client named by pseudonym; none when it is unknown.
    func scopes(of id: ClientID?, in db: Connection) throws(CaseworkFailure) -> Set<ConsentScope> {
        guard let id else { return Set(ConsentScope.allCases) }
        let found = try store { () throws(StoreError) in try ClientRepository(db).find(id) }
        return found.map(scopes(of:)) ?? []
    }

    /// The scopes that govern `referral`'s fields today (an override counts for `referral`).
    func scopes(of referral: Referral, in db: Connection) throws(CaseworkFailure) -> Set<ConsentScope> {
        guard let id = referral.client else { return Set(ConsentScope.allCases) }
        let found = try store { () throws(StoreError) in try ClientRepository(db).find(id) }
        return ConsentPolicy.scopes(for: referral, consents: found?.consents ?? [], on: today)
    }

    /// The roles in which the caller is related to a record: coordinator when they hold
    /// it, caseworker when they are the client's caseworker, specialist when they hold
    /// the appointment or wrote the assessment, admin otherwise.
    func audiences(caseworker: UserName?, specialistUser: String?) -> Set<Role> {
        var roles: Set<Role> = []
        if seesAll { roles.insert(.coordinator) }
        if caller.roles.contains(.caseworker), let caseworker, caseworker.value == caller.userName { roles.insert(.caseworker) }
        if caller.roles.contains(.specialist), let specialistUser, specialistUser == caller.userName { roles.insert(.specialist) }
        if roles.isEmpty && caller.roles.contains(.admin) { roles.insert(.admin) }
        return roles
    }

    /// Refuses a use of `client`'s data that needs `scope` when it is not in force today.
    func requireConsent(_ scope: ConsentScope, of client: Client) throws(CaseworkFailure) {
        guard scopes(of: client).contains(scope) else {
            throw CaseworkFailure(.noConsent(client: client.id, scope: scope))
        }
    }
}

extension CaseworkCall {
    /// What of a record the caller may see: the fields `ConsentPolicy` allows in the
    /// roles they are related to it, under `scopes`.
    func visibleFields(caseworker: UserName?, specialistUser: String?, scopes: Set<ConsentScope>) -> Set<DisclosedField> {
        ConsentPolicy.visible(to: audiences(caseworker: caseworker, specialistUser: specialistUser), consent: scopes)
    }

    /// Refuses unless someone in `roles` may see `field` of `client`'s record under
    /// `scopes`, naming the first scope that is missing (or denying when no scope would do).
    func requireVisible(_ field: DisclosedField, roles: Set<Role>, scopes: Set<ConsentScope>, client: ClientID) throws(CaseworkFailure) {
        guard !ConsentPolicy.may(roles, consent: scopes, see: field) else { return }
        let missing = roles.compactMap { ConsentPolicy.requirement($0, field) }.flatMap { $0.subtracting(scopes) }.min()
        guard let missing else { throw CaseworkFailure(.denied(recordKind: "client", recordID: client.description)) }
        throw CaseworkFailure(.noConsent(client: client, scope: missing))
    }
}
