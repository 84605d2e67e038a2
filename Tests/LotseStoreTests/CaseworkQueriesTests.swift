import Foundation
import LotseCore
import Testing
@testable import LotseStore

/// Where a referral stands on the roster, and which specialist sees a client, read from
/// the roster tables the way the roster side writes them.
@Suite("Casework queries")
struct CaseworkQueriesTests {
    /// The day the queries are asked (before every session of the fixture).
    static let today = CalendarDate(iso: "2026-11-21") ?? CalendarDate(instant: Date(timeIntervalSince1970: 0), in: TimeZone(secondsFromGMT: 0) ?? .current)
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
        let placement = try database.read { (db: Connection) throws(StoreError) in try CaseworkQueries(db).placement(of: ReferralID(1), today: Self.today) }
        #expect(placement == nil)
        let client = try #require(ClientID("K-2026-0001"))
        let sees = try database.read { (db: Connection) throws(StoreError) in try CaseworkQueries(db).specialist("dr-weber", sees: client) }
        #expect(!sees)
    }

    @Test func aDraftOfAMonthThatIsOverPlacesNobody() throws {
        let directory = try TemporaryDirectory()
        let database = try prepared(directory)
        try database.write { (db: Connection) throws(StoreError) in
            try db.executeScript("""
                INSERT INTO rosters (id, month, version, state, bound, created_by, created_at) VALUES (1, '2026-10', 1, 'draft', 0, 'clara', 0);
                INSERT INTO roster_entries (roster_id, referral_id, slot_id, weight) VALUES (1, 1, 3, 100);
                """)
        }
        let october = try #require(CalendarMonth(iso: "2026-10"))
        let (now, asked) = try database.read { (db: Connection) throws(StoreError) in
            (try CaseworkQueries(db).placement(of: ReferralID(1), today: Self.today),
             try CaseworkQueries(db).placement(of: ReferralID(1), month: october, today: Self.today))
        }
        #expect(now == nil, "October is over; its draft will never be held: \(String(describing: now))")
        if case .draft(let month, _, _)? = asked { #expect(month == "2026-10") } else { Issue.record("asked for October: \(String(describing: asked))") }
    }

    @Test func aDraftEntryIsInTheDraftAndAReasonNamesItsMonthAndVersion() throws {
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
            (try CaseworkQueries(db).placement(of: ReferralID(1), today: Self.today), try CaseworkQueries(db).placement(of: ReferralID(2), today: Self.today))
        }
        let date = try #require(CalendarDate(iso: "2026-12-01"))
        let slot = ReferralPlacement.Slot(session: 1, date: date, time: "15:00", place: "Landratsamt", index: 3, specialist: "Dr. Weber")
        #expect(draft.0 == .draft(month: "2026-12", version: 1, slot: slot))
        #expect(draft.1 == .waiting(reason: "capacity", detail: "all slots taken", month: "2026-12", version: 1))
        // Published and booked: the booking; missed: no slot, the missed appointment says why.
        try database.write { (db: Connection) throws(StoreError) in
            try db.execute("UPDATE rosters SET state = 'published' WHERE id = 1")
            try db.execute("INSERT INTO appointments (id, referral_id, slot_id, roster_id, created_at) VALUES (1, 1, 3, 1, 0)")
        }
        var booked = slot
        booked.appointment = 1
        #expect(try database.read { (db: Connection) throws(StoreError) in try CaseworkQueries(db).placement(of: ReferralID(1), today: Self.today) }
                == .appointment(booked))
        try database.write { (db: Connection) throws(StoreError) in
            try db.execute("UPDATE appointments SET attendance = 'no-show', attendance_at = 5 WHERE id = 1")
        }
        let missed = try database.read { (db: Connection) throws(StoreError) in try CaseworkQueries(db).placement(of: ReferralID(1), today: Self.today) }
        guard case .waiting(let reason, _, let month, let version)? = missed else { Issue.record("no reason: \(String(describing: missed))"); return }
        #expect(reason == "no-show" && month == "2026-12" && version == 1)
        let client = try #require(ClientID("K-2026-0001"))
        let sees = try database.read { (db: Connection) throws(StoreError) in
            (try CaseworkQueries(db).specialist("dr-weber", sees: client), try CaseworkQueries(db).specialist("dr-other", sees: client))
        }
        #expect(sees.0 && !sees.1)
    }

    @Test func onlyTheNewestVersionOfAMonthExplainsAndAMonthAsksOnlyItsOwnVersions() throws {
        let directory = try TemporaryDirectory()
        let database = try prepared(directory)
        try database.write { (db: Connection) throws(StoreError) in
            try db.executeScript("""
                INSERT INTO rosters (id, month, version, state, bound, created_by, created_at) VALUES
                    (1, '2026-12', 1, 'superseded', 0, 'clara', 0), (2, '2026-12', 2, 'published', 0, 'clara', 0),
                    (3, '2027-01', 1, 'draft', 0, 'clara', 0);
                INSERT INTO waiting_reasons (roster_id, referral_id, position, reason, detail) VALUES
                    (1, 2, 1, 'capacity', '3 slots'), (2, 2, 1, 'capacity', '1 slot'), (3, 2, 1, 'language', 'no Dari');
                INSERT INTO waiting_reasons (roster_id, referral_id, position, reason, detail) VALUES (1, 1, 1, 'quota-exhausted', 'old');
                """)
        }
        let december = try #require(CalendarMonth(iso: "2026-12")), january = try #require(CalendarMonth(iso: "2027-01"))
        let february = try #require(CalendarMonth(iso: "2027-02"))
        let answers = try database.read { (db: Connection) throws(StoreError) in
            let q = CaseworkQueries(db)
            return [try q.placement(of: ReferralID(2), month: december, today: Self.today),
                    try q.placement(of: ReferralID(2), month: january, today: Self.today),
                    try q.placement(of: ReferralID(2), month: february, today: Self.today),
                    try q.placement(of: ReferralID(2), today: Self.today),
                    try q.placement(of: ReferralID(1), month: december, today: Self.today)]
        }
        #expect(answers[0] == .waiting(reason: "capacity", detail: "1 slot", month: "2026-12", version: 2))
        #expect(answers[1] == .waiting(reason: "language", detail: "no Dari", month: "2027-01", version: 1))
        #expect(answers[2] == nil)
        #expect(answers[3] == answers[1], "without a month: the newest month's reason")
        #expect(answers[4] == nil, "version 1's reason is not December's any more")
    }

    @Test func aReferralNotToBePlannedYetSaysFromWhen() throws {
        let directory = try TemporaryDirectory()
        let database = try prepared(directory)
        try database.write { (db: Connection) throws(StoreError) in try db.execute("UPDATE referrals SET not_before = '2027-03-03' WHERE id = 1") }
        let notBefore = try #require(CalendarDate(iso: "2027-03-03"))
        let march = try #require(CalendarMonth(iso: "2027-03"))
        let answers = try database.read { (db: Connection) throws(StoreError) in
            (try CaseworkQueries(db).placement(of: ReferralID(1), today: Self.today),
             try CaseworkQueries(db).placement(of: ReferralID(1), month: march, today: Self.today))
        }
        #expect(answers.0 == .notBefore(notBefore))
        #expect(answers.1 == nil, "in March it may be planned")
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
        let placement = try database.read { (db: Connection) throws(StoreError) in try CaseworkQueries(db).placement(of: ReferralID(1), today: Self.today) }
        let date = try #require(CalendarDate(iso: "2027-01-05"))
        #expect(placement == .appointment(.init(session: 2, date: date, time: "09:45", place: "Rathaus", index: 2, specialist: "Dr. Weber",
                                                         appointment: 2)))
    }
}
