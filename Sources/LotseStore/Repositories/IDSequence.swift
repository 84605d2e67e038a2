/// Hands out identifiers that are never reused, one sequence per kind of record.
///
/// The domain model assigns an id when a value is created (before it is stored), and the
/// audit log refers to records by id long after retention deleted them, so ids come from
/// an ever-growing counter rather than from `max(id) + 1`. Must be used inside a write
/// transaction: the id is taken only if that transaction commits.
public struct IDSequence {
    /// The connection, inside the caller's write transaction.
    public let db: Connection

    /// The sequences as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// The next id of the named sequence (1 for a new sequence).
    public func next(_ name: String) throws(StoreError) -> Int64 {
        guard db.isInTransaction else {
            throw StoreError(kind: .invalidValue(field: "transaction"), message: "Ids are handed out only inside a write transaction.")
        }
        // One statement: bump and read back in the same step (no second lookup per id).
        guard let value = try db.fetchValue(Int64.self, """
            INSERT INTO id_sequences (name, last) VALUES (?, 1)
            ON CONFLICT (name) DO UPDATE SET last = last + 1
            RETURNING last
            """, [name]) else {
            throw StoreError(kind: .notFound(record: "id sequence", id: name), message: "The id sequence \(name) vanished.")
        }
        return value
    }

    /// Moves the named sequence up to `value` (never down), so the next id follows it.
    public func advance(_ name: String, to value: Int64) throws(StoreError) {
        try db.execute("""
            INSERT INTO id_sequences (name, last) VALUES (?1, ?2)
            ON CONFLICT (name) DO UPDATE SET last = max(last, ?2)
            """, [name, value])
    }
}
