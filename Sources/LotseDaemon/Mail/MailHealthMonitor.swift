import Foundation
import LotseCore
import LotseStore
import Synchronization

/// Watches for mail that stays undelivered past `[mail] alert_after` — the MTA refuses
/// it, sendmail cannot run, or nothing is accepted — so that a broken mail system does not
/// go unnoticed: a warning in the log, and one `delivery-delayed` notice to the
/// coordinators per episode, not one per mail and not again every round.
///
/// An episode starts when the oldest undelivered mail (other than a delay notice) passes
/// the threshold; the coordinators are told unless a delay notice was queued since that
/// moment. The rule needs no state of its own, so a restart does not repeat the notice.
/// (The notice goes through the same outbox: if nothing is delivered it waits too, which
/// is why the warning and `lotse admin status` carry the same facts.)
final class MailHealthMonitor: Sendable {
    private let database: Database
    private let composer: MailComposer
    private let recipients: [MailRecipient]
    private let alertAfter: TimeInterval
    private let warn: @Sendable (String) -> Void
    /// The language of the warning (the administrator's locale, `DaemonServices.language`).
    private let language: MessageLanguage
    /// The outbox id of the oldest overdue mail last warned about, so the log says it once.
    private let warned = Mutex<Int64?>(nil)

    init(database: Database, composer: MailComposer, recipients: [MailRecipient], alertAfter: TimeInterval,
         language: MessageLanguage = .en, warn: @escaping @Sendable (String) -> Void) {
        self.database = database
        self.language = language
        self.composer = composer
        self.recipients = recipients
        self.alertAfter = alertAfter
        self.warn = warn
    }

    /// Checks the outbox at `now`; returns the ids of the delay notices queued (empty when
    /// nothing is overdue or the coordinators were already told). Reads only, unless a
    /// notice is due: the single writer is not taken every round for nothing.
    @discardableResult
    func check(now: Date) throws(StoreError) -> [Int64] {
        let alertAfter = self.alertAfter
        let (recipients, composer, warn) = (self.recipients, self.composer, self.warn)
        let seen = try database.read { (db: Connection) throws(StoreError) -> (OutboxHealth, Bool)? in
            let outbox = Outbox(db)
            let health = try outbox.health(overdueBefore: now.addingTimeInterval(-alertAfter))
            guard let oldest = health.oldestOverdue else { return nil }
            return (health, try outbox.delayNoticeQueued(since: oldest.content.dueAt.addingTimeInterval(alertAfter)))
        }
        var outcome: (OutboxHealth, [Int64], Bool)?
        if let (health, told) = seen, let oldest = health.oldestOverdue {
            outcome = (health, [], false)
            if !told {
                // Checked again inside the transaction: another round may have told them meanwhile.
                let ids = try database.write { (db: Connection) throws(StoreError) -> [Int64]? in
                    if try Outbox(db).delayNoticeQueued(since: oldest.content.dueAt.addingTimeInterval(alertAfter)) { return nil }
                    return try DeliveryNotices.queue(db, .deliveryDelayed, key: "delivery-delayed/\(oldest.id)", about: oldest,
                                                     since: oldest.content.dueAt, to: recipients, composer: composer, now: now, warn: warn)
                }
                if let ids { outcome = (health, ids, true) }
            }
        }
        guard let (health, ids, new) = outcome, let oldest = health.oldestOverdue else {
            warned.withLock { $0 = nil }
            return []
        }
        let first = warned.withLock { previous in
            defer { previous = oldest.id }
            return previous != oldest.id
        }
        if new || first {
            warn(Self.warning(health: health, oldest: oldest, alertAfter: alertAfter, noticesQueued: new ? ids.count : nil, language: language))
        }
        return ids
    }

    /// The log line about overdue mail, in `language`; `noticesQueued` nil when the
    /// coordinators were told before.
    static func warning(health: OutboxHealth, oldest: OutboxMessage, alertAfter: TimeInterval, noticesQueued: Int?,
                        language: MessageLanguage) -> String {
        let limit = MailSettings.durationText(seconds: Int(alertAfter))
        let due = AdminInterface.timestamp(oldest.content.dueAt), to = oldest.content.recipient.value
        let count = health.overdue
        if language == .de {
            let problem = health.lastError.map { MailProblemText.text($0, in: .de) } ?? "keiner erfasst"
            let told = noticesQueued.map { $0 == 1 ? "1 Hinweis an die Koordination eingereiht" : "\($0) Hinweise an die Koordination eingereiht" }
                ?? "die Koordination wurde schon benachrichtigt"
            return "Mail: \(count == 1 ? "1 Nachricht" : "\(count) Nachrichten") länger als [mail] alert_after (\(limit)) nicht zugestellt; "
                + "älteste: Nummer \(oldest.id) an \(to), fällig \(due); letzter Fehler: \(problem); \(told)"
        }
        return "mail: \(EnglishCount.of(count, "message")) undelivered for longer than [mail] alert_after (\(limit)); oldest: "
            + "number \(oldest.id) to \(to), due \(due); "
            + "last error: \(health.lastError ?? "none recorded"); "
            + (noticesQueued.map { "\(EnglishCount.of($0, "coordinator notice")) queued" } ?? "the coordinators were told already")
    }
}
