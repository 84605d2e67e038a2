import Foundation
import LotseCore
import Testing
@testable import LotseStore

/// `Outbox.readdress`: on a hand-over, the mail about the client that still waits for the
/// previous caseworker goes to the new one (or, without an address, is never sent); mail
/// being sent or sent, other clients' mail and other recipients' mail stay as they are.
@Suite struct OutboxHandOverTests {
    static func message(_ id: String, to recipient: EmailAddress, role: Role = .caseworker, client: String) -> NewOutboxMessage {
        NewOutboxMessage(kind: "appointment-reminder", recipient: recipient, recipientRole: role, language: .de, client: client,
                         subjectKind: "appointment", subjectID: "1", dueAt: Date(timeIntervalSince1970: 100), priority: 0,
                         messageID: id, payload: #"{"subject":"s","body":"b"}"#)
    }

    @Test func waitingMailGoesToTheNewCaseworkerOrIsMadeMootWithoutAnAddress() throws {
        let directory = try TemporaryDirectory()
        let database = try Database(path: directory.path("lotse.sqlite"))
        let old = try EmailAddress.validate("alt@example.org").get(), new = try EmailAddress.validate("neu@example.org").get()
        let specialist = try EmailAddress.validate("fach@example.org").get()
        let client = try #require(ClientID("K-2026-0001"))
        let rows = try database.write { (db: Connection) throws(StoreError) -> [String] in
            try Fixtures.insertClient(db, "K-2026-0001")
            try Fixtures.insertClient(db, "K-2026-0002")
            let outbox = Outbox(db)
            try outbox.enqueue(Self.message("a@lotse", to: old, client: "K-2026-0001"), now: Date(timeIntervalSince1970: 0))
            let sending = try outbox.enqueue(Self.message("b@lotse", to: old, client: "K-2026-0001"), now: Date(timeIntervalSince1970: 0))
            try outbox.enqueue(Self.message("c@lotse", to: old, client: "K-2026-0002"), now: Date(timeIntervalSince1970: 0))
            try outbox.enqueue(Self.message("d@lotse", to: specialist, role: .specialist, client: "K-2026-0001"), now: Date(timeIntervalSince1970: 0))
            try db.execute("UPDATE outbox SET state = 'sending' WHERE id = ?", [sending.id])
            #expect(try outbox.readdress(client: client, from: old, to: new) == 1)
            try outbox.enqueue(Self.message("e@lotse", to: new, client: "K-2026-0001"), now: Date(timeIntervalSince1970: 0))
            #expect(try outbox.readdress(client: client, from: new, to: nil) == 2)
            return try db.fetchAll("SELECT message_id, recipient, moot FROM outbox ORDER BY id").map { row throws(StoreError) in
                "\(try row.decode(String.self, "message_id")) \(try row.decode(String.self, "recipient")) \(try row.decode(Int64.self, "moot"))"
            }
        }
        #expect(rows == ["a@lotse neu@example.org 1", "b@lotse alt@example.org 0", "c@lotse alt@example.org 0",
                         "d@lotse fach@example.org 0", "e@lotse neu@example.org 1"])
    }
}
