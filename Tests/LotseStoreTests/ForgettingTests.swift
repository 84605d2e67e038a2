import Foundation
import LotseCore
import Testing
@testable import LotseStore

/// A purge that forgets: the client's rows go with every mail that names it, and the
/// deleted bytes leave the database file and its write-ahead log.
@Suite("Retention: a purged client's bytes leave the disk")
struct ForgettingTests {
    /// How often `marker` occurs in the raw bytes of the database file and its `-wal`.
    static func occurrences(of marker: String, _ directory: TemporaryDirectory) -> Int {
        let needle = Data(marker.utf8)
        var found = 0
        for name in ["lotse.sqlite", "lotse.sqlite-wal"] {
            guard let bytes = FileManager.default.contents(atPath: directory.path(name)) else { continue }
            var start = bytes.startIndex
            while let range = bytes.range(of: needle, in: start..<bytes.endIndex) {
                found += 1
                start = range.upperBound
            }
        }
        return found
    }

    static func walSize(_ directory: TemporaryDirectory) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: directory.path("lotse.sqlite-wal")))?[.size] as? NSNumber)?.intValue ?? 0
    }

    @Test func theDeletedNoteIsOverwrittenAndTheLogIsEmptiedSoNoByteOfItRemains() throws {
        let directory = try TemporaryDirectory()
        let database = try Scenario.march(directory)
        let marker = "MARKER-\(UUID().uuidString)"
        let kept = "KEPT-\(UUID().uuidString)"
        try database.write { (db: Connection) throws(StoreError) in
            try db.execute("UPDATE referrals SET note = ? WHERE client = 'K-2026-0001'", [marker])
            try db.execute("UPDATE referrals SET note = ? WHERE client = 'K-2026-0002'", [kept])
        }
        // Move the note into the database file as well, as the daemon's automatic
        // checkpoints do, so that both places are tested.
        try database.checkpointAndTruncate()
        try database.write { (db: Connection) throws(StoreError) in
            try db.execute("UPDATE referrals SET urgency_reason = ? WHERE client = 'K-2026-0001'", [marker + "-wal"])
        }
        #expect(Self.occurrences(of: marker, directory) >= 2, "the test must see the note on disk before the purge")

        let purged = try Model.client("K-2026-0001")
        try database.write { (db: Connection) throws(StoreError) in
            try ClientRepository(db).purge(purged,
                                           audit: AuditEntry(at: Model.instant(9), uid: nil, user: "lotsed", role: "system", action: "client.purge"))
        }
        try database.checkpointAndTruncate()
        #expect(Self.occurrences(of: marker, directory) == 0)
        #expect(Self.walSize(directory) == 0)
        // The other client's note is still there and still readable.
        #expect(Self.occurrences(of: kept, directory) == 1)
        let note = try database.read { (db: Connection) throws(StoreError) in
            try db.fetchValue(String.self, "SELECT note FROM referrals WHERE client = 'K-2026-0002'")
        }
        #expect(note == kept)
    }

    @Test func aPurgeDeletesEveryMailNamingTheClientButNoneNamingALongerPseudonym() throws {
        let directory = try TemporaryDirectory()
        let database = try Scenario.march(directory)
        func mail(_ id: String, client: String?, body: String) throws -> NewOutboxMessage {
            NewOutboxMessage(kind: "session-list", recipient: try Model.email("weber@kreis.example"), recipientRole: .specialist,
                             language: .de, client: client, subjectKind: "session", subjectID: "1", dueAt: Model.instant(2),
                             messageID: "<\(id)@lotse>", payload: #"{"subject":"Liste","body":"\#(body)"}"#)
        }
        let mails = [
            try mail("own", client: "K-2026-0001", body: "Termin"),
            try mail("list", client: nil, body: "14:00 K-2026-0002, 14:50 K-2026-0001"),
            try mail("end", client: nil, body: "K-2026-0001"),
            try mail("longer", client: nil, body: "14:00 K-2026-00011 und K-2026-10001"),
            try mail("other", client: nil, body: "14:00 K-2026-0002"),
        ]
        let purged = try Model.client("K-2026-0001")
        try database.write { (db: Connection) throws(StoreError) in
            for message in mails { try Outbox(db).enqueue(message, now: Model.instant(0)) }
            try ClientRepository(db).purge(purged,
                                           audit: AuditEntry(at: Model.instant(9), uid: nil, user: "lotsed", role: "system", action: "client.purge"))
        }
        let left = try database.read { (db: Connection) throws(StoreError) in
            try db.fetchAll("SELECT message_id FROM outbox ORDER BY id").map { (row: Row) throws(StoreError) in try row.decode(String.self, "message_id") }
        }
        #expect(left == ["<longer@lotse>", "<other@lotse>"])
        let detail = try database.read { (db: Connection) throws(StoreError) in try AuditLog(db).entries().first?.detail }
        #expect(detail == "3 mails deleted with it")
    }

    @Test func theWriterRunsWithSecureDeleteAndReadersNeedNot() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let setting = try database.write { (db: Connection) throws(StoreError) in try db.fetchValue(Int.self, "PRAGMA secure_delete") }
        #expect(setting == 1)
    }
}
