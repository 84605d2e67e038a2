import Foundation
import LotseCore
import LotseStore

/// Cancelling a booked appointment before it takes place — by the client (through their
/// caseworker or a coordinator) or by the service — with everything that follows, in the
/// caller's transaction: the slot is freed (the appointment keeps its outcome and reason),
/// the referral goes back to the head of its urgency on the waiting list, the
/// appointment's reminders become moot, a live draft of the month lets go of the slot,
/// and the session's specialist is told by mail (pseudonym, time and place — never why).
///
/// `lotse appointment cancel` and a cancellation recorded through
/// `lotse assessment attend N cancelled-by-…` both end here, so both free the slot the
/// same way and `lotse roster refill` offers it to the next waiting referral.
struct AppointmentCancellation {
    /// What the cancellation did.
    struct Outcome {
        /// The appointment as it is now.
        var entry: AgendaEntry
        /// The referral as it is now (waiting, at the head of its urgency).
        var referral: Referral
        /// Mails queued (the specialist's notice).
        var mailsQueued: Int
        /// Whether the specialist's notice was queued.
        var specialistNotified: Bool
    }

    let call: CaseworkCall
    let db: Connection

    /// Refuses an appointment that is settled: it has its outcome already, or its session
    /// was cancelled (its slot is free). Recording an outcome and cancelling both start here.
    static func requireOpen(_ entry: AgendaEntry, field: String) throws(CaseworkFailure) {
        let id = entry.appointment
        if let recorded = entry.attendance {
            throw .invalid(field, en: "appointment \(id) already has its outcome: \(recorded.name(in: .en))",
                           de: "Termin \(id) hat schon ein Ergebnis: \(recorded.name(in: .de))")
        }
        if entry.sessionCancelled {
            throw .invalid("appointment", en: "the session of appointment \(id) was cancelled; the slot is free already",
                           de: "die Sprechstunde von Termin \(id) wurde abgesagt; der Platz ist schon frei")
        }
    }

    /// Cancels `entry` (whose referral is `referral`) as `attendance` with `reason`.
    /// The caller has checked who may do it; this checks the appointment's state.
    func cancel(_ entry: AgendaEntry, referral found: Referral, as attendance: Attendance,
                reason: String?) throws(CaseworkFailure) -> Outcome {
        let id = entry.appointment
        try Self.requireOpen(entry, field: "appointment")
        var referral = found
        if case .failure(let error) = referral.record(attendance, policy: call.configuration.planning.noShowPolicy) {
            throw .invalid("appointment", en: "referral \(referral.id): \(error)", de: "Anmeldung \(referral.id): \(error.germanDescription)")
        }
        // A client who cannot come that day is not offered the same day again by a refill.
        if attendance == .cancelledByClient, entry.date >= call.today {
            let d = referral.details
            if case .success(let details) = ReferralDetails.make(
                kind: d.kind, urgency: d.urgency, urgencyReason: d.urgencyReason, language: d.language,
                interpreterNeeded: d.interpreterNeeded, unavailableDates: d.unavailableDates.filter { $0 >= call.today } + [entry.date],
                preferredSpecialist: d.preferredSpecialist, excludedSpecialists: d.excludedSpecialists, note: d.note, today: call.today) {
                _ = referral.update(details)
            }
        }
        let user = try call.userName()
        try call.store { () throws(StoreError) in
            try AppointmentRepository(db).cancel(id, attendance, reason: reason, by: user, at: call.now)
            try ReferralRepository(db).update(referral, now: call.now)
            _ = try Outbox(db).markMoot(subjectKind: "appointment", subjectID: String(id))
        }
        let service = RosterService(call.request)
        var notifier = RosterNotifier(db: db, configuration: call.configuration, now: call.now)
        var notified = false
        do {
            let who = attendance == .cancelledByClient ? "by the client" : "by the service"
            try service.release(db, month: CalendarMonth(containing: entry.date),
                                where: { $0.referral == referral.id && $0.slot == entry.slot }) { released in
                RosterWaitingReason(referral: released.referral, reason: "appointment-cancelled",
                                    detail: "the appointment on \(entry.date.displayText) \(entry.time) was cancelled \(who); slot \(entry.slot) is free")
            }
            if let specialist = try SpecialistRepository(db).find(entry.specialist),
               let time = TimeOfDay(parsing: entry.time), let start = entry.date.instant(at: time, in: service.zone) {
                try notifier.specialistEvent(.appointmentCancelled, specialist: specialist, subjectKind: "appointment",
                                             subjectID: String(id), client: referral.client, start: start, place: entry.place)
                notified = notifier.queued > 0
            }
        } catch let error as StoreError {
            throw CaseworkFailure(storeError: error)
        } catch let error as CoordinationError {
            throw CaseworkFailure(storeError: StoreError(kind: .invalidValue(field: "roster"),
                                                         message: error.parameters["message"]?.stringValue ?? error.name))
        } catch {
            throw CaseworkFailure(storeError: StoreError(kind: .invalidValue(field: "appointment"), message: "\(error)"))
        }
        var updated = entry
        updated.attendance = attendance
        return Outcome(entry: updated, referral: referral, mailsQueued: notifier.queued, specialistNotified: notified)
    }
}
