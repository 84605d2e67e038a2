import Foundation
import LotseCore
@testable import LotseDaemon
import LotseStore
import Testing

/// The scheduler reads the real schema: fill it with a small district and check which
/// reminders get queued when, that planning twice queues nothing new, that a cancellation
/// makes a queued reminder moot, and that no health detail reaches a mail.
@Suite struct ReminderSchedulerTests {
    static let secret = "GEHEIM-psychotherapie-empfohlen"

    static func berlin(_ day: String, _ time: String) throws -> Date {
        try #require(MailDate.instant(isoDay: day, time: time, in: try MailDate.berlinZone()))
    }

    /// A session on 2026-12-08 14:00 with two booked slots, a follow-up step due 2026-12-03,
    /// a help plan review due 2026-12-02, and a referral waiting since 2026-09-01.
    static func fill(_ fixture: OutboxFixture) throws {
        try fixture.database.write { (db: Connection) throws(StoreError) in
            try db.executeScript("""
            INSERT INTO caseworkers (unix_user, email, language) VALUES
              ('anna', 'anna@landkreis.example', 'de'),
              ('ben', 'ben@landkreis.example', 'en');
            INSERT INTO clients (pseudonym, caseworker, municipality, opened_on, created_at) VALUES
              ('K-2026-0001', 'anna', 'ludwigsburg', '2026-01-05', 1767600000),
              ('K-2026-0002', 'ben', 'ludwigsburg', '2026-01-05', 1767600000),
              ('K-2026-0003', 'anna', 'ludwigsburg', '2026-01-05', 1767600000);
            INSERT INTO specialists (id, name, qualification, languages, email, unix_user, created_at) VALUES
              (1, 'Dr. Weiß', 'Psychiatrie', '["de"]', 'weiss@praxis.example', 'weiss', 1767600000);
            INSERT INTO referrals (id, client, caseworker, municipality, kind, urgency, language, interpreter, note, status, referred_on,
                                   consent_override_reason, created_at, updated_at) VALUES
              (1, 'K-2026-0001', 'anna', 'ludwigsburg', 'assessment', 'high', 'ar', 1, '\(secret)', 'scheduled', '2026-10-01', 'test', 1767600000, 1767600000),
              (2, 'K-2026-0002', 'ben', 'ludwigsburg', 'assessment', 'routine', 'fa', 0, '\(secret)', 'scheduled', '2026-10-02', 'test', 1767600000, 1767600000),
              (3, 'K-2026-0003', 'anna', 'ludwigsburg', 'assessment', 'routine', 'uk', 0, '\(secret)', 'waiting', '2026-09-01', 'test', 1767600000, 1767600000);
            INSERT INTO sessions (id, specialist_id, held_on, start_time, slot_count, slot_minutes, place, kinds, created_at) VALUES
              (1, 1, '2026-12-08', '14:00', 3, 45, 'Rathaus Großbottwar, Saal 2', '["assessment"]', 1767600000);
            INSERT INTO rosters (id, month, version, state, bound, created_by, created_at, published_at) VALUES
              (1, '2026-12', 1, 'published', 10, 'koord', 1767600000, 1795000000);
            INSERT INTO slots (id, session_id, position, start_time, minutes) VALUES
              (1, 1, 1, '14:00', 45), (2, 1, 2, '14:45', 45), (3, 1, 3, '15:30', 45);
            INSERT INTO appointments (id, referral_id, slot_id, roster_id, created_at) VALUES
              (1, 1, 1, 1, 1795000000), (2, 2, 2, 1, 1795000000);
            INSERT INTO follow_up_steps (id, client, description, owner_role, owner_user, due_on, created_at) VALUES
              (1, 'K-2026-0001', '\(secret)', 'caseworker', 'anna', '2026-12-03', 1767600000);
            INSERT INTO help_plans (client, current_version, review_on, created_at) VALUES ('K-2026-0002', 2, '2026-12-02', 1767600000);
            INSERT INTO help_plan_versions (client, number, author, author_role, authored_at, change, review_on) VALUES
              ('K-2026-0002', 1, 'ben', 'caseworker', 1767600000, 'created', '2026-06-01'),
              ('K-2026-0002', 2, 'ben', 'caseworker', 1767700000, '\(secret)', '2026-12-02');
            """)
        }
    }

    func scheduler(_ fixture: OutboxFixture) -> ReminderScheduler {
        ReminderScheduler(planner: ReminderPlanner(district: "Landkreis Göppingen"), composer: fixture.composer,
                          defaultLanguage: .de, coordinators: [fixture.coordinator])
    }

    func queue(_ fixture: OutboxFixture, at now: Date) throws -> [OutboxEntry] {
        let scheduler = scheduler(fixture)
        let ids = try fixture.database.write { (db: Connection) throws(OutboxError) -> [Int64] in try scheduler.queueDue(db, now: now) }
        return try fixture.entries().filter { ids.contains($0.id) }
    }

    @Test func theRightRemindersAreQueuedAtTheRightTimesOnce() throws {
        let fixture = try OutboxFixture(codes: "0")
        try Self.fill(fixture)
        // 2026-12-01 15:00: the 7-day reminders of both appointments; the referral is over
        // its 8 weeks: the day's digest; nothing else yet.
        let first = try queue(fixture, at: try Self.berlin("2026-12-01", "15:00"))
        #expect(Set(first.map(\.kind)) == ["appointment-reminder", "waiting-digest"])
        #expect(Set(first.filter { $0.kind == "appointment-reminder" }.map(\.recipient)) == ["anna@landkreis.example", "ben@landkreis.example"])
        #expect(first.first { $0.recipient == "ben@landkreis.example" }?.language == "en")
        #expect(first.first { $0.kind == "waiting-digest" }?.recipient == "koordination@landkreis.example")
        #expect(first.first { $0.kind == "waiting-digest" }?.payload.body.contains("K-2026-0003") == true)
        // Planning again at the same time queues nothing new.
        #expect(try queue(fixture, at: try Self.berlin("2026-12-01", "15:05")).isEmpty)
        // 2026-12-03 09:00: the help plan review (due 12-02 08:00), the step (12-03 08:00)
        // and the new day's digest.
        let third = try queue(fixture, at: try Self.berlin("2026-12-03", "09:00"))
        #expect(Set(third.map(\.kind)) == ["helpplan-review-due", "followup-due", "waiting-digest"])
        // 2026-12-07 15:00: the 1-day reminders and the specialist's list.
        let fourth = try queue(fixture, at: try Self.berlin("2026-12-07", "15:00"))
        #expect(fourth.filter { $0.kind == "appointment-reminder" }.count == 2)
        let list = try #require(fourth.first { $0.kind == "session-list" })
        #expect(list.recipient == "weiss@praxis.example")
        #expect(list.payload.body.contains("14:00  K-2026-0001") && list.payload.body.contains("14:45  K-2026-0002"))
    }

    @Test func noHealthDetailFromTheDatabaseReachesAnyMail() throws {
        let fixture = try OutboxFixture(codes: "0")
        try Self.fill(fixture)
        for instant in ["2026-12-01 15:00", "2026-12-03 09:00", "2026-12-07 15:00"] {
            let parts = instant.split(separator: " ").map(String.init)
            _ = try queue(fixture, at: try Self.berlin(parts[0], parts[1]))
        }
        let entries = try fixture.entries()
        #expect(entries.count == 10, "\(entries.map(\.kind))")
        for entry in entries {
            #expect(!entry.payload.subject.contains("GEHEIM") && !entry.payload.body.contains("GEHEIM"), "\(entry.kind)")
            #expect(!entry.payload.body.lowercased().contains("psychiatrie"), "\(entry.kind)")
        }
    }

    @Test func aCancelledSessionMakesItsQueuedRemindersMoot() throws {
        let fixture = try OutboxFixture(codes: "0")
        try Self.fill(fixture)
        let queued = try queue(fixture, at: try Self.berlin("2026-12-07", "15:00"))
        #expect(queued.count >= 3)
        try fixture.database.write { (db: Connection) throws(StoreError) in
            try db.execute("UPDATE sessions SET cancelled = 1, cancelled_at = 1796000000 WHERE id = 1")
            try db.execute("UPDATE follow_up_steps SET status = 'done', changed_by = 'anna', changed_at = 1796000000 WHERE id = 1")
        }
        let database = fixture.database
        let worker = try fixture.worker(subjectState: { entry in
            (try? database.read { (db: Connection) throws(StoreError) in try ReminderScheduler.subjectState(db, entry) }) ?? .active
        })
        fixture.clock.advance(try Self.berlin("2026-12-07", "15:00").timeIntervalSince(fixture.clock.now))
        let report = try worker.deliverDue()
        let kindsSent = try fixture.entries().filter { report.sent.contains($0.id) }.map(\.kind)
        #expect(!kindsSent.contains("appointment-reminder") && !kindsSent.contains("session-list") && !kindsSent.contains("followup-due"))
        #expect(kindsSent.contains("helpplan-review-due"))
        // And no new reminders are planned for the cancelled session.
        #expect(try queue(fixture, at: try Self.berlin("2026-12-07", "16:00")).isEmpty)
    }

    @Test func noSecondSessionListWhenPublicationSentOneWithinTheLastDay() throws {
        let fixture = try OutboxFixture(codes: "0")
        try Self.fill(fixture)
        _ = try queue(fixture, at: try Self.berlin("2026-12-01", "15:00"))
        // Published (and its list queued) on 2026-12-07 at 14:30, less than a day before.
        let published = try Self.berlin("2026-12-07", "14:30").timeIntervalSince1970
        try fixture.database.write { (db: Connection) throws(StoreError) in
            try db.execute("""
                INSERT INTO outbox (kind, recipient, recipient_role, language, subject_kind, subject_id, due_at, next_attempt_at,
                                    message_id, payload, created_at)
                SELECT 'session-list', 'weiss@praxis.example', 'specialist', 'de', 'session', '1', ?, ?, '<list-1-v1@test>', payload, ?
                FROM outbox LIMIT 1
                """, [Int64(published), Int64(published), Int64(published)])
        }
        let queued = try queue(fixture, at: try Self.berlin("2026-12-07", "15:00"))
        #expect(queued.filter { $0.kind == "session-list" }.isEmpty, "\(queued.map(\.kind))")
        #expect(queued.filter { $0.kind == "appointment-reminder" }.count == 2)
    }

    @Test func berlinWallClockTimesBecomeTheRightInstants() throws {
        let zone = try MailDate.berlinZone()
        #expect(MailDate.instant(isoDay: "2026-12-08", time: "14:00", in: zone)?.timeIntervalSince1970 == 1_796_734_800)
        #expect(MailDate.instant(isoDay: "2026-07-01", time: "14:00", in: zone)?.timeIntervalSince1970 == 1_782_907_200)
        #expect(MailDate.instant(isoDay: "2026-02-30", time: "14:00", in: zone) == nil)
        #expect(MailDate.instant(isoDay: "2026-12-08", time: "25:00", in: zone) == nil)
        #expect(MailDate.isoDay(Date(timeIntervalSince1970: 1_796_770_800 - 1), in: zone) == "2026-12-08")
    }
}

@Suite struct EventReminderTests {
    @Test func anEventReminderIsQueuedOncePerRecipientInTheirLanguageAndGoesOutFirstWhenUrgent() throws {
        let fixture = try OutboxFixture(codes: "0")
        let round = MailRound(worker: try fixture.worker(),
                              scheduler: ReminderScheduler(planner: ReminderPlanner(district: "Landkreis Göppingen"), composer: fixture.composer,
                                                           defaultLanguage: .de, coordinators: [fixture.coordinator]),
                              health: fixture.healthMonitor(), bounces: nil)
        let now = fixture.clock.now
        let start = now.addingTimeInterval(10 * 86400)
        let facts = ReminderFacts(district: "Landkreis Göppingen", pseudonym: "K-2026-0042", when: start, place: "Schloßstraße 3", appointment: 7)
        let caseworker = fixture.caseworker
        func publish() throws -> [Int64] {
            try fixture.database.write { (db: Connection) throws(OutboxError) -> [Int64] in
                try MailService.queueEvent(db, round: round, .appointmentPublished, subjectKind: "appointment", subjectID: "7",
                                           to: [caseworker], facts: facts, eventAt: start, client: nil, now: now)
            }
        }
        #expect(try publish().count == 1)
        #expect(try publish().isEmpty, "the same event queues once")
        let alert = try fixture.database.write { (db: Connection) throws(OutboxError) -> [Int64] in
            try MailService.queueEvent(db, round: round, .acuteRiskAlert, subjectKind: "referral", subjectID: "9", to: nil,
                                       facts: ReminderFacts(district: "Landkreis Göppingen", pseudonym: "K-2026-0009", when: now,
                                                            account: "anna", ownClient: true),
                                       eventAt: now, client: nil, now: now)
        }
        #expect(alert.count == 1)
        let entries = try fixture.entries()
        #expect(entries.first { $0.kind == "appointment-published" }?.payload.subject.hasPrefix("New appointment for K-2026-0042") == true)
        #expect(entries.first { $0.kind == "acute-risk-alert" }?.recipient == "koordination@landkreis.example")
        let report = try round.worker.deliverDue()
        #expect(report.sent.first == alert.first)
        // Mail off: nothing is queued, and the causing change is not failed.
        let none = try fixture.database.write { (db: Connection) throws(OutboxError) -> [Int64] in
            try MailService.queueEvent(db, round: nil, .sessionCancelled, subjectKind: "session", subjectID: "1",
                                       to: [caseworker], facts: facts, eventAt: start, client: nil, now: now)
        }
        #expect(none.isEmpty)
    }
}
