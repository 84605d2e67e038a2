import Foundation
import LotseCore

/// Screenings (health data): answers and results, in their own table.
public struct ScreeningRepository {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The screenings as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Stores a screening of a known client and returns its id.
    @discardableResult
    public func record(client: ClientID, answers: [Int], acuteRisk: Bool, result: ScreeningResult,
                       screenedOn: CalendarDate, by user: UserName, at now: Date) throws(StoreError) -> Int64 {
        guard try ClientRepository(db).exists(client) else { throw ClientRepository.notFound(client) }
        try db.execute("""
            INSERT INTO screenings (client, instrument, answers, acute_risk, score, band, positive, positive_by_item_rule,
                                    urgency, screened_on, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [client, result.instrument, JSONColumn.encode(answers.map { Int64($0) }), acuteRisk, result.score, result.band,
                  result.positive, result.positiveByItemRule, result.urgency, screenedOn, user, now])
        return db.lastInsertedRowID
    }

    /// One screening, or nil.
    public func find(_ id: Int64) throws(StoreError) -> ScreeningRecord? {
        guard let row = try db.fetchOne("SELECT * FROM screenings WHERE id = ?", [id]) else { return nil }
        return try Self.restore(row)
    }

    /// A client's screenings, oldest first.
    public func list(client: ClientID) throws(StoreError) -> [ScreeningRecord] {
        var records: [ScreeningRecord] = []
        for row in try db.fetchAll("SELECT * FROM screenings WHERE client = ? ORDER BY id", [client]) {
            records.append(try Self.restore(row))
        }
        return records
    }

    /// The scored result of a stored screening (what a referral carries).
    func result(_ id: Int64) throws(StoreError) -> ScreeningResult {
        guard let record = try find(id) else {
            throw StoreError(kind: .notFound(record: "screening", id: String(id)), message: "There is no screening \(id).")
        }
        return record.result
    }

    static func restore(_ row: Row) throws(StoreError) -> ScreeningRecord {
        let result = ScreeningResult(
            instrument: try row.decode(String.self, "instrument"),
            score: try row.decode(Int.self, "score"),
            band: try row.decode(String.self, "band"),
            positive: try row.decode(Bool.self, "positive"),
            positiveByItemRule: try row.decode(Bool.self, "positive_by_item_rule"),
            urgency: try row.decode(Urgency.self, "urgency"))
        return ScreeningRecord(
            id: try row.decode(Int64.self, "id"),
            client: try row.decode(ClientID.self, "client"),
            answers: try JSONColumn.integers(row, "answers").map { Int($0) },
            acuteRisk: try row.decode(Bool.self, "acute_risk"),
            result: result,
            screenedOn: try row.decode(CalendarDate.self, "screened_on"),
            recordedBy: try row.decode(UserName.self, "recorded_by"),
            recordedAt: try row.decode(Date.self, "recorded_at"))
    }
}
