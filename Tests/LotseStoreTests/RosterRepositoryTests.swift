import Foundation
import LotseCore
import Testing
@testable import LotseStore

@Suite("Rosters: versions, entries, waiting reasons")
struct RosterRepositoryTests {
    private func prepared(_ directory: TemporaryDirectory) throws -> Database {
        try Scenario.march(directory)
    }

    private func draft(id: Int64 = 1, version: Int = 1) throws -> Roster {
        try Roster.draft(id: RosterID(id), year: 2026, month: 3, version: version,
                         entries: [RosterEntry(referral: ReferralID(2), slot: SlotID(session: SessionID(1), index: 2), weight: 40),
                                   RosterEntry(referral: ReferralID(1), slot: SlotID(session: SessionID(1), index: 1), weight: 55)],
                         bound: 100, waitingReasons: [RosterWaitingReason(referral: ReferralID(3), reason: "no-language",
                                                                          detail: "no Arabic slot without an interpreter")]).get()
    }

    @Test func aDraftReadsBackExactly() throws {
        let directory = try TemporaryDirectory()
        let database = try prepared(directory)
        let roster = try draft()
        let coordinator = try Model.user("kora")
        try database.write { (db: Connection) throws(StoreError) in try RosterRepository(db).insert(roster, by: coordinator, now: Model.instant(1)) }
        let (stored, objective) = try database.read { (db: Connection) throws(StoreError) -> (Roster?, Int?) in
            (try RosterRepository(db).find(RosterID(1)), try db.fetchValue(Int.self, "SELECT objective FROM roster_objectives WHERE roster_id = 1"))
        }
        #expect(stored == roster)
        #expect(objective == roster.objective)
    }

    @Test func editsApprovalAndPublicationAreSavedAndPublishedVersionsFreeze() throws {
        let directory = try TemporaryDirectory()
        let database = try prepared(directory)
        var roster = try draft()
        let coordinator = try Model.user("kora")
        let inserted = roster
        try database.write { (db: Connection) throws(StoreError) in try RosterRepository(db).insert(inserted, by: coordinator, now: Model.instant(1)) }
        try roster.setPinned(true, referral: ReferralID(1)).get()
        try roster.move(referral: ReferralID(2), to: SlotID(session: SessionID(1), index: 3), weight: 38).get()
        try roster.approve().get()
        try roster.publish().get()
        let published = roster
        try database.write { (db: Connection) throws(StoreError) in try RosterRepository(db).save(published, by: coordinator, now: Model.instant(2)) }
        let (stored, stamps) = try database.read { (db: Connection) throws(StoreError) -> (Roster?, [String?]) in
            let row = try db.fetchOne("SELECT approved_by, published_by FROM rosters WHERE id = 1")
            return (try RosterRepository(db).find(RosterID(1)),
                    [try row?.decodeIfPresent(String.self, "approved_by"), try row?.decodeIfPresent(String.self, "published_by")])
        }
        #expect(stored == published)
        #expect(stored?.entries.first?.pinned == true)
        #expect(stamps == ["kora", "kora"])

        // The published version is frozen: a save with other entries is refused, nothing changes.
        var tampered = try draft()
        try tampered.drop(referral: ReferralID(1)).get()
        let changed = tampered
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try RosterRepository(db).save(changed, by: coordinator, now: Model.instant(3)) }
        }
        #expect(error?.message == "Version 1 of 2026-03 is published and frozen; start a new version to change it.")

        // A new version continues it; the old one is superseded.
        var old = published
        let next = try old.nextVersion(id: RosterID(2)).get()
        try old.supersede().get()
        let superseded = old
        try database.write { (db: Connection) throws(StoreError) in
            try RosterRepository(db).insert(next, by: coordinator, now: Model.instant(4))
            try RosterRepository(db).save(superseded, by: coordinator, now: Model.instant(4))
        }
        let (versions, latest) = try database.read { (db: Connection) throws(StoreError) -> ([Roster], Roster?) in
            (try RosterRepository(db).versions(year: 2026, month: 3), try RosterRepository(db).latest(year: 2026, month: 3))
        }
        #expect(versions.map(\.status) == [.superseded, .draft])
        #expect(latest == next)
        #expect(latest?.changes(since: superseded).isEmpty == true)
    }

    @Test func eachReferralShowsItsSlotOrItsReasonForWaiting() throws {
        let directory = try TemporaryDirectory()
        let database = try prepared(directory)
        let roster = try draft()
        let coordinator = try Model.user("kora")
        try database.write { (db: Connection) throws(StoreError) in try RosterRepository(db).insert(roster, by: coordinator, now: Model.instant(1)) }
        let positions = try database.read { (db: Connection) throws(StoreError) -> [RosterPosition?] in
            var positions: [RosterPosition?] = []
            for id in 1...4 { positions.append(try RosterRepository(db).position(of: ReferralID(Int64(id)))) }
            return positions
        }
        #expect(positions == [
            .placed(roster: RosterID(1), slot: SlotID(session: SessionID(1), index: 1)),
            .placed(roster: RosterID(1), slot: SlotID(session: SessionID(1), index: 2)),
            .waiting(roster: RosterID(1), reason: "no-language", detail: "no Arabic slot without an interpreter"),
            nil,
        ])
    }

    @Test func onlyOneVersionOfAMonthIsEditedAtATime() throws {
        let directory = try TemporaryDirectory()
        let database = try prepared(directory)
        let (first, second) = (try draft(id: 1), try draft(id: 2, version: 2))
        let coordinator = try Model.user("kora")
        try database.write { (db: Connection) throws(StoreError) in try RosterRepository(db).insert(first, by: coordinator, now: Model.instant(1)) }
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try RosterRepository(db).insert(second, by: coordinator, now: Model.instant(2)) }
        }
        #expect(error?.message == "Roster 1 of 2026-03 is still being edited; change it instead of starting another version.")
    }

    @Test func anEntryInASlotThatDoesNotExistIsRefused() throws {
        let directory = try TemporaryDirectory()
        let database = try prepared(directory)
        let roster = try Roster.draft(id: RosterID(1), year: 2026, month: 3, version: 1,
                                      entries: [RosterEntry(referral: ReferralID(1), slot: SlotID(session: SessionID(1), index: 9), weight: 1)],
                                      bound: 1, waitingReasons: []).get()
        let coordinator = try Model.user("kora")
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try RosterRepository(db).insert(roster, by: coordinator, now: Model.instant(1)) }
        }
        #expect(error?.kind == .notFound(record: "slot", id: "1-9"))
        let count = try database.read { (db: Connection) throws(StoreError) in try db.fetchValue(Int.self, "SELECT count(*) FROM rosters") }
        #expect(count == 0)
    }
}
