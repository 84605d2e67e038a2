import Foundation
import LotseCore

/// Referrals: the waiting list's entries, with their consent basis, screening link and
/// planning preferences.
public struct ReferralRepository {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The referrals as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// A fresh referral id (never reused), for `Referral.submit(id:…)`.
    public func nextID() throws(StoreError) -> ReferralID {
        ReferralID(try IDSequence(db).next("referrals"))
    }

    /// Stores a newly submitted referral. `screeningID` links the stored screening its
    /// urgency came from. A second open referral for the same client is refused with the
    /// id of the first; a consent basis must be a consent recorded for the client.
    public func insert(_ referral: Referral, screeningID: ScreeningID? = nil, now: Date) throws(StoreError) {
        if let client = referral.client, let open = try openReferral(client: client), open.id != referral.id {
            throw StoreError(kind: .invalidValue(field: "client"),
                             message: "Client \(client) already has an open referral (\(open.id)); update or withdraw it instead.",
                             messageDe: "\(client) hat schon eine offene Anmeldung (\(open.id)); ändern oder zurückziehen Sie diese.")
        }
        try checkScreening(referral, screeningID: screeningID)
        let (consentID, overrideReason) = try consentColumns(referral)
        let details = referral.details
        try db.execute("""
            INSERT INTO referrals (id, client, caseworker, municipality, kind, urgency, urgency_reason, screening_id, language,
                                   interpreter, unavailable_dates, preferred_specialist_id, note, status, referred_on, not_before,
                                   consent_id, consent_override_reason, at_head_of_urgency, no_show_count, withdrawal_reason,
                                   created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [referral.id, referral.client, referral.caseworker, referral.municipality, details.kind, details.urgency,
                  details.urgencyReason, screeningID, details.language, details.interpreterNeeded,
                  JSONColumn.encode(details.unavailableDates), details.preferredSpecialist, details.note, referral.status,
                  referral.referredOn, referral.notBefore, consentID, overrideReason, referral.atHeadOfUrgency,
                  referral.noShowCount, referral.withdrawalReason, now, now])
        try saveExcluded(referral)
    }

    /// Writes a changed referral (details while waiting, status moves, no-shows, head of
    /// queue, withdrawal). `screeningID`, when given, replaces the linked screening (a
    /// re-triage); otherwise the link is kept.
    public func update(_ referral: Referral, screeningID: ScreeningID? = nil, now: Date) throws(StoreError) {
        let linked: ScreeningID? = if let screeningID { screeningID } else { try self.screeningID(of: referral.id) }
        try checkScreening(referral, screeningID: linked)
        let details = referral.details
        try db.execute("""
            UPDATE referrals SET kind = ?, urgency = ?, urgency_reason = ?, screening_id = coalesce(?, screening_id), language = ?,
                   interpreter = ?, unavailable_dates = ?, preferred_specialist_id = ?, note = ?, status = ?,
                   at_head_of_urgency = ?, no_show_count = ?, withdrawal_reason = ?, updated_at = ?
            WHERE id = ?
            """, [details.kind, details.urgency, details.urgencyReason, screeningID, details.language, details.interpreterNeeded,
                  JSONColumn.encode(details.unavailableDates), details.preferredSpecialist, details.note, referral.status,
                  referral.atHeadOfUrgency, referral.noShowCount, referral.withdrawalReason, now, referral.id])
        guard db.changedRowCount == 1 else { throw Self.notFound(referral.id) }
        try db.execute("DELETE FROM referral_excluded_specialists WHERE referral_id = ?", [referral.id])
        try saveExcluded(referral)
    }

    /// The referral, or nil.
    public func find(_ id: ReferralID) throws(StoreError) -> Referral? {
        guard let row = try db.fetchOne("SELECT * FROM referrals WHERE id = ?", [id]) else { return nil }
        return try restore(row)
    }

    /// The referral, or a `notFound` error naming it.
    public func referral(_ id: ReferralID) throws(StoreError) -> Referral {
        guard let referral = try find(id) else { throw Self.notFound(id) }
        return referral
    }

    /// The client's open referral (not closed or withdrawn), if any.
    public func openReferral(client: ClientID) throws(StoreError) -> Referral? {
        guard let row = try db.fetchOne("""
            SELECT * FROM referrals WHERE client = ? AND status NOT IN ('closed', 'withdrawn')
            """, [client]) else { return nil }
        return try restore(row)
    }

    /// Referrals filtered by status (any when empty), caseworker (any when nil) and the
    /// month they were referred in (`YYYY-MM`, any when nil), oldest first.
    public func list(statuses: Set<ReferralStatus> = [], caseworker: UserName? = nil, referredIn month: String? = nil) throws(StoreError) -> [Referral] {
        return try db.fetchAll("""
            SELECT * FROM referrals
            WHERE (?1 = '[]' OR status IN (SELECT value FROM json_each(?1)))
              AND (?2 IS NULL OR caseworker = ?2)
              AND (?3 IS NULL OR substr(referred_on, 1, 7) = ?3)
            ORDER BY referred_on, id
            """, [JSONColumn.encode(statuses.map(\.rawValue).sorted()), caseworker, month], restoring: restore)
    }

    /// The waiting list in the model's order: urgency (high first), those returned to the
    /// head of their urgency, then waiting time, then id.
    public func waitingList() throws(StoreError) -> [Referral] {
        return try db.fetchAll("""
            SELECT * FROM referrals WHERE status = 'waiting'
            ORDER BY CASE urgency WHEN 'high' THEN 0 WHEN 'elevated' THEN 1 ELSE 2 END, at_head_of_urgency DESC, referred_on, id
            """, restoring: restore)
    }

    /// The id of the stored screening a referral is linked to, if any.
    public func screeningID(of id: ReferralID) throws(StoreError) -> ScreeningID? {
        try db.fetchValue(ScreeningID.self, "SELECT screening_id FROM referrals WHERE id = ?", [id])
    }

    // MARK: Helpers

    /// A referral's screening result lives in `screenings` (health data); the referral row
    /// only points at it. So the pointer must be given exactly when the referral carries a
    /// result, and must point at a screening of the same client with that very result.
    private func checkScreening(_ referral: Referral, screeningID: ScreeningID?) throws(StoreError) {
        switch (referral.screening, screeningID) {
        case (nil, nil):
            return
        case (nil, .some(let id)):
            throw StoreError(kind: .invalidValue(field: "screening"),
                             message: "Referral \(referral.id) carries no screening result, but screening \(id) was given for it.",
                             messageDe: "Anmeldung \(referral.id) trägt kein Screening-Ergebnis, aber Screening \(id) wurde dazu angegeben.")
        case (.some, nil):
            throw StoreError(kind: .invalidValue(field: "screening"),
                             message: "Referral \(referral.id) carries a screening result; store the screening first and pass its id.",
                             messageDe: "Anmeldung \(referral.id) trägt ein Screening-Ergebnis; speichern Sie zuerst das Screening und geben Sie seine Nummer an.")
        case (.some(let result), .some(let id)):
            guard let record = try ScreeningRepository(db).find(id) else {
                throw StoreError(kind: .notFound(record: "screening", id: id.description), message: "There is no screening \(id).")
            }
            guard record.client == referral.client, record.result == result else {
                throw StoreError(kind: .invalidValue(field: "screening"),
                                 message: "Screening \(id) is not the screening of referral \(referral.id) (another client or another result).",
                                 messageDe: "Screening \(id) gehört nicht zu Anmeldung \(referral.id) (andere Klient:in oder anderes Ergebnis).")
            }
        }
    }

    private func consentColumns(_ referral: Referral) throws(StoreError) -> (Int64?, String?) {
        switch referral.consentBasis {
        case .override(let reason):
            return (nil, reason)
        case .consent(let consent):
            guard let client = referral.client else {
                throw StoreError(kind: .invalidValue(field: "consent"),
                                 message: "Referral \(referral.id) rests on a consent but names no client.",
                                 messageDe: "Anmeldung \(referral.id) stützt sich auf eine Einwilligung, nennt aber keine Klient:in.")
            }
            return (try ClientRepository(db).consentRowID(client: client, consent), nil)
        }
    }

    private func saveExcluded(_ referral: Referral) throws(StoreError) {
        for specialist in referral.details.excludedSpecialists {
            try db.execute("INSERT INTO referral_excluded_specialists (referral_id, specialist_id) VALUES (?, ?)",
                           [referral.id, specialist])
        }
    }

    private func restore(_ row: Row) throws(StoreError) -> Referral {
        let id = try row.decode(ReferralID.self, "id")
        let excluded = try db.fetchAll(
            "SELECT specialist_id FROM referral_excluded_specialists WHERE referral_id = ? ORDER BY specialist_id", [id]
        ) { exclusion throws(StoreError) in try exclusion.decode(SpecialistID.self, "specialist_id") }
        let consentBasis: ConsentBasis
        if let consentID = try row.decodeIfPresent(Int64.self, "consent_id") {
            consentBasis = .consent(try ClientRepository(db).consent(rowID: consentID))
        } else {
            consentBasis = .override(reason: try row.decode(String.self, "consent_override_reason"))
        }
        var screening: ScreeningResult?
        if let screeningID = try row.decodeIfPresent(ScreeningID.self, "screening_id") {
            guard let result = try ScreeningRepository(db).find(screeningID)?.result else {
                throw StoreError(kind: .decoding(column: "screening_id", expected: "ScreeningResult"),
                                 message: "Referral \(id) points at screening \(screeningID), which has no result.")
            }
            screening = result
        }
        let details = ReferralDetails.restored(
            kind: try row.decode(ReferralKind.self, "kind"),
            urgency: try row.decode(Urgency.self, "urgency"),
            urgencyReason: try row.decodeIfPresent(String.self, "urgency_reason"),
            language: try row.decode(LanguageCode.self, "language"),
            interpreterNeeded: try row.decode(Bool.self, "interpreter"),
            unavailableDates: try JSONColumn.values(row, "unavailable_dates") { CalendarDate(iso: $0) },
            preferredSpecialist: try row.decodeIfPresent(SpecialistID.self, "preferred_specialist_id"),
            excludedSpecialists: excluded,
            note: try row.decode(String.self, "note"))
        return Referral.restored(
            id: id,
            client: try row.decodeIfPresent(ClientID.self, "client"),
            caseworker: try row.decode(UserName.self, "caseworker"),
            municipality: try row.decode(MunicipalityID.self, "municipality"),
            referredOn: try row.decode(CalendarDate.self, "referred_on"),
            notBefore: try row.decodeIfPresent(CalendarDate.self, "not_before"),
            consentBasis: consentBasis,
            screening: screening,
            details: details,
            status: try row.decode(ReferralStatus.self, "status"),
            noShowCount: try row.decode(Int.self, "no_show_count"),
            atHeadOfUrgency: try row.decode(Bool.self, "at_head_of_urgency"),
            withdrawalReason: try row.decodeIfPresent(String.self, "withdrawal_reason"))
    }

    static func notFound(_ id: ReferralID) -> StoreError {
        StoreError(kind: .notFound(record: "referral", id: id.description), message: "There is no referral \(id).")
    }
}
