import Foundation
import LotseCore
import LotseStore

/// A follow-up step's due reminder after a hand-over. The mail service's
/// `ReminderScheduler` queues a step's `followup-due` mail once, keyed by the step and its
/// due time; when the step changes hands after that, the queued mail is made moot and
/// the new owner is told instead, in the same transaction as the hand-over.
enum FollowUpReminder {
    /// Makes the queued reminder of `step` moot; if there was one, queues the same
    /// reminder for the step's (new) owner. Returns the outbox ids queued.
    static func handOver(_ step: FollowUpStep, _ db: Connection, configuration: Configuration, now: Date) throws(StoreError) -> [Int64] {
        let mooted = try OutboxQueue.markSubjectMoot(db, subjectKind: "followup", subjectID: step.id.description)
        guard mooted > 0, step.status == .open, let client = step.client else { return [] }
        let zone = TimeZone(identifier: EuropeBerlinTimeZone.identifier) ?? TimeZone(secondsFromGMT: 3600) ?? .current
        let due = TimeOfDay(hour: 8, minute: 0).flatMap { step.dueOn.instant(at: $0, in: zone) }
        let recipients: [MailRecipient]?
        switch step.owner.role {
        case .coordinator, .admin:
            recipients = nil
        case .caseworker:
            recipients = try CaseworkerRepository(db).find(step.owner.user).flatMap { caseworker in
                (try? MailAddress(validating: caseworker.email.value)).map {
                    [MailRecipient(address: $0, language: MailLanguage(rawValue: caseworker.language.rawValue) ?? .german)]
                }
            } ?? []
        case .specialist:
            recipients = try SpecialistRepository(db).find(user: step.owner.user).flatMap { specialist in
                (try? MailAddress(validating: specialist.email.value)).map { [MailRecipient(address: $0, language: .german)] }
            } ?? []
        }
        if recipients?.isEmpty == true { return [] }
        do {
            return try MailService.queueEvent(db, .followUpDue, subjectKind: "followup", subjectID: step.id.description, to: recipients,
                                              facts: ReminderFacts(district: configuration.district.name, pseudonym: client.description, when: due),
                                              eventAt: nil, client: client.description, now: now)
        } catch {
            if case .store(let storeError) = error { throw storeError }
            return []
        }
    }
}
