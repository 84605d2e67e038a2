import Foundation

/// Decides which reminders are due at a given instant. Pure: the instant and every fact
/// are passed in, so the same inputs always give the same reminders.
///
/// Time-based reminders (before an appointment or session, on a due date, after the
/// waiting limit) come from here; event reminders (published, cancelled, roster awaiting
/// approval, acute-risk alert, delivery failure) are written by the change that causes
/// them, with `event(…)`. Before delivery, `isMoot` says whether a queued reminder is still wanted.
public struct ReminderPlanner: Sendable, Equatable {
    /// How long before an appointment the caseworker is reminded (default 7 days and 1 day).
    public var appointmentOffsets: [TimeInterval]
    /// How long before a session the specialist gets the list (default 1 day).
    public var sessionListOffset: TimeInterval
    /// How long before a follow-up step's or review's due instant the owner is reminded (default 0).
    public var dueItemLead: TimeInterval
    /// How long a referral may wait before the coordinator is told (default 8 weeks).
    public var waitingLimit: TimeInterval
    /// The district's name for the texts.
    public var district: String

    /// One day in seconds.
    public static let day: TimeInterval = 24 * 60 * 60

    /// A planner; negative or duplicate offsets are dropped.
    public init(district: String, appointmentOffsets: [TimeInterval] = [7 * day, 1 * day], sessionListOffset: TimeInterval = 1 * day,
                dueItemLead: TimeInterval = 0, waitingLimit: TimeInterval = 8 * 7 * day) {
        self.district = district
        self.appointmentOffsets = Array(Set(appointmentOffsets.filter { $0 >= 0 })).sorted()
        self.sessionListOffset = max(0, sessionListOffset)
        self.dueItemLead = max(0, dueItemLead)
        self.waitingLimit = max(0, waitingLimit)
    }

    /// Appointment reminders due at `now`. Of an appointment's offsets that have come due,
    /// only the nearest one is planned (a daemon that was down for a week sends the 1-day
    /// reminder, not both); offsets that fell due before the booking are skipped; cancelled
    /// and past appointments get none.
    public func appointmentReminders(for appointments: [AppointmentSubject], at now: Date) -> [PlannedReminder] {
        appointments.compactMap { appointment in
            guard !appointment.cancelled, appointment.start > now else { return nil }
            let due = appointmentOffsets.first { offset in
                let dueAt = appointment.start.addingTimeInterval(-offset)
                return dueAt <= now && (appointment.bookedAt.map { dueAt >= $0 } ?? true)
            }
            guard let offset = due else { return nil }
            // A case consultation is the caseworker's own appointment, without the client.
            let kind: ReminderKind = appointment.consultation ? .consultationReminder : .appointmentReminder
            return PlannedReminder(
                key: "\(kind.rawValue)/\(appointment.id)/\(Int(offset))",
                kind: kind, recipient: appointment.caseworker,
                dueAt: appointment.start.addingTimeInterval(-offset), eventAt: appointment.start,
                facts: ReminderFacts(district: district, pseudonym: appointment.pseudonym, when: appointment.start, place: appointment.place,
                                     appointment: Int64(appointment.id)))
        }
    }

    /// Session lists due at `now`: one per session, from `sessionListOffset` before its start
    /// until it starts; none for a cancelled session.
    public func sessionLists(for sessions: [SessionSubject], at now: Date) -> [PlannedReminder] {
        sessions.compactMap { session in
            let dueAt = session.start.addingTimeInterval(-sessionListOffset)
            guard !session.cancelled, dueAt <= now, session.start > now else { return nil }
            return PlannedReminder(
                key: "\(ReminderKind.sessionList.rawValue)/\(session.id)",
                kind: .sessionList, recipient: session.specialist, dueAt: dueAt, eventAt: session.start,
                facts: ReminderFacts(district: district, when: session.start, place: session.place, appointments: session.appointments))
        }
    }

    /// Follow-up steps (`kind` `.followUpDue`) or help plan reviews (`.helpPlanReviewDue`)
    /// due at `now`; none for items already done. The due instant is part of the key, so a
    /// moved due date gives a new reminder.
    public func dueItems(_ items: [DueItemSubject], kind: ReminderKind, at now: Date) -> [PlannedReminder] {
        items.compactMap { item in
            let dueAt = item.due.addingTimeInterval(-dueItemLead)
            guard !item.done, dueAt <= now else { return nil }
            return PlannedReminder(
                key: "\(kind.rawValue)/\(item.id)/\(Int(item.due.timeIntervalSince1970))",
                kind: kind, recipient: item.owner, dueAt: dueAt, eventAt: nil,
                facts: ReminderFacts(district: district, pseudonym: item.pseudonym, when: item.due))
        }
    }

    /// The coordinators' digest of the referrals over the waiting limit at `now`: one mail
    /// per coordinator and `day` (`YYYY-MM-DD`, part of the key, so a day never gets two),
    /// listing every referral then waiting longer than the limit; none when there is none.
    public func waitingDigest(_ referrals: [WaitingReferralSubject], coordinators: [MailRecipient], day: String,
                              at now: Date) -> [PlannedReminder] {
        let overdue = referrals.filter { $0.waiting && $0.submittedAt.addingTimeInterval(waitingLimit) <= now }
            .map { ReminderFacts.Overdue(pseudonym: $0.pseudonym, referredAt: $0.submittedAt,
                                         weeks: Int(now.timeIntervalSince($0.submittedAt) / (7 * Self.day))) }
        guard !overdue.isEmpty else { return [] }
        let limitWeeks = Int((waitingLimit / (7 * Self.day)).rounded())
        return coordinators.map { coordinator in
            PlannedReminder(key: "\(ReminderKind.waitingDigest.rawValue)/\(day)/\(coordinator.address.value)", kind: .waitingDigest,
                            recipient: coordinator, dueAt: now, eventAt: nil,
                            facts: ReminderFacts(district: district, when: now, weeks: limitWeeks, overdue: overdue))
        }
    }

    /// A reminder caused by an event at `now` (published, cancelled, roster awaiting
    /// approval, acute-risk alert, delivery failure): due at once.
    public func event(_ kind: ReminderKind, subjectID: String, recipient: MailRecipient, at now: Date, eventAt: Date?, facts: ReminderFacts) -> PlannedReminder {
        PlannedReminder(key: "\(kind.rawValue)/\(subjectID)/\(recipient.address.value)", kind: kind, recipient: recipient,
                        dueAt: now, eventAt: eventAt, facts: facts)
    }

    /// True when a queued reminder is no longer wanted and must not be sent: its subject is
    /// cancelled, done or gone, or (for kinds about a coming event) the event has begun.
    /// The acute-risk alert and the delivery notice are never moot.
    public static func isMoot(kind: ReminderKind, subject: ReminderSubjectState, eventAt: Date?, at now: Date) -> Bool {
        switch kind {
        case .acuteRiskAlert, .deliveryFailed, .deliveryDelayed:
            return false
        case .sessionCancelled, .appointmentCancelled, .specialistSessionCancelled:
            return subject == .gone || (eventAt.map { $0 <= now } ?? false)
        case .appointmentReminder, .appointmentPublished, .consultationReminder, .consultationPublished, .sessionList:
            return subject != .active || (eventAt.map { $0 <= now } ?? false)
        case .followUpDue, .helpPlanReviewDue, .rosterAwaitingApproval:
            return subject != .active
        case .waitingDigest:
            return false
        }
    }
}
