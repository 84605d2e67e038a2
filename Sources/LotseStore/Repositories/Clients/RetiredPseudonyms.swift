import Foundation
import LotseCore

/// Pseudonyms that must never name a second person: those the retention purge deleted
/// (kept only as a keyed digest, so the database holds no readable list of them) and
/// every number up to the year's high-water mark.
///
/// Why: the pseudonym is what the caseworker's own files outside Lotse, letters and a
/// printed roster name; a new client under the same pseudonym would make them point at a
/// different person.
public struct RetiredPseudonyms {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The retired pseudonyms as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Records that `id` was purged (in the purge's transaction).
    public func retire(_ id: ClientID) throws(StoreError) {
        try db.execute("INSERT OR IGNORE INTO retired_pseudonyms (digest) VALUES (?)", [try digest(id)])
    }

    /// Why `id` may not be opened again, or nil when it never named anyone: it was purged,
    /// or its number lies at or below the highest one issued for its year (the database's
    /// sequence, or the high-water `mark` kept beside it, which outlives a restore of an
    /// older backup) — every such number was given to someone, by the sequence or by hand.
    /// Call it only for a pseudonym that is not stored now.
    public func reason(_ id: ClientID, mark: PseudonymHighWaterMark?) throws(StoreError) -> Reason? {
        if try db.fetchValue(Int.self, "SELECT count(*) FROM retired_pseudonyms WHERE digest = ?", [try digest(id)]) ?? 0 > 0 {
            return .purged
        }
        let sequence = try db.fetchValue(Int64.self, "SELECT last FROM id_sequences WHERE name = ?", ["client-\(id.year)"]) ?? 0
        let highest = max(Int(sequence), mark?.mark(year: id.year) ?? 0)
        return id.number <= highest ? .issued(highest: highest) : nil
    }

    /// Why a pseudonym is retired.
    public enum Reason: Sendable, Equatable {
        /// Its client was purged.
        case purged
        /// Its number was issued (the year's highest is `highest`).
        case issued(highest: Int)
    }

    private func digest(_ id: ClientID) throws(StoreError) -> Data {
        guard let key = try db.fetchValue(Data.self, "SELECT key FROM pseudonym_key WHERE id = 1") else {
            throw StoreError(kind: .notFound(record: "pseudonym key", id: "1"), message: "The database has no pseudonym key (pseudonym_key).")
        }
        return Data(KeyedDigest.hmac(key: Array(key), message: Array(id.description.utf8)))
    }
}
