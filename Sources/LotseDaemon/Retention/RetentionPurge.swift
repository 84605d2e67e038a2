import Foundation
import LotseCore
import LotseStore
import LotseVarlink

/// Retention: deletes the clients whose case closed longer ago than
/// `[retention] months_after_close`, with everything that hangs off them (consents,
/// screenings, referrals, appointments, assessments and their notes, follow-up steps,
/// help plans, mail). The store does the deleting in one transaction per run; the audit
/// log keeps one `client.purge` entry per client (the pseudonym and who ran it), never
/// the data. Run daily by `RetentionTimer` and on demand by `lotse admin purge`.
public enum RetentionPurge {
    /// Purges every client due on `day` and returns their pseudonyms, oldest closure first
    /// as the store lists them. `user` and `role` go into each audit entry (`lotsed`/
    /// `system` for the timer, the admin for a manual run).
    public static func run(database: Database, monthsAfterClose: Int, on day: CalendarDate, at now: Date,
                           uid: UInt32?, user: String, role: String) throws(StoreError) -> [String] {
        try database.write { (db: Connection) throws(StoreError) -> [String] in
            let clients = ClientRepository(db)
            var purged: [String] = []
            for id in try clients.dueForPurge(on: day, monthsAfterClose: monthsAfterClose) {
                let entry = AuditEntry(at: now, uid: uid, user: user, role: role, action: "client.purge")
                if try clients.purge(id, audit: entry) { purged.append(id.description) }
            }
            return purged
        }
    }

    /// The day the purge counts from: today in Europe/Berlin (the test clock when set).
    static func today(_ services: DaemonServices) -> (CalendarDate, Date) {
        let now = CaseworkClock.now(services)
        return (CaseworkClock.day(now), now)
    }

    /// The timer's run: logged, never thrown (the next day tries again).
    static func runScheduled(_ services: DaemonServices) {
        let (day, now) = today(services)
        let months = services.configuration.configuration.retention.monthsAfterClose
        do {
            let purged = try run(database: services.database, monthsAfterClose: months, on: day, at: now,
                                 uid: services.daemonUID, user: "lotsed", role: "system")
            services.logger.notice("retention purge on \(day): \(purged.count) closed client(s) deleted (closed more than \(months) months ago)")
        } catch {
            services.logger.error("retention purge on \(day) failed, nothing was deleted: \(error)")
        }
    }
}

extension AdminInterface {
    /// `org.lotse.Admin.Purge`: the retention purge on demand.
    @Sendable static func purge(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let services = request.services
        let caller = request.caller
        let (day, now) = RetentionPurge.today(services)
        let months = services.configuration.configuration.retention.monthsAfterClose
        let purged: [String]
        do {
            purged = try RetentionPurge.run(database: services.database, monthsAfterClose: months, on: day, at: now,
                                            uid: caller.uid, user: caller.userName, role: "admin")
        } catch {
            services.logger.error("retention purge by \(caller.userName) failed, nothing was deleted: \(error)")
            throw VarlinkError("org.lotse.Admin.DatabaseError", parameters: ["message": .string(error.message)])
        }
        services.logger.notice("retention purge by \(caller.userName) on \(day): \(purged.count) closed client(s) deleted")
        return ["purged": .array(purged.map { .string($0) }), "monthsAfterClose": .integer(Int64(months)),
                "day": .string(day.description)]
    }
}
