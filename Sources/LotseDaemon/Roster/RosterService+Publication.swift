import Foundation
import LotseCore
import LotseStore

extension RosterService {
    /// What publishing did.
    struct PublishResult {
        var roster: Roster
        var booked: Int
        var cancelled: Int
        var mailsQueued: Int
        var notNotified: [String]
    }

    /// Publishes the approved draft: its entries become appointments (entries unchanged
    /// since the previous version keep theirs), appointments no longer in the roster are
    /// cancelled and their referrals return to the head of the waiting list, caseworkers
    /// and specialists are told through the outbox in the same transaction, the previous
    /// published version is superseded, and this one is frozen.
    func publish(month: CalendarMonth) throws(CoordinationError) -> PublishResult {
        let result = try services.database.writing { (db: Connection) throws -> PublishResult in
            let records = RosterRecords(db)
            let referrals = ReferralRepository(db)
            guard var roster = try records.live(month: month) else {
                if let published = try records.published(month: month) {
                    throw CoordinationError.state(en: "Version \(published.version) of \(month.name(in: .en)) is already published; nothing has changed since.",
                                                  de: "Version \(published.version) für \(month.name(in: .de)) ist schon veröffentlicht; seither hat sich nichts geändert.")
                }
                throw CoordinationError.state(en: "There is no approved roster for \(month.name(in: .en)) to publish; plan and approve it first.",
                                              de: "Für \(month.name(in: .de)) gibt es keinen freigegebenen Terminplan zum Veröffentlichen; planen und freigeben Sie ihn zuerst.")
            }
            guard roster.status == .approved else {
                throw CoordinationError.state(en: "Version \(roster.version) of \(month.name(in: .en)) is a draft; approve it first (lotse roster approve \(month.displayText)).",
                                              de: "Version \(roster.version) für \(month.name(in: .de)) ist ein Entwurf; geben Sie ihn zuerst frei (lotse roster approve \(month.displayText)).")
            }
            var notifier = RosterNotifier(db: db, configuration: configuration, now: now)
            let sessions = try SessionRepository(db).list(from: month.firstDay, through: month.lastDay)
            let sessionByID = Dictionary(uniqueKeysWithValues: sessions.map { ($0.id, $0) })
            var kept: Set<String> = []
            let held = try records.heldSlots(from: month.firstDay, through: month.lastDay)
            var cancelled = 0
            // The sessions whose bookings this publication changes: only their specialists
            // get a new list (a second publication that moves one client does not send
            // every specialist of the month the same list again).
            var changedSessions: Set<SessionID> = []
            for appointment in try records.liveAppointments(from: month.firstDay, through: month.lastDay) {
                if let entry = roster.entry(for: appointment.referral), entry.slot == appointment.slot {
                    kept.insert("\(appointment.referral)@\(appointment.slot)")
                    continue
                }
                try records.cancelAppointment(appointment.id, by: user, now: now)
                try notifier.mootAppointment(appointment.id)
                cancelled += 1
                changedSessions.insert(appointment.slot.session)
                var referral = try referrals.referral(appointment.referral)
                if roster.entry(for: appointment.referral) == nil, referral.status == .scheduled {
                    _ = referral.returnToWaitingList()
                    try referrals.update(referral, now: now)
                    if let session = sessionByID[appointment.slot.session], let start = startInstant(session, index: appointment.slot.index) {
                        try notifier.appointmentEvent(.sessionCancelled, caseworker: referral.caseworker, client: referral.client,
                                                      appointment: appointment.id, start: start, place: session.place)
                    }
                }
            }
            var booked = 0
            var lists: [SessionID: [ReminderFacts.Appointment]] = [:]
            for entry in roster.entries {
                var referral = try referrals.referral(entry.referral)
                guard let session = sessionByID[entry.slot.session], let start = startInstant(session, index: entry.slot.index) else { continue }
                lists[session.id, default: []].append(ReminderFacts.Appointment(start: start, pseudonym: referral.client?.description ?? "—"))
                if kept.contains("\(entry.referral)@\(entry.slot)") || held[entry.slot] == entry.referral { continue }
                let appointment = try records.insertAppointment(referral: entry.referral, slot: entry.slot, roster: roster.id, now: now)
                booked += 1
                changedSessions.insert(session.id)
                if referral.status == .waiting {
                    if case .failure(let error) = referral.schedule() { throw CoordinationError.state(en: "Referral \(referral.id): \(error).", de: "Anmeldung \(referral.id): \(error.germanDescription).") }
                    try referrals.update(referral, now: now)
                }
                try notifier.appointmentEvent(.appointmentPublished, caseworker: referral.caseworker, client: referral.client,
                                              appointment: appointment, start: start, place: session.place,
                                              consultation: referral.details.kind == .consultation)
            }
            for (sessionID, appointments) in lists.sorted(by: { $0.key < $1.key }) where changedSessions.contains(sessionID) {
                guard let session = sessionByID[sessionID], let start = startInstant(session, index: 1),
                      let specialist = try SpecialistRepository(db).find(session.specialist) else { continue }
                try notifier.sessionList(specialist: specialist, session: session, start: start, version: roster.version,
                                         appointments: appointments)
            }
            if var previous = try records.published(month: month) {
                _ = previous.supersede()
                try records.update(previous, by: user, now: now)
            }
            if case .failure(let error) = roster.publish() { throw CoordinationError.state(error) }
            try records.update(roster, by: user, now: now)
            return PublishResult(roster: roster, booked: booked, cancelled: cancelled, mailsQueued: notifier.queued,
                                 notNotified: notifier.skipped)
        }
        audit("roster.publish", month: month,
              detail: "version \(result.roster.version): \(result.booked) booked, \(result.cancelled) cancelled, \(result.mailsQueued) mails")
        MailService.wakeRunning()
        return result
    }

    /// The instant a session's slot starts (Europe/Berlin).
    func startInstant(_ session: Session, index: Int) -> Date? {
        let minutes = session.start.minutesSinceMidnight + (index - 1) * session.slotMinutes
        guard let time = TimeOfDay(hour: minutes / 60, minute: minutes % 60) else { return nil }
        return session.date.instant(at: time, in: zone)
    }

    /// What a cancellation did.
    struct CancelResult {
        var sessions: [SessionID]
        var returned: [ReferralID]
        var mailsQueued: Int
    }

    /// Cancels one session, or with `series` every occurrence of its series from that
    /// session on. Booked clients go back to the head of their urgency on the waiting list
    /// and their caseworkers are told; drafts lose the cancelled slots.
    func cancelSession(_ id: SessionID, series: Bool) throws(CoordinationError) -> CancelResult {
        let result = try services.database.writing { (db: Connection) throws -> CancelResult in
            let repository = SessionRepository(db)
            let records = RosterRecords(db)
            let referrals = ReferralRepository(db)
            guard let first = try repository.find(id) else { throw CoordinationError.notFound("session", id.description) }
            // A session that has begun was held (or is being held): cancelling it would tell
            // the specialist it is off, count it as cancelled by the service and send its
            // attended clients back to the waiting list. Who did not come is recorded instead.
            if first.status == .scheduled, let start = startInstant(first, index: 1), start <= now {
                throw CoordinationError.state(
                    en: "Session \(id) began on \(first.date.displayText) at \(first.start); only a session still to come can be cancelled (record who did not come with lotse assessment attend).",
                    de: "Sprechstunde \(id) hat am \(first.date.displayText) um \(first.start) Uhr begonnen; absagen lässt sich nur eine kommende (wer nicht kam, halten Sie mit lotse assessment attend fest).")
            }
            var targets = [first]
            if series {
                guard let seriesID = try db.fetchValue(Int64.self, "SELECT series_id FROM sessions WHERE id = ?", [id]) else {
                    throw CoordinationError.invalid("series", en: "Session \(id) is not part of a recurring series; cancel it alone.",
                                                    de: "Sprechstunde \(id) gehört zu keiner Serie; sagen Sie sie allein ab.")
                }
                targets = []
                for row in try db.fetchAll("SELECT id FROM sessions WHERE series_id = ? AND held_on >= ? ORDER BY held_on", [seriesID, first.date]) {
                    if let session = try repository.find(try row.decode(SessionID.self, "id")) { targets.append(session) }
                }
                try db.execute("UPDATE session_series SET cancelled = 1 WHERE id = ?", [seriesID])
            }
            targets = targets.filter { $0.status == .scheduled }
            if targets.isEmpty { throw CoordinationError.state(en: "Session \(id) is already cancelled.", de: "Sprechstunde \(id) ist schon abgesagt.") }
            var notifier = RosterNotifier(db: db, configuration: configuration, now: now)
            var returned: [ReferralID] = []
            var months: Set<CalendarMonth> = []
            for var session in targets {
                _ = session.cancel()
                try repository.updateStatus(session, now: now)
                months.insert(CalendarMonth(containing: session.date))
                for appointment in try records.liveAppointments(session: session.id) {
                    try records.cancelAppointment(appointment.id, by: user, now: now)
                    try notifier.mootAppointment(appointment.id)
                    var referral = try referrals.referral(appointment.referral)
                    if referral.status == .scheduled {
                        _ = referral.returnToWaitingList()
                        try referrals.update(referral, now: now)
                        returned.append(referral.id)
                    }
                    if let start = startInstant(session, index: appointment.slot.index) {
                        try notifier.appointmentEvent(.sessionCancelled, caseworker: referral.caseworker, client: referral.client,
                                                      appointment: appointment.id, start: start, place: session.place)
                    }
                }
                _ = try Outbox(db).markMootChecked(session: session.id)
            }
            let cancelledIDs = Set(targets.map(\.id))
            for month in months {
                try release(db, month: month, where: { cancelledIDs.contains($0.slot.session) }) { entry in
                    RosterWaitingReason(referral: entry.referral, reason: "session-cancelled",
                                        detail: "the session of slot \(entry.slot) was cancelled")
                }
            }
            for session in targets {
                if let specialist = try SpecialistRepository(db).find(session.specialist), let start = startInstant(session, index: 1) {
                    try notifier.specialistEvent(.specialistSessionCancelled, specialist: specialist, subjectKind: "session",
                                                 subjectID: String(session.id.rawValue), client: nil, start: start, place: session.place)
                }
            }
            return CancelResult(sessions: targets.map(\.id), returned: returned, mailsQueued: notifier.queued)
        }
        services.audit(AuditEntry(at: services.now(), uid: caller.uid, user: caller.userName, role: caller.roleSummary, action: "session.cancel",
                                  recordKind: "session", recordID: id.description,
                                  detail: "\(EnglishCount.of(result.sessions.count, "session")), \(EnglishCount.of(result.returned.count, "referral")) back on the waiting list"))
        MailService.wakeRunning()
        return result
    }
}

extension RosterService {
    /// Takes the entries `remove` picks out of the month's live draft (their slot or
    /// appointment is gone), gives each referral the waiting reason `reason` makes, and
    /// proves the draft's bound again. Nothing happens when the month has no live draft
    /// or none of its entries is picked.
    func release(_ db: Connection, month: CalendarMonth, where remove: (RosterEntry) -> Bool,
                 reason: (RosterEntry) -> RosterWaitingReason) throws {
        let records = RosterRecords(db)
        guard let live = try records.live(month: month) else { return }
        let removed = live.entries.filter(remove)
        if removed.isEmpty { return }
        let released = Set(removed.map(\.referral))
        let reasons = live.waitingReasons.filter { !released.contains($0.referral) } + removed.map(reason)
        switch Roster.draft(id: live.id, year: live.year, month: live.month, version: live.version,
                            entries: live.entries.filter { !remove($0) }, bound: live.bound, waitingReasons: reasons) {
        case .success(var draft):
            try reprove(db, &draft, month: month)
            try records.update(draft, by: user, now: now)
        case .failure(let error):
            throw CoordinationError.internalFailure(en: "The draft cannot be updated", de: "Der Entwurf kann nicht geändert werden", error)
        }
    }
}

extension Outbox {
    /// Makes a cancelled session's list moot.
    func markMootChecked(session: SessionID) throws(CoordinationError) -> Int {
        do { return try markMoot(subjectKind: "session", subjectID: String(session.rawValue)) } catch { throw .store(error) }
    }
}
