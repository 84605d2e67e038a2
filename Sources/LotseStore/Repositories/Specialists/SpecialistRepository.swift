import Foundation
import LotseCore

/// Specialists who hold sessions.
public struct SpecialistRepository {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The specialists as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// A fresh specialist id (never reused), for `Specialist.make(id:…)`.
    public func nextID() throws(StoreError) -> SpecialistID {
        SpecialistID(try IDSequence(db).next("specialists"))
    }

    /// Stores a new specialist; a Unix user that already belongs to another specialist is
    /// refused with a clear error.
    public func insert(_ specialist: Specialist, now: Date) throws(StoreError) {
        if let other = try find(user: specialist.user) {
            throw StoreError(kind: .invalidValue(field: "user"),
                             message: "The user \(specialist.user) already belongs to specialist \(other.id) (\(other.name)).",
                             messageDe: "Der Benutzer \(specialist.user) gehört schon zu Fachkraft \(other.id) (\(other.name)).")
        }
        try db.execute("""
            INSERT INTO specialists (id, name, qualification, languages, email, unix_user, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [specialist.id, specialist.name, specialist.qualification, JSONColumn.encode(specialist.languages),
                  specialist.email, specialist.user, now])
    }

    /// Replaces a specialist's details (name, qualification, languages, e-mail, user).
    public func update(_ specialist: Specialist) throws(StoreError) {
        try db.execute("""
            UPDATE specialists SET name = ?, qualification = ?, languages = ?, email = ?, unix_user = ? WHERE id = ?
            """, [specialist.name, specialist.qualification, JSONColumn.encode(specialist.languages), specialist.email,
                  specialist.user, specialist.id])
        guard db.changedRowCount == 1 else { throw Self.notFound(specialist.id) }
    }

    /// The specialist, or nil.
    public func find(_ id: SpecialistID) throws(StoreError) -> Specialist? {
        try db.fetchOne("SELECT * FROM specialists WHERE id = ?", [id]).map { row throws(StoreError) in try Self.restore(row) }
    }

    /// The specialist who logs in as `user`, or nil.
    public func find(user: UserName) throws(StoreError) -> Specialist? {
        try db.fetchOne("SELECT * FROM specialists WHERE unix_user = ?", [user]).map { row throws(StoreError) in try Self.restore(row) }
    }

    /// Every specialist, by name.
    public func list() throws(StoreError) -> [Specialist] {
        return try db.fetchAll("SELECT * FROM specialists ORDER BY name, id", restoring: Self.restore)
    }

    static func restore(_ row: Row) throws(StoreError) -> Specialist {
        let id = try row.decode(SpecialistID.self, "id")
        return try Specialist.make(id: id, name: try row.decode(String.self, "name"),
                                   qualification: try row.decode(String.self, "qualification"),
                                   languages: try JSONColumn.values(row, "languages") { LanguageCode($0) },
                                   email: try row.decode(EmailAddress.self, "email"),
                                   user: try row.decode(UserName.self, "unix_user"))
            .stored("Specialist", id, column: \.field)
    }

    static func notFound(_ id: SpecialistID) -> StoreError {
        StoreError(kind: .notFound(record: "specialist", id: id.description), message: "There is no specialist \(id).")
    }
}
