import Foundation
import LotseCore
import LotseStore

/// Queues the coordinators' notices about mail that did not arrive — failed for good,
/// bounced, or stuck past `[mail] alert_after` — in the caller's transaction. Each notice's
/// key is fixed by what it is about, so queuing it again (a second bounce for the same
/// mail, a restart) inserts nothing: coordinators are told once.
enum DeliveryNotices {
    /// Queues `kind` to each of `recipients` about `message`; `key` names the occasion
    /// (e.g. `bounce/42`). Returns the new outbox ids. A notice that cannot be rendered is
    /// logged, not thrown: the state change it accompanies must still be committed.
    static func queue(_ db: Connection, _ kind: ReminderKind, key: String, about message: OutboxMessage, since: Date,
                      to recipients: [MailRecipient], composer: MailComposer, now: Date,
                      warn: @Sendable (String) -> Void) throws(StoreError) -> [Int64] {
        if recipients.isEmpty { warn("mail \(message.id): no coordinator address is configured to tell about it") }
        var ids: [Int64] = []
        for coordinator in recipients {
            let planned = PlannedReminder(
                key: "\(key)/\(coordinator.address.value)", kind: kind, recipient: coordinator, dueAt: now, eventAt: nil,
                facts: ReminderFacts(district: composer.district, when: since, address: message.content.recipient.value,
                                     reference: String(message.id)))
            do {
                if let id = try OutboxQueue.enqueue(db, planned, composer: composer, subjectKind: "outbox",
                                                    subjectID: String(message.id), now: now) {
                    ids.append(id)
                }
            } catch {
                switch error {
                case .store(let storeError): throw storeError
                default: warn("mail \(message.id): the \(kind.rawValue) notice could not be written: \(error.description)")
                }
            }
        }
        return ids
    }
}
