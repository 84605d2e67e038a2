import Foundation
import LotseCore
import LotseStore

/// Delivers the outbox: claims a due row (pending → sending, committed before sendmail
/// runs), runs sendmail, and commits the outcome — sent, failed for good (and the
/// coordinators told, in the same transaction), or back to pending with the next
/// attempt time from the back-off. On start, rows left in `sending` by a crash go back to
/// pending and are sent again with the same Message-ID.
///
/// A row is committed as `sending` before sendmail runs, so a crash between sendmail's
/// success and the `sent` commit causes one duplicate (recognisable by its Message-ID),
/// never a loss. Runs synchronously on the caller's thread: call `deliverDue` from the
/// daemon's mail thread, not from the Swift concurrency pool.
public final class OutboxWorker: Sendable {
    /// What one `deliverDue` run did.
    public struct Report: Sendable, Equatable {
        /// Rows accepted by sendmail.
        public var sent: [Int64] = []
        /// Rows that failed for good.
        public var failed: [Int64] = []
        /// Rows put back for a later attempt.
        public var retried: [Int64] = []
        /// Rows not sent because they became moot.
        public var moot: [Int64] = []
        /// Delivery notices queued for coordinators.
        public var noticesQueued: [Int64] = []
    }

    private let database: Database
    private let transport: SendmailTransport
    private let composer: MailComposer
    private let backoff: RetryBackoff
    private let noticeRecipients: [MailRecipient]
    private let subjectState: @Sendable (OutboxEntry) -> ReminderSubjectState
    private let clock: @Sendable () -> Date
    private let log: @Sendable (String) -> Void
    private let warn: @Sendable (String) -> Void
    private let alertAfter: TimeInterval
    /// The language of the log lines: lotsed's (LC_ALL, LC_MESSAGES, LANG).
    private let language: MessageLanguage

    /// A worker.
    /// - Parameters:
    ///   - noticeRecipients: the coordinators told about a mail that failed for good.
    ///   - subjectState: looks up whether what a row is about still stands (default: it
    ///     does; rows are also made moot by `Outbox.markMoot` when it changes).
    ///   - clock: the current time (tests pass their own).
    ///   - log: routine events (sent, retried while still within `alertAfter`).
    ///   - warn: failures someone must look at — a permanent failure, a retry of a mail
    ///     due longer than `alertAfter` ago, an unusable row.
    public init(database: Database, transport: SendmailTransport, composer: MailComposer, backoff: RetryBackoff = .standard,
                noticeRecipients: [MailRecipient],
                subjectState: @escaping @Sendable (OutboxEntry) -> ReminderSubjectState = { _ in .active },
                clock: @escaping @Sendable () -> Date = { Date() },
                alertAfter: TimeInterval = 3600,
                log: @escaping @Sendable (String) -> Void = { _ in },
                warn: @escaping @Sendable (String) -> Void = { _ in }, language: MessageLanguage = .en) {
        self.language = language
        self.database = database
        self.transport = transport
        self.composer = composer
        self.backoff = backoff
        self.noticeRecipients = noticeRecipients
        self.subjectState = subjectState
        self.clock = clock
        self.log = log
        self.warn = warn
        self.alertAfter = alertAfter
    }

    /// Puts rows interrupted by a crash back to pending; call once at start-up.
    @discardableResult
    public func recoverAfterRestart() throws(StoreError) -> Int {
        let now = clock()
        let count = try database.write { (db: Connection) throws(StoreError) -> Int in
            try Outbox(db).recoverInterrupted(now: now)
        }
        if count > 0 {
            log(language.pick(de: "Mail: \(count == 1 ? "1 Nachricht" : "\(count) Nachrichten") beim Senden unterbrochen, mit derselben Message-ID wieder eingereiht",
                              en: "mail: \(EnglishCount.of(count, "message")) interrupted while sending, queued again with their Message-IDs"))
        }
        return count
    }

    /// Delivers every row that is due now, most urgent first, one at a time, until none
    /// is due (rows put back for later are not tried again in this run) or `keepGoing`
    /// says stop (the daemon is shutting down: it waits for one sendmail run at most).
    public func deliverDue(while keepGoing: () -> Bool = { true }) throws(StoreError) -> Report {
        var report = Report()
        while keepGoing(), let entry = try claim() {
            try deliver(entry, into: &report)
        }
        return report
    }

    private func claim() throws(StoreError) -> OutboxEntry? {
        let now = clock()
        return try database.write { (db: Connection) throws(StoreError) -> OutboxEntry? in
            try Outbox(db).claimNext(now: now).map { (message: OutboxMessage) throws(StoreError) in try OutboxEntry(message) }
        }
    }

    private func deliver(_ entry: OutboxEntry, into report: inout Report) throws(StoreError) {
        let now = clock()
        let kind = ReminderKind(rawValue: entry.kind)
        let eventAt = entry.payload.eventAt.map { Date(timeIntervalSince1970: Double($0)) }
        if let kind, ReminderPlanner.isMoot(kind: kind, subject: subjectState(entry), eventAt: eventAt, at: now) {
            try database.write { (db: Connection) throws(StoreError) in try Outbox(db).markClaimedMoot(entry.id) }
            report.moot.append(entry.id)
            log(language.pick(de: "Mail \(entry.id): nicht gesendet, nicht mehr nötig", en: "mail \(entry.id): not sent, no longer needed"))
            return
        }
        let attempt: DeliveryAttempt
        if kind != nil, let recipient = try? EmailAddress(validating: entry.recipient) {
            let message = composer.message(to: recipient, subject: entry.payload.subject, body: entry.payload.body,
                                           messageID: MessageID(stored: entry.messageID), date: now)
            attempt = transport.deliver(message.rendered(timeZone: composer.timeZone), to: recipient)
        } else {
            // A row that can never be sent as stored (edited by hand, or from a newer version).
            attempt = DeliveryAttempt(ending: .exited(65), stderrExcerpt: "", note: nil)
            let kindText = entry.kind, recipientText = HeaderText.stripped(entry.recipient)
            warn(language.pick(de: "Mail \(entry.id): unbrauchbarer Eintrag (Art „\(kindText)“, Empfänger:in „\(recipientText)“)",
                               en: "mail \(entry.id): unusable row (kind \"\(kindText)\", recipient \"\(recipientText)\")"))
        }
        let finishedAt = clock()
        let retryAt = backoff.nextAttempt(afterAttempts: entry.attempts, failedAt: finishedAt)
        let notices = try database.write { (db: Connection) throws(StoreError) -> [Int64] in
            let outbox = Outbox(db)
            let exitCode = attempt.exitCode.map(Int.init)
            switch attempt.result {
            case .sent: try outbox.markSent(entry.id, now: finishedAt)
            case .permanentFailure: try outbox.markFailed(entry.id, exitCode: exitCode, error: attempt.summary)
            case .temporaryFailure: try outbox.scheduleRetry(entry.id, at: retryAt, exitCode: exitCode, error: attempt.summary)
            }
            guard case .permanentFailure = attempt.result, kind?.isDeliveryNotice != true else { return [] }
            return try queueNotices(db, about: entry, at: finishedAt)
        }
        switch attempt.result {
        case .sent:
            report.sent.append(entry.id)
            log(language.pick(de: "Mail \(entry.id) \(entry.messageID): von sendmail angenommen", en: "mail \(entry.id) \(entry.messageID): accepted by sendmail"))
        case .permanentFailure:
            report.failed.append(entry.id)
            report.noticesQueued += notices
            warn(language.pick(de: "Mail \(entry.id) \(entry.messageID): endgültig gescheitert: \(MailProblemText.german(attempt.summary))",
                               en: "mail \(entry.id) \(entry.messageID): failed for good: \(attempt.summary)"))
        case .temporaryFailure:
            report.retried.append(entry.id)
            let next = MailDate.header(retryAt, in: composer.timeZone)
            let line = language.pick(de: "Mail \(entry.id) \(entry.messageID): \(MailProblemText.german(attempt.summary)); nächster Versuch \(next)",
                                     en: "mail \(entry.id) \(entry.messageID): \(attempt.summary); next attempt \(next)")
            if entry.message.content.dueAt.addingTimeInterval(alertAfter) < finishedAt {
                warn(line + language.pick(de: " (länger als [mail] alert_after nicht zugestellt)", en: " (undelivered for longer than [mail] alert_after)"))
            } else {
                log(line)
            }
        }
    }

    /// Queues the "could not be delivered" notice to each coordinator, in the transaction
    /// that marks the row failed. A notice is never queued about a notice.
    private func queueNotices(_ db: Connection, about entry: OutboxEntry, at now: Date) throws(StoreError) -> [Int64] {
        try DeliveryNotices.queue(db, .deliveryFailed, key: "delivery-failed/\(entry.id)-\(entry.attempts)", about: entry.message,
                                  since: now, to: noticeRecipients, composer: composer, now: now, warn: warn)
    }
}
