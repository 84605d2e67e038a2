import Foundation
import LotseCore
import LotseStore
import LotseVarlink

/// One change of a client's help plan, made so that the single writer is held only for
/// the save.
///
/// Why: rebuilding a plan of a thousand goals takes milliseconds, and while a change did
/// that inside its write transaction every other writer of the district waited for it.
/// Now the plan is loaded and changed on a reader connection; the write transaction then
/// checks again that the caller may change this client's plan and saves — `save` refuses
/// a plan that no longer continues the stored history with a cheap column comparison.
/// Had someone else changed the plan in between, the change is applied once more to the
/// plan as it now stands, inside the write, so no change is lost and none is applied to a
/// stale plan. The reply is built after the commit.
struct HelpPlanChange {
    /// The changed plan.
    var plan: HelpPlan
    /// The audit entry's detail (the version's change, "reviewed" …; no health content).
    var detail: String
    /// The goal a change added, if any.
    var goal: GoalID?

    /// Runs the change: `apply` turns the client's current plan (nil when none was opened
    /// yet) into the changed one, and may run twice (see above), so it must only compute;
    /// `also` runs inside the write after the save (e.g. mail that became moot).
    static func run(_ call: CaseworkCall,
                    _ apply: (HelpPlan?, Client, UserName) throws(CaseworkFailure) -> HelpPlanChange,
                    also: (Connection, ClientID) throws(CaseworkFailure) -> Void = { _, _ throws(CaseworkFailure) in })
    throws(VarlinkError) -> HelpPlanChange {
        let action = "helpplan.change"
        let prepared: HelpPlanChange
        do {
            prepared = try call.services.database.read { (db: Connection) throws(CaseworkFailure) -> HelpPlanChange in
                try changed(call, db, apply)
            }
        } catch {
            throw call.handle(error, action: action)
        }
        do {
            return try call.services.database.write { (db: Connection) throws(CaseworkFailure) -> HelpPlanChange in
                var change = prepared
                // The right may have moved (a hand-over) since the read.
                _ = try call.accessibleClient(change.plan.client, in: db)
                do throws(StoreError) {
                    try HelpPlanRepository(db).save(change.plan)
                } catch {
                    guard case .invalidValue(field: "version") = error.kind else { throw CaseworkFailure(storeError: error) }
                    change = try changed(call, db, apply)
                    do throws(StoreError) { try HelpPlanRepository(db).save(change.plan) } catch { throw CaseworkFailure(storeError: error) }
                }
                try also(db, change.plan.client)
                // Outside `CaseworkCall.write` (the reply is built after the commit): the
                // entry names the client its reply will carry itself.
                try call.audit(db, action, kind: "client", id: change.plan.client.description, detail: change.detail,
                               subjects: [change.plan.client])
                return change
            }
        } catch {
            throw call.handle(error, action: action)
        }
    }

    /// Loads the plan the caller may change and applies the change to it.
    private static func changed(_ call: CaseworkCall, _ db: Connection,
                                _ apply: (HelpPlan?, Client, UserName) throws(CaseworkFailure) -> HelpPlanChange) throws(CaseworkFailure) -> HelpPlanChange {
        let user = try call.userName()
        let client = try call.accessibleClient(try call.pseudonym(), in: db)
        return try apply(try HelpPlansInterface.load(client.id, db), client, user)
    }
}
