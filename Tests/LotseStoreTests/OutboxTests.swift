import Foundation
import LotseCore
import Testing
@testable import LotseStore

@Suite("Outbox: enqueue with the change, claim, sent, failed, retry")
struct OutboxTests {
    private let coordinator: EmailAddress

    init() throws {
        coordinator = try EmailAddress.validate("koordination@example.org").get()
    }

    private func reminder(_ messageID: String, due: TimeInterval, priority: Int = 0, client: String? = nil,
                          subject: (String, String)? = nil) -> NewOutboxMessage {
        NewOutboxMessage(kind: "appointment-reminder", recipient: coordinator, recipientRole: .coordinator, language: .de,
                         client: client, subjectKind: subject?.0, subjectID: subject?.1,
                         dueAt: Date(timeIntervalSince1970: due), priority: priority, messageID: messageID,
                         payload: #"{"pseudonym":"K-2026-0001"}"#)
    }

    private func openDatabase(_ directory: TemporaryDirectory) throws -> Database {
        try Database(path: directory.path("lotse.sqlite"))
    }

    @Test func aReminderCommitsOrRollsBackTogetherWithItsCause() throws {
        let directory = try TemporaryDirectory()
        let database = try openDatabase(directory)
        #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in
                try Fixtures.insertClient(db, "K-2026-0001")
                try Outbox(db).enqueue(reminder("r1@lotse", due: 100, client: "K-2026-0001"), now: Date(timeIntervalSince1970: 50))
                try db.execute("INSERT INTO clients (pseudonym) VALUES (NULL)") // fails: the whole change goes
            }
        }
        let count = try database.read { (db: Connection) throws(StoreError) in try Outbox(db).list().count }
        #expect(count == 0)
    }

    @Test func enqueueingTheSameMessageIDTwiceIsANoOp() throws {
        let directory = try TemporaryDirectory()
        let database = try openDatabase(directory)
        let (first, second) = try database.write { (db: Connection) throws(StoreError) in
            let outbox = Outbox(db)
            return (try outbox.enqueue(reminder("r1@lotse", due: 100), now: Date(timeIntervalSince1970: 50)),
                    try outbox.enqueue(reminder("r1@lotse", due: 999), now: Date(timeIntervalSince1970: 60)))
        }
        #expect(first.inserted)
        #expect(!second.inserted)
        #expect(first.id == second.id)
    }

    @Test func claimTakesTheMostUrgentDueMessageAndCountsTheAttempt() throws {
        let directory = try TemporaryDirectory()
        let database = try openDatabase(directory)
        try database.write { (db: Connection) throws(StoreError) in
            let outbox = Outbox(db)
            try outbox.enqueue(reminder("early@lotse", due: 100), now: Date(timeIntervalSince1970: 0))
            try outbox.enqueue(reminder("alert@lotse", due: 200, priority: 100), now: Date(timeIntervalSince1970: 0))
            try outbox.enqueue(reminder("future@lotse", due: 10_000), now: Date(timeIntervalSince1970: 0))
        }
        let claimed = try database.write { (db: Connection) throws(StoreError) -> [OutboxMessage] in
            let outbox = Outbox(db)
            var claimed: [OutboxMessage] = []
            while let next = try outbox.claimNext(now: Date(timeIntervalSince1970: 500)) { claimed.append(next) }
            return claimed
        }
        #expect(claimed.map(\.content.messageID) == ["alert@lotse", "early@lotse"])
        #expect(claimed.allSatisfy { $0.state == .sending && $0.attempts == 1 })
        #expect(claimed.first?.lastAttemptAt == Date(timeIntervalSince1970: 500))
        let nextDue = try database.read { (db: Connection) throws(StoreError) in try Outbox(db).nextDueAt() }
        #expect(nextDue == Date(timeIntervalSince1970: 10_000))
    }

    @Test func sentFailedAndRetryFollowTheStateRules() throws {
        let directory = try TemporaryDirectory()
        let database = try openDatabase(directory)
        let now = Date(timeIntervalSince1970: 1_000)
        let states = try database.write { (db: Connection) throws(StoreError) -> [OutboxMessage] in
            let outbox = Outbox(db)
            let a = try outbox.enqueue(reminder("a@lotse", due: 0), now: now).id
            let b = try outbox.enqueue(reminder("b@lotse", due: 0), now: now).id
            let c = try outbox.enqueue(reminder("c@lotse", due: 0), now: now).id
            _ = try outbox.claimNext(now: now)
            _ = try outbox.claimNext(now: now)
            _ = try outbox.claimNext(now: now)
            try outbox.markSent(a, now: now)
            try outbox.markFailed(b, exitCode: 67, error: "user unknown")
            try outbox.scheduleRetry(c, at: now.addingTimeInterval(300), exitCode: 75, error: String(repeating: "e", count: 5_000))
            return [try outbox.message(a), try outbox.message(b), try outbox.message(c)]
        }
        #expect(states.map(\.state) == [.sent, .failed, .pending])
        #expect(states[0].sentAt == now)
        #expect(states[1].lastExitCode == 67)
        #expect(states[1].lastError == "user unknown")
        #expect(states[2].nextAttemptAt == now.addingTimeInterval(300))
        #expect(states[2].lastError?.count == Outbox.errorExcerptLimit)

        // A sent message cannot be marked again; a failed one only comes back by retry.
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try Outbox(db).markSent(states[0].id, now: now) }
        }
        #expect(error?.message == "Outbox message \(states[0].id) is sent, so it cannot be marked sent.")
        let retried = try database.write { (db: Connection) throws(StoreError) -> OutboxMessage in
            try Outbox(db).retry(states[1].id, now: now)
            return try Outbox(db).message(states[1].id)
        }
        #expect(retried.state == .pending)
        #expect(#expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try Outbox(db).retry(states[0].id, now: now) }
        }?.kind == .invalidValue(field: "state"))
    }

    @Test func messagesLeftSendingByACrashAreSentAgainWithTheSameMessageID() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("lotse.sqlite")
        do {
            let database = try Database(path: path)
            try database.write { (db: Connection) throws(StoreError) in
                try Outbox(db).enqueue(reminder("crash@lotse", due: 0), now: Date(timeIntervalSince1970: 0))
                _ = try Outbox(db).claimNext(now: Date(timeIntervalSince1970: 10))
            }
            database.close() // the "crash": sendmail's answer never recorded
        }
        let database = try Database(path: path)
        let again = try database.write { (db: Connection) throws(StoreError) -> OutboxMessage? in
            #expect(try Outbox(db).recoverInterrupted(now: Date(timeIntervalSince1970: 20)) == 1)
            return try Outbox(db).claimNext(now: Date(timeIntervalSince1970: 20))
        }
        #expect(again?.content.messageID == "crash@lotse")
        #expect(again?.attempts == 2)
    }

    @Test func mootMessagesAreNeverClaimed() throws {
        let directory = try TemporaryDirectory()
        let database = try openDatabase(directory)
        let claimed = try database.write { (db: Connection) throws(StoreError) -> OutboxMessage? in
            let outbox = Outbox(db)
            try outbox.enqueue(reminder("m@lotse", due: 0, subject: ("appointment", "17")), now: Date(timeIntervalSince1970: 0))
            #expect(try outbox.markMoot(subjectKind: "appointment", subjectID: "17") == 1)
            return try outbox.claimNext(now: Date(timeIntervalSince1970: 100))
        }
        #expect(claimed == nil)
    }

    @Test func aClientsMailIsPurgedWithTheClient() throws {
        let directory = try TemporaryDirectory()
        let database = try openDatabase(directory)
        let remaining = try database.write { (db: Connection) throws(StoreError) -> Int in
            try Fixtures.insertClient(db, "K-2026-0001")
            try Outbox(db).enqueue(reminder("c1@lotse", due: 0, client: "K-2026-0001"), now: Date(timeIntervalSince1970: 0))
            try Outbox(db).enqueue(reminder("other@lotse", due: 0), now: Date(timeIntervalSince1970: 0))
            try db.execute("DELETE FROM clients WHERE pseudonym = 'K-2026-0001'")
            return try Outbox(db).list().count
        }
        #expect(remaining == 1)
    }

    @Test func listingFiltersByState() throws {
        let directory = try TemporaryDirectory()
        let database = try openDatabase(directory)
        let (pendingCount, sendingCount, allCount) = try database.write { (db: Connection) throws(StoreError) -> (Int, Int, Int) in
            let outbox = Outbox(db)
            try outbox.enqueue(reminder("1@lotse", due: 0), now: Date(timeIntervalSince1970: 0))
            try outbox.enqueue(reminder("2@lotse", due: 0), now: Date(timeIntervalSince1970: 0))
            _ = try outbox.claimNext(now: Date(timeIntervalSince1970: 1))
            return (try outbox.list(states: [.pending]).count, try outbox.list(states: [.sending]).count, try outbox.list().count)
        }
        #expect(pendingCount == 1)
        #expect(sendingCount == 1)
        #expect(allCount == 2)
    }

    @Test func aRowThatCannotBeReadIsMarkedFailedAndTheNextOneIsClaimed() throws {
        let directory = try TemporaryDirectory()
        let database = try openDatabase(directory)
        let (claimed, broken) = try database.write { (db: Connection) throws(StoreError) -> (OutboxMessage?, (String, Int64?)?) in
            let outbox = Outbox(db)
            let bad = try outbox.enqueue(reminder("bad@lotse", due: 0, priority: 100), now: Date(timeIntervalSince1970: 0))
            try outbox.enqueue(reminder("good@lotse", due: 0), now: Date(timeIntervalSince1970: 0))
            try db.execute("UPDATE outbox SET recipient = '-oQ/tmp/x' WHERE id = ?", [bad.id]) // edited by hand
            let claimed = try outbox.claimNext(now: Date(timeIntervalSince1970: 1))
            let row = try db.fetchOne("SELECT state, last_exit_code FROM outbox WHERE id = ?", [bad.id])
            return (claimed, try row.map { (row: Row) throws(StoreError) in
                (try row.decode(String.self, "state"), try row.decodeIfPresent(Int64.self, "last_exit_code"))
            })
        }
        #expect(claimed?.content.messageID == "good@lotse")
        #expect(broken?.0 == "failed")
        #expect(broken?.1 == 65)
    }

    @Test func aClaimedMessageFoundMootGoesBackUncountedAndIsNeverClaimedAgain() throws {
        let directory = try TemporaryDirectory()
        let database = try openDatabase(directory)
        let (message, again) = try database.write { (db: Connection) throws(StoreError) -> (OutboxMessage, OutboxMessage?) in
            let outbox = Outbox(db)
            let id = try outbox.enqueue(reminder("m@lotse", due: 0), now: Date(timeIntervalSince1970: 0)).id
            _ = try outbox.claimNext(now: Date(timeIntervalSince1970: 1))
            try outbox.markClaimedMoot(id)
            return (try outbox.message(id), try outbox.claimNext(now: Date(timeIntervalSince1970: 2)))
        }
        #expect(message.state == .pending && message.moot && message.attempts == 0)
        #expect(again == nil)
    }
}
