import Foundation
import LotseCore
import Testing
@testable import LotseStore

@Suite("Help plans as goal spans: a change costs the same however long the history is")
struct HelpPlanSpanTests {
    private func prepared(_ directory: TemporaryDirectory) throws -> (Database, ClientID) {
        let database = try Database(path: directory.path("lotse.sqlite"))
        let client = try Model.clientWithConsent("K-2026-0001")
        let anna = try Model.user("anna")
        try database.write { (db: Connection) throws(StoreError) in try ClientRepository(db).insert(client, by: anna, now: Model.instant(0)) }
        return (database, client.id)
    }

    /// Rows written and pages touched by one change made as the daemon makes it: load the
    /// newest version, change it in memory, save.
    private func work(_ database: Database, _ client: ClientID,
                      _ change: @escaping @Sendable (inout HelpPlan) -> Bool) throws -> (rows: Int, pages: Int) {
        let anna = try Model.user("anna")
        let today = try Model.date("2026-02-01")
        let (rows, pages, changed) = try database.write { (db: Connection) throws(StoreError) -> (Int, Int, Bool) in
            let rowsBefore = db.totalChangedRowCount
            _ = db.takePageRequestCount()
            var plan = try HelpPlanRepository(db).findCurrent(client: client)
                ?? HelpPlan(client: client, author: anna, authorRole: .caseworker, at: Model.instant(1), today: today, reviewMonths: 3)
            let changed = change(&plan)
            try HelpPlanRepository(db).save(plan)
            return (db.totalChangedRowCount - rowsBefore, db.takePageRequestCount(), changed)
        }
        #expect(changed)
        return (rows, pages)
    }

    private static let anna = UserName("anna")

    private static func addGoal(_ n: Int) -> @Sendable (inout HelpPlan) -> Bool {
        { plan in
            guard let anna else { return false }
            return (try? plan.addGoal(domain: .language, title: "Ziel \(n)", author: anna, authorRole: .caseworker,
                                      at: Model.instant(10 + n)).get()) != nil
        }
    }

    private static func update(_ goal: Int, status: GoalStatus? = nil, notes: String? = nil, at second: Int) -> @Sendable (inout HelpPlan) -> Bool {
        { plan in
            guard let anna else { return false }
            return (try? plan.updateGoal(GoalID(Int64(goal)), status: status, notes: notes, author: anna, authorRole: .caseworker,
                                         at: Model.instant(second)).get()) != nil
        }
    }

    @Test func addingAGoalWritesThreeRowsWhetherItIsTheTenthOrTheThreeHundredth() throws {
        let directory = try TemporaryDirectory()
        let (database, client) = try prepared(directory)
        var rows: [Int] = []
        for n in 1...300 { rows.append(try work(database, client, Self.addGoal(n)).rows) }
        // The first change also opens the plan (help_plans and version 1).
        #expect(rows[0] == 4)
        // Version row, help_plans' current version, one new span: nothing copied.
        #expect(Set(rows.dropFirst()) == [3])
        let plan = try database.read { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).find(client: client) }
        #expect(plan?.versions.count == 301)
        #expect(plan?.versions[150].goals.count == 150)
        #expect(plan?.current.goals.count == 300)
        let spans = try database.read { (db: Connection) throws(StoreError) in try db.fetchValue(Int.self, "SELECT count(*) FROM help_plan_goal_spans") }
        #expect(spans == 300)
    }

    @Test func aChangeAtVersionFourHundredTouchesAsManyPagesAsAtVersionOneHundred() throws {
        let directory = try TemporaryDirectory()
        let (database, client) = try prepared(directory)
        for n in 1...5 { _ = try work(database, client, Self.addGoal(n)) }
        var early = (rows: 0, pages: 0)
        var late = (rows: 0, pages: 0)
        for n in 1...400 {
            let measured = try work(database, client, Self.update(1, status: n % 2 == 1 ? .inProgress : .open, notes: "Stand \(n)", at: 100 + n))
            if n == 100 { early = measured }
            if n == 400 { late = measured }
        }
        // Version row, help_plans, the closed span and the new one.
        #expect(early.rows == 4)
        #expect(late.rows == 4)
        // By version 100 the b-trees have the depth they keep up to 400; the page count
        // may differ only by where a row falls (a page boundary or two). Copying or reading
        // the history would add a page per few dozen versions (30 → 45 pages before the
        // partial index was forced, hundreds with full copies).
        #expect(late.pages <= early.pages + 4, "pages at version 105: \(early.pages), at version 405: \(late.pages)")
        let plan = try database.read { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).find(client: client) }
        #expect(plan?.versions.count == 406)
        #expect(plan?.versions[10].goals.map(\.id.rawValue) == [1, 2, 3, 4, 5])
        #expect(plan?.versions[7].goals.first?.notes == "Stand 2")
        #expect(plan?.current.goals.first?.notes == "Stand 400")
    }

    @Test func theNewestVersionAloneReadsBackAsTheFullHistorysLast() throws {
        let directory = try TemporaryDirectory()
        let (database, client) = try prepared(directory)
        for n in 1...4 { _ = try work(database, client, Self.addGoal(n)) }
        _ = try work(database, client, Self.update(2, status: .dropped, at: 90))
        let (full, current) = try database.read { (db: Connection) throws(StoreError) in
            (try HelpPlanRepository(db).find(client: client), try HelpPlanRepository(db).findCurrent(client: client))
        }
        #expect(current?.versions.count == 1)
        #expect(current?.current == full?.current)
        #expect(full?.versions[4].goals[1].status == .open)
        #expect(full?.versions[5].goals[1].status == .dropped)
    }

    @Test func aClosedSpanCannotBeReopenedOrRewritten() throws {
        let directory = try TemporaryDirectory()
        let (database, client) = try prepared(directory)
        _ = try work(database, client, Self.addGoal(1))
        _ = try work(database, client, Self.update(1, notes: "neu", at: 90))
        for sql in ["UPDATE help_plan_goal_spans SET to_version = NULL WHERE to_version IS NOT NULL",
                    "UPDATE help_plan_goal_spans SET title = 'anders' WHERE to_version IS NULL"] {
            let error = #expect(throws: StoreError.self) {
                try database.write { (db: Connection) throws(StoreError) in try db.execute(sql) }
            }
            #expect(error?.message.contains("kept as written") == true)
        }
    }
}
