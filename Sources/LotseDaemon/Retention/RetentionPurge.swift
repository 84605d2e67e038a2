import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// Retention: deletes the clients whose case closed longer ago than
/// `[retention] months_after_close`, with everything that hangs off them (consents,
/// screenings, referrals, appointments, assessments and their notes, follow-up steps,
/// help plans, their own mail and every other mail that names them), and the audit
/// entries older than `[retention] audit_months`. The store does the deleting in one
/// transaction per run; the audit log keeps one `client.purge` entry per client (who ran
/// it, how many mails went with it — not which client), and every earlier entry about the
/// client is emptied of it (`AuditLog.forget`): the access stays on record, the person
/// does not.
///
/// Forgetting has to reach the bytes on disk: the writer runs with `secure_delete`, so a
/// deleted row is overwritten with zeros in its page, and every run ends with a
/// `wal_checkpoint(TRUNCATE)`, so that the older versions of those pages — still in the
/// write-ahead log — are gone as well. Run daily by `RetentionTimer` and on demand by
/// `lotse admin purge`.
///
/// A purge never changes a report: before it deletes a case, the facts of every ended
/// quarter not frozen yet are counted, and those of the quarters the deletion changes are
/// kept as they were (`FrozenQuarters`) — aggregate counts that point at no one.
public enum RetentionPurge {
    /// What one run deleted.
    public struct Outcome: Sendable, Equatable {
        /// The purged clients' pseudonyms, oldest closure first as the store lists them.
        public var clients: [String]
        /// How many audit entries expired.
        public var auditEntries: Int
    }

    /// Purges every client due on `day` and every audit entry older than
    /// `retention.auditMonths` before `now`, then empties the write-ahead log. `now` is
    /// the real clock: it dates the audit entries and sets the audit cutoff. `user` and
    /// `role` go into each audit entry (`lotsed`/`system` for the timer, the admin for a
    /// manual run). A log that could not be emptied is an error after the deletion was
    /// committed: the data is gone from every reader, the next run empties the log.
    public static func run(database: Database, retention: RetentionSettings, on day: CalendarDate, at now: Date,
                           uid: UInt32?, user: String, role: String) throws(StoreError) -> Outcome {
        let cutoff = auditCutoff(before: now, months: retention.auditMonths)
        let outcome = try database.write { (db: Connection) throws(StoreError) -> Outcome in
            let clients = ClientRepository(db)
            var purged: [String] = []
            let due = try clients.dueForPurge(on: day, monthsAfterClose: retention.monthsAfterClose)
            // Before a case goes, the ended quarters whose figures it is part of are frozen
            // as they were: a report printed again after the purge reads the same.
            let quarters = FrozenQuarters(db)
            let before = due.isEmpty ? [:] : try quarters.unfrozenEnded(records: try ReportQueries(db).records(timeZone: CaseworkClock.berlin),
                                                                         today: day)
            // Clients purged before the audit log could forget them leave it on the first
            // run after the upgrade (a no-op afterwards).
            try AuditLog(db).forgetClientsPurgedBeforeRedaction()
            for id in due {
                let entry = AuditEntry(at: now, uid: uid, user: user, role: role, action: "client.purge")
                if try clients.purge(id, audit: entry) { purged.append(id.description) }
            }
            if !before.isEmpty {
                try quarters.freezeChanged(before: before, records: try ReportQueries(db).records(timeZone: CaseworkClock.berlin), today: day)
            }
            let expired = try AuditLog(db).purge(olderThan: cutoff, now: now, user: user, role: role)
            return Outcome(clients: purged, auditEntries: expired)
        }
        try database.checkpointAndTruncate()
        return outcome
    }

    /// The instant `months` calendar months before `now` in Europe/Berlin: audit entries
    /// written before it have expired.
    static func auditCutoff(before now: Date, months: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = CaseworkClock.berlin
        return calendar.date(byAdding: .month, value: -months, to: now) ?? now.addingTimeInterval(-Double(months) * 31 * 86_400)
    }

    /// The day the client purge counts from: today in Europe/Berlin (the test clock when
    /// a debug build has one), and the real instant that dates the audit entries.
    static func today(_ services: DaemonServices) -> (CalendarDate, Date) {
        (CaseworkClock.day(CaseworkClock.now(services)), services.now())
    }

    /// The timer's run: logged, never thrown (the next day tries again).
    static func runScheduled(_ services: DaemonServices) {
        let (day, now) = today(services)
        let retention = services.configuration.configuration.retention
        do {
            let outcome = try run(database: services.database, retention: retention, on: day, at: now,
                                  uid: services.daemonUID, user: "lotsed", role: "system")
            services.logger.notice(de: "Löschfristen am \(day.displayText): \(outcome.clients.count == 1 ? "1 abgeschlossener Fall" : "\(outcome.clients.count) abgeschlossene Fälle") gelöscht (vor mehr als \(retention.monthsAfterClose) Monaten abgeschlossen), \(outcome.auditEntries) Einträge des Prüfprotokolls älter als \(retention.auditMonths) Monate",
                                   en: "retention purge on \(day.displayText): \(EnglishCount.of(outcome.clients.count, "closed client")) deleted (closed more than \(retention.monthsAfterClose) months ago), \(outcome.auditEntries) audit entries older than \(retention.auditMonths) months")
        } catch {
            services.logger.error(de: "Löschfristen am \(day.displayText) gescheitert oder unvollständig: \(error)", en: "retention purge on \(day.displayText) failed or is incomplete: \(error)")
        }
    }
}

extension AdminInterface {
    /// `org.lotse.Admin.Purge`: the retention purge on demand.
    @Sendable static func purge(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let services = request.services
        let caller = request.caller
        let (day, now) = RetentionPurge.today(services)
        let retention = services.configuration.configuration.retention
        let outcome: RetentionPurge.Outcome
        do {
            outcome = try RetentionPurge.run(database: services.database, retention: retention, on: day, at: now,
                                             uid: caller.uid, user: caller.userName, role: "admin")
        } catch {
            services.logger.error(de: "Löschfristen durch \(caller.userName) gescheitert oder unvollständig: \(error)", en: "retention purge by \(caller.userName) failed or is incomplete: \(error)")
            throw .databaseError(AdminProtocol.name, error)
        }
        services.logger.notice(de: "Löschfristen durch \(caller.userName) am \(day.displayText): \(outcome.clients.count == 1 ? "1 abgeschlossener Fall" : "\(outcome.clients.count) abgeschlossene Fälle") gelöscht, \(outcome.auditEntries) Einträge des Prüfprotokolls abgelaufen",
                           en: "retention purge by \(caller.userName) on \(day.displayText): \(EnglishCount.of(outcome.clients.count, "closed client")) deleted, \(outcome.auditEntries) audit entries expired")
        return ["purged": .array(outcome.clients.map { .string($0) }), "monthsAfterClose": .integer(Int64(retention.monthsAfterClose)),
                "auditEntriesExpired": .integer(Int64(outcome.auditEntries)), "auditMonths": .integer(Int64(retention.auditMonths)),
                "day": .string(day.description)]
    }
}
