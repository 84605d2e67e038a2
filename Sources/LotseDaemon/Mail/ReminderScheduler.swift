import Foundation
import LotseCore
import LotseStore

/// Feeds the pure `ReminderPlanner` from the database and queues what is due: the
/// appointment reminders (7 and 1 days before, configurable), the specialists' session
/// lists, follow-up steps and help plan reviews that fall due, the coordinators' daily
/// digest of referrals over the waiting limit. Runs in one write transaction per round;
/// queuing is idempotent (each reminder's Message-ID comes from its stable key, and the
/// outbox keeps each Message-ID once).
///
/// Also answers, just before delivery, whether what a queued reminder is about still
/// stands (`subjectState`), so a reminder for a cancelled appointment or a step done
/// meanwhile is not sent.
///
/// Reminders name only pseudonyms, dates, times and places (`ReminderFacts`); the queries
/// here read no screening, note, recommendation or step description.
public struct ReminderScheduler: Sendable {
    /// The pure planner with the configured offsets and waiting limit.
    public var planner: ReminderPlanner
    /// Renders the queued text.
    public var composer: MailComposer
    /// Language for recipients without their own (specialists, coordinators).
    public var defaultLanguage: MessageLanguage
    /// Who gets coordinator mail (referrals over the waiting limit).
    public var coordinators: [MailRecipient]
    /// Hour of the day (Berlin) at which a follow-up step or review falls due.
    public var dueHour: Int

    /// A scheduler.
    public init(planner: ReminderPlanner, composer: MailComposer, defaultLanguage: MessageLanguage, coordinators: [MailRecipient], dueHour: Int = 8) {
        self.planner = planner
        self.composer = composer
        self.defaultLanguage = defaultLanguage
        self.coordinators = coordinators
        self.dueHour = dueHour
    }

    private var zone: TimeZone { composer.timeZone }

    private func day(_ date: Date) -> String { MailDate.isoDay(date, in: zone) }

    private func recipient(email: String?, language: String?, log: (String) -> Void, what: String) -> MailRecipient? {
        guard let email, !email.isEmpty else {
            log("mail: no address for \(what); no reminder")
            return nil
        }
        guard let address = try? EmailAddress(validating: email) else {
            log("mail: the address of \(what) is not usable for sendmail; no reminder")
            return nil
        }
        return MailRecipient(address: address, language: language.flatMap(MessageLanguage.init(rawValue:)) ?? defaultLanguage)
    }

    /// Queues every reminder due at `now`; returns the ids of rows new in the outbox.
    public func queueDue(_ db: Connection, now: Date, log: (String) -> Void = { _ in }) throws(OutboxError) -> [Int64] {
        var queued: [Int64] = []
        func add(_ reminders: [PlannedReminder], client: (PlannedReminder) -> String?, subject: (PlannedReminder) -> (String, String)) throws(OutboxError) {
            for reminder in reminders {
                let (kind, id) = subject(reminder)
                if let row = try OutboxQueue.enqueue(db, reminder, composer: composer, client: client(reminder),
                                                     subjectKind: kind, subjectID: id, now: now) {
                    queued.append(row)
                }
            }
        }
        do {
            let longest = (planner.appointmentOffsets.max() ?? 0) + ReminderPlanner.day
            // Appointments of published rosters (or booked directly) in the reminder window.
            var appointments: [AppointmentSubject] = []
            for row in try db.fetchAll("""
                SELECT a.id, a.created_at, ro.published_at, s.held_on, sl.start_time, s.place,
                       r.client, r.caseworker, r.kind, cw.email, cw.language
                FROM appointments a
                JOIN slots sl ON sl.id = a.slot_id
                JOIN sessions s ON s.id = sl.session_id
                JOIN referrals r ON r.id = a.referral_id
                LEFT JOIN caseworkers cw ON cw.unix_user = r.caseworker
                LEFT JOIN rosters ro ON ro.id = a.roster_id
                WHERE a.attendance IS NULL AND s.cancelled = 0 AND r.client IS NOT NULL AND s.held_on BETWEEN ? AND ?
                  AND (a.roster_id IS NULL OR ro.state IN ('published', 'superseded'))
                """, [day(now.addingTimeInterval(-ReminderPlanner.day)), day(now.addingTimeInterval(longest))]) {
                let id = try row.decode(Int64.self, "id")
                let client = try row.decode(String.self, "client")
                guard let start = MailDate.instant(isoDay: try row.decode(String.self, "held_on"), time: try row.decode(String.self, "start_time"), in: zone),
                      let caseworker = recipient(email: try row.decodeIfPresent(String.self, "email"), language: try row.decodeIfPresent(String.self, "language"),
                                                 log: log, what: "caseworker \(try row.decode(String.self, "caseworker"))") else { continue }
                let booked = max(try row.decode(Int64.self, "created_at"), try row.decodeIfPresent(Int64.self, "published_at") ?? 0)
                appointments.append(AppointmentSubject(id: String(id), start: start, place: try row.decode(String.self, "place"), pseudonym: client,
                                                       caseworker: caseworker, bookedAt: Date(timeIntervalSince1970: Double(booked)),
                                                       consultation: try row.decode(String.self, "kind") == ReferralKind.consultation.rawValue))
            }
            try add(planner.appointmentReminders(for: appointments, at: now),
                    client: { reminder in reminder.facts.pseudonym },
                    subject: { reminder in ("appointment", reminder.key.split(separator: "/").dropFirst().first.map(String.init) ?? "") })

            // Session lists for the specialists.
            var sessions: [SessionSubject] = []
            for row in try db.fetchAll("""
                SELECT s.id, s.held_on, s.start_time, s.place, sp.email, sp.name
                FROM sessions s JOIN specialists sp ON sp.id = s.specialist_id
                WHERE s.cancelled = 0 AND s.held_on BETWEEN ? AND ?
                """, [day(now), day(now.addingTimeInterval(planner.sessionListOffset + ReminderPlanner.day))]) {
                let id = try row.decode(Int64.self, "id")
                guard let start = MailDate.instant(isoDay: try row.decode(String.self, "held_on"), time: try row.decode(String.self, "start_time"), in: zone),
                      let specialist = recipient(email: try row.decodeIfPresent(String.self, "email"), language: nil, log: log,
                                                 what: "specialist \(try row.decode(String.self, "name"))") else { continue }
                var booked: [ReminderFacts.Appointment] = []
                for entry in try db.fetchAll("""
                    SELECT sl.start_time, r.client FROM appointments a
                    JOIN slots sl ON sl.id = a.slot_id
                    JOIN referrals r ON r.id = a.referral_id
                    LEFT JOIN rosters ro ON ro.id = a.roster_id
                    WHERE sl.session_id = ? AND a.attendance IS NULL AND r.client IS NOT NULL
                      AND (a.roster_id IS NULL OR ro.state IN ('published', 'superseded'))
                    ORDER BY sl.position
                    """, [id]) {
                    if let slotStart = MailDate.instant(isoDay: try row.decode(String.self, "held_on"), time: try entry.decode(String.self, "start_time"), in: zone) {
                        booked.append(.init(start: slotStart, pseudonym: try entry.decode(String.self, "client")))
                    }
                }
                guard !booked.isEmpty else { continue }
                // The list sent at publication is the list of the day when the session is
                // that close: a second one with the same bookings would only repeat it.
                if try db.fetchValue(Int64.self, """
                    SELECT count(*) FROM outbox WHERE kind = 'session-list' AND subject_kind = 'session' AND subject_id = ?
                      AND created_at >= ?
                    """, [String(id), start.addingTimeInterval(-planner.sessionListOffset)]) ?? 0 > 0 { continue }
                sessions.append(SessionSubject(id: String(id), start: start, place: try row.decode(String.self, "place"), specialist: specialist, appointments: booked))
            }
            try add(planner.sessionLists(for: sessions, at: now), client: { _ in nil },
                    subject: { reminder in ("session", reminder.key.split(separator: "/").dropFirst().first.map(String.init) ?? "") })

            // Follow-up steps that fall due (the step's description is never read).
            var steps: [DueItemSubject] = []
            for row in try db.fetchAll("""
                SELECT f.id, f.client, f.due_on, f.owner_role, f.owner_user,
                       cw.email AS cw_email, cw.language AS cw_language, sp.email AS sp_email
                FROM follow_up_steps f
                LEFT JOIN caseworkers cw ON f.owner_role = 'caseworker' AND cw.unix_user = f.owner_user
                LEFT JOIN specialists sp ON f.owner_role = 'specialist' AND sp.unix_user = f.owner_user
                WHERE f.status = 'open' AND f.client IS NOT NULL AND f.due_on <= ?
                """, [day(now.addingTimeInterval(planner.dueItemLead + ReminderPlanner.day))]) {
                let role = try row.decode(String.self, "owner_role")
                let owners: [MailRecipient]
                if role == "coordinator" {
                    owners = coordinators
                } else if let owner = recipient(email: try row.decodeIfPresent(String.self, role == "caseworker" ? "cw_email" : "sp_email"),
                                                language: try row.decodeIfPresent(String.self, "cw_language"), log: log,
                                                what: "\(role) \(try row.decode(String.self, "owner_user"))") {
                    owners = [owner]
                } else {
                    owners = []
                }
                guard let due = MailDate.instant(isoDay: try row.decode(String.self, "due_on"), time: String(format: "%02d:00", dueHour), in: zone) else { continue }
                for owner in owners {
                    steps.append(DueItemSubject(id: String(try row.decode(Int64.self, "id")), pseudonym: try row.decode(String.self, "client"), due: due, owner: owner))
                }
            }
            try add(planner.dueItems(steps, kind: .followUpDue, at: now), client: { $0.facts.pseudonym },
                    subject: { reminder in ("followup", reminder.key.split(separator: "/").dropFirst().first.map(String.init) ?? "") })

            // Help plans due for review.
            var plans: [DueItemSubject] = []
            for row in try db.fetchAll("""
                SELECT h.client, h.review_on, c.caseworker, cw.email, cw.language
                FROM help_plans h
                JOIN clients c ON c.pseudonym = h.client
                LEFT JOIN caseworkers cw ON cw.unix_user = c.caseworker
                WHERE c.status = 'active' AND h.review_on <= ?
                """, [day(now.addingTimeInterval(planner.dueItemLead + ReminderPlanner.day))]) {
                let client = try row.decode(String.self, "client")
                guard let due = MailDate.instant(isoDay: try row.decode(String.self, "review_on"), time: String(format: "%02d:00", dueHour), in: zone),
                      let owner = recipient(email: try row.decodeIfPresent(String.self, "email"), language: try row.decodeIfPresent(String.self, "language"),
                                            log: log, what: "caseworker \(try row.decode(String.self, "caseworker"))") else { continue }
                plans.append(DueItemSubject(id: client, pseudonym: client, due: due, owner: owner))
            }
            try add(planner.dueItems(plans, kind: .helpPlanReviewDue, at: now), client: { $0.facts.pseudonym },
                    subject: { reminder in ("helpplan", reminder.facts.pseudonym ?? "") })

            // Referrals waiting longer than the limit: one digest a day per coordinator,
            // from the hour steps fall due on.
            if !coordinators.isEmpty, let from = MailDate.instant(isoDay: day(now), time: String(format: "%02d:00", dueHour), in: zone),
               now >= from {
                var waiting: [WaitingReferralSubject] = []
                for row in try db.fetchAll("SELECT id, client, referred_on FROM referrals WHERE status = 'waiting' AND referred_on <= ? ORDER BY referred_on, id",
                                           [day(now.addingTimeInterval(-planner.waitingLimit))]) {
                    guard let since = MailDate.instant(isoDay: try row.decode(String.self, "referred_on"), in: zone) else { continue }
                    waiting.append(WaitingReferralSubject(id: String(try row.decode(Int64.self, "id")),
                                                          pseudonym: try row.decodeIfPresent(String.self, "client") ?? "—", submittedAt: since))
                }
                try add(planner.waitingDigest(waiting, coordinators: coordinators, day: day(now), at: now), client: { _ in nil },
                        subject: { _ in ("digest", day(now)) })
            }
        } catch let error as StoreError {
            throw .store(error)
        } catch let error as OutboxError {
            throw error
        } catch {
            throw .store(StoreError(kind: .invalidValue(field: "reminder"), message: "\(error)"))
        }
        return queued
    }

    /// Whether what a queued reminder is about still stands.
    public static func subjectState(_ db: Connection, _ entry: OutboxEntry) throws(StoreError) -> ReminderSubjectState {
        guard let kind = entry.subjectKind, let id = entry.subjectID else { return .active }
        switch kind {
        case "appointment":
            guard let row = try db.fetchOne("""
                SELECT a.attendance, s.cancelled FROM appointments a JOIN slots sl ON sl.id = a.slot_id JOIN sessions s ON s.id = sl.session_id
                WHERE a.id = ?
                """, [Int64(id) ?? -1]) else { return .gone }
            if try row.decode(Bool.self, "cancelled") { return .cancelled }
            let attendance = try row.decodeIfPresent(String.self, "attendance")
            return attendance?.hasPrefix("cancelled") == true ? .cancelled : .active
        case "session":
            guard let cancelled = try db.fetchValue(Bool.self, "SELECT cancelled FROM sessions WHERE id = ?", [Int64(id) ?? -1]) else { return .gone }
            return cancelled ? .cancelled : .active
        case "followup":
            guard let status = try db.fetchValue(String.self, "SELECT status FROM follow_up_steps WHERE id = ?", [Int64(id) ?? -1]) else { return .gone }
            return status == "open" ? .active : (status == "done" ? .done : .cancelled)
        case "helpplan":
            guard let status = try db.fetchValue(String.self, "SELECT c.status FROM help_plans h JOIN clients c ON c.pseudonym = h.client WHERE h.client = ?", [id]) else { return .gone }
            return status == "active" ? .active : .done
        case "referral":
            guard let status = try db.fetchValue(String.self, "SELECT status FROM referrals WHERE id = ?", [Int64(id) ?? -1]) else { return .gone }
            return status == "waiting" ? .active : .done
        default:
            return .active
        }
    }
}
