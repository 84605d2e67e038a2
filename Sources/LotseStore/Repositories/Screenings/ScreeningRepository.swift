import Foundation
import LotseCore

/// Screenings (health data): acute-risk answers, item answers and the scored result, in
/// their own table so that only the roles allowed to see health data ever read them.
public struct ScreeningRepository {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The screenings as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// A fresh screening id (never reused), for `Screening.perform(id:…)`.
    public func nextID() throws(StoreError) -> ScreeningID {
        ScreeningID(try IDSequence(db).next("screenings"))
    }

    /// Stores a screening of a known client.
    public func insert(_ screening: Screening, now: Date) throws(StoreError) {
        guard try ClientRepository(db).exists(screening.client) else { throw ClientRepository.notFound(screening.client) }
        let result = screening.result
        try db.execute("""
            INSERT INTO screenings (id, client, caseworker, performed_on, suicidality, danger_to_others, instrument, answers, outcome,
                                    score, band, positive, positive_by_item_rule, urgency, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [screening.id, screening.client, screening.caseworker, screening.performedOn, screening.acuteRisk.suicidality,
                  screening.acuteRisk.dangerToOthers, screening.instrument, JSONColumn.encode(screening.answers.map { Int64($0) }),
                  result == nil ? "escalated" : "scored", result?.score, result?.band, result?.positive, result?.positiveByItemRule,
                  result?.urgency, now])
    }

    /// One screening, or nil.
    public func find(_ id: ScreeningID) throws(StoreError) -> Screening? {
        guard let row = try db.fetchOne("SELECT * FROM screenings WHERE id = ?", [id]) else { return nil }
        return try Self.restore(row)
    }

    /// A client's screenings, oldest first.
    public func list(client: ClientID) throws(StoreError) -> [Screening] {
        return try db.fetchAll("SELECT * FROM screenings WHERE client = ? ORDER BY performed_on, id", [client], restoring: Self.restore)
    }

    static func restore(_ row: Row) throws(StoreError) -> Screening {
        let outcome: Screening.Outcome
        if try row.decode(String.self, "outcome") == "scored" {
            outcome = .scored(ScreeningResult(
                instrument: try row.decode(String.self, "instrument"),
                score: try row.decode(Int.self, "score"),
                band: try row.decode(String.self, "band"),
                positive: try row.decode(Bool.self, "positive"),
                positiveByItemRule: try row.decode(Bool.self, "positive_by_item_rule"),
                urgency: try row.decode(Urgency.self, "urgency")))
        } else {
            outcome = .escalated
        }
        return Screening.restored(
            id: try row.decode(ScreeningID.self, "id"),
            client: try row.decode(ClientID.self, "client"),
            caseworker: try row.decode(UserName.self, "caseworker"),
            performedOn: try row.decode(CalendarDate.self, "performed_on"),
            acuteRisk: AcuteRiskAnswers(suicidality: try row.decode(Bool.self, "suicidality"),
                                        dangerToOthers: try row.decode(Bool.self, "danger_to_others")),
            instrument: try row.decode(String.self, "instrument"),
            answers: try JSONColumn.integers(row, "answers").map { Int($0) },
            outcome: outcome)
    }
}
