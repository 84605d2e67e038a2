import Foundation
import LotseCore
import Testing
@testable import LotseStore

/// Where a referral stands on the roster, and which specialist sees a client, read from
/// the roster tables the way the roster side writes them.
@Suite("Casework queries")
struct CaseworkQueriesTests {
    /// Client K-2026-0001 with referral 1 and 2 (raw rows), specialist 1 (`dr-weber`),
    /// session 1 on 01.12.2026 from 14:00 in 30-minute slots.
    private func prepared(_ directory: TemporaryDirectory) throws -> Database {
        let database = try Database(path: directory.path("lotse.sqlite"))
        try database.write { (db: Connection) throws(StoreError) in
            try Fixtures.insertClient(db, "K-2026-0001")
            try db.executeScript("""
                INSERT INTO consents (id, client, given_on, scope, recorded_by, recorded_at)
                    VALUES (1, 'K-2026-0001', '2026-01-05', '["referral"]', 'cw-anna', 0);
                INSERT INTO referrals (id, client, caseworker, municipality, kind, urgency, urgency_reason, language, interpreter,
                                       status, referred_on, consent_id, created_at, updated_at)
                    VALUES (1, 'K-2026-0001', 'cw-anna', 'ludwigsburg', 'assessment', 'high', 'r', 'ar', 0, 'waiting', '2026-11-02', 1, 0, 0),
                           (2, NULL, 'cw-anna', 'ludwigsburg', 'consultation', 'routine', 'r', 'de', 0, 'waiting', '2026-11-03', 1, 0, 0);
                INSERT INTO specialists (id, name, qualification, languages, email, unix_user, created_at)
                    VALUES (1, 'Dr. Weber', 'Psychotherapeutin', '["de"]', 'weber@example.org', 'dr-weber', 0);
                INSERT INTO sessions (id, specialist_id, held_on, start_time, slot_count, slot_minutes, place, kinds, created_at)
                    VALUES (1, 1, '2026-12-01', '14:00', 6, 30, 'Landratsamt', '["assessment"]', 0);
                INSERT INTO slots (id, session_id, position, start_time, minutes)
                    VALUES (1, 1, 1, '14:00', 30), (2, 1, 2, '14:30', 30), (3, 1, 3, '15:00', 30);
                """)
        }
        return database
    }

    @Test func nothingIsKnownBeforeARosterMentionsTheReferral() throws {
        let directory = try TemporaryDirectory()
        let database = try prepared(directory)
        let placement = try database.read { (db: Connection) throws(StoreError) in try CaseworkQueries(db).placement(of: ReferralID(1)) }
        #expect(placement == nil)
        let client = try #require(ClientID("K-2026-0001"))
        let sees = try database.read { (db: Connection) throws(StoreError) in try CaseworkQueries(db).specialist("dr-weber", sees: client) }
        #expect(!sees)
    }

    @Test func aRosterEntryIsNoSlotWithoutABookingButAPublishedReasonIsShown() throws {
        let directory = try TemporaryDirectory()
        let database = try prepared(directory)
        try database.write { (db: Connection) throws(StoreError) in
            try db.executeScript("""
                INSERT INTO rosters (id, month, version, state, bound, created_by, created_at) VALUES (1, '2026-12', 1, 'draft', 0, 'clara', 0);
                INSERT INTO roster_entries (roster_id, referral_id, slot_id, weight) VALUES (1, 1, 3, 100);
                INSERT INTO waiting_reasons (roster_id, referral_id, position, reason, detail) VALUES (1, 2, 1, 'capacity', 'all slots taken');
                """)
        }
        let draft = try database.read { (db: Connection) throws(StoreError) in
            (try CaseworkQueries(db).placement(of: ReferralID(1)), try CaseworkQueries(db).placement(of: ReferralID(2)))
        }
        #expect(draft.0 == nil && draft.1 == nil)
        try database.write { (db: Connection) throws(StoreError) in
            try db.execute("UPDATE rosters SET state = 'published' WHERE id = 1")
            try db.execute("INSERT INTO appointments (id, referral_id, slot_id, attendance, attendance_at, created_at) VALUES (1, 1, 3, 'no-show', 5, 0)")
        }
        let published = try database.read { (db: Connection) throws(StoreError) in
            (try CaseworkQueries(db).placement(of: ReferralID(1)), try CaseworkQueries(db).placement(of: ReferralID(2)))
        }
        // The shown slot is the current booking or none: a missed appointment is none.
        #expect(published.0 == nil)
        #expect(published.1 == .waiting(reason: "capacity", detail: "all slots taken", month: "2026-12"))
        let client = try #require(ClientID("K-2026-0001"))
        let sees = try database.read { (db: Connection) throws(StoreError) in
            (try CaseworkQueries(db).specialist("dr-weber", sees: client), try CaseworkQueries(db).specialist("dr-other", sees: client))
        }
        #expect(sees.0 && !sees.1)
    }

    @Test func aLiveAppointmentWinsAndACancelledOneIsIgnored() throws {
        let directory = try TemporaryDirectory()
        let database = try prepared(directory)
        try database.write { (db: Connection) throws(StoreError) in
            try db.executeScript("""
                INSERT INTO sessions (id, specialist_id, held_on, start_time, slot_count, slot_minutes, place, kinds, created_at)
                    VALUES (2, 1, '2027-01-05', '09:00', 6, 45, 'Rathaus', '["assessment"]', 0);
                INSERT INTO slots (id, session_id, position, start_time, minutes) VALUES (11, 2, 1, '09:00', 45), (12, 2, 2, '09:45', 45);
                INSERT INTO appointments (id, referral_id, slot_id, attendance, attendance_at, created_at)
                    VALUES (1, 1, 1, 'cancelled-by-client', 5, 0);
                INSERT INTO appointments (id, referral_id, slot_id, created_at) VALUES (2, 1, 12, 0);
                """)
        }
        let placement = try database.read { (db: Connection) throws(StoreError) in try CaseworkQueries(db).placement(of: ReferralID(1)) }
        let date = try #require(CalendarDate(iso: "2027-01-05"))
        #expect(placement == .appointment(.init(session: 2, date: date, time: "09:45", place: "Rathaus", index: 2, specialist: "Dr. Weber",
                                                         appointment: 2)))
    }
}
