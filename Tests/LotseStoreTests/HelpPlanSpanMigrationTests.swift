import Foundation
import LotseCore
import Testing
@testable import LotseStore

@Suite("Migration 4: help plans stored as full copies per version become goal spans with the same history")
struct HelpPlanSpanMigrationTests {
    /// Writes `plan` the way schema version 3 stored it: every version with every goal.
    private func storeAsVersionThree(_ plan: HelpPlan, _ db: Connection) throws(StoreError) {
        try db.execute("INSERT INTO help_plans (client, current_version, review_on, created_at) VALUES (?, ?, ?, ?)",
                       [plan.client, plan.current.number, plan.current.reviewOn, plan.versions[0].authoredAt])
        for version in plan.versions {
            try db.execute("""
                INSERT INTO help_plan_versions (client, number, author, author_role, authored_at, change, review_on)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [plan.client, version.number, version.author, version.authorRole, version.authoredAt, version.change, version.reviewOn])
            for (position, goal) in version.goals.enumerated() {
                try db.execute("""
                    INSERT INTO help_plan_goals (client, version, goal_id, position, domain, title, status, target_on, notes,
                                                 recommendation, steps)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [plan.client, version.number, goal.id, position + 1, goal.domain, goal.title, goal.status,
                          goal.targetDate, goal.notes, goal.recommendation, JSONColumn.encode(goal.steps.map(\.rawValue))])
            }
        }
    }

    private func plans() throws -> [HelpPlan] {
        let anna = try Model.user("anna")
        var first = HelpPlan(client: try Model.client("K-2026-0001"), author: anna, authorRole: .caseworker, at: Model.instant(10),
                             today: try Model.date("2026-02-01"), reviewMonths: 3)
        let course = try first.addGoal(domain: .language, title: "B1-Kurs", targetDate: try Model.date("2026-09-30"), notes: "VHS",
                                       author: anna, authorRole: .caseworker, at: Model.instant(20)).get()
        let flat = try first.addGoal(domain: .housing, title: "Wohnung", author: anna, authorRole: .caseworker, at: Model.instant(30)).get()
        try first.updateGoal(course, status: .inProgress, author: anna, authorRole: .caseworker, at: Model.instant(40)).get()
        first.markReviewed(on: try Model.date("2026-03-01"), intervalMonths: 3, author: anna, authorRole: .caseworker, at: Model.instant(50))
        // Back to a state it had before: still two separate spans, history unchanged.
        try first.updateGoal(course, status: .open, author: anna, authorRole: .caseworker, at: Model.instant(60)).get()
        try first.updateGoal(flat, status: .dropped, notes: "zieht weg", author: anna, authorRole: .caseworker, at: Model.instant(70)).get()
        _ = try first.addGoal(domain: .work, title: "Praktikum", author: anna, authorRole: .caseworker, at: Model.instant(80)).get()
        let opened = HelpPlan(client: try Model.client("K-2026-0002"), author: anna, authorRole: .caseworker, at: Model.instant(90),
                              today: try Model.date("2026-02-01"), reviewMonths: 6)
        return [first, opened]
    }

    @Test func everyVersionReadsBackAsVersionThreeStoredItAndChangesContinue() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("old.sqlite")
        let expected = try plans()
        do {
            let connection = try Connection.open(path: path)
            defer { connection.close() }
            try Migrator(migrations: Array(Schema.migrations.prefix(3))).migrate(connection)
            try connection.inTransaction(.immediate) { (db: Connection) throws(StoreError) in
                for plan in expected {
                    try Fixtures.insertClient(db, plan.client.description, caseworker: "anna")
                    try storeAsVersionThree(plan, db)
                }
            }
        }
        let database = try Database(path: path)
        #expect(try database.schemaVersion() >= 4)
        let (stored, current, spans, oldTable) = try database.read { (db: Connection) throws(StoreError) in
            (try expected.map { (plan: HelpPlan) throws(StoreError) in try HelpPlanRepository(db).find(client: plan.client) },
             try HelpPlanRepository(db).findCurrent(client: expected[0].client),
             try db.fetchValue(Int.self, "SELECT count(*) FROM help_plan_goal_spans WHERE client = 'K-2026-0001'"),
             try db.fetchValue(Int.self, "SELECT count(*) FROM sqlite_master WHERE name = 'help_plan_goals'"))
        }
        #expect(stored == expected.map { Optional($0) })
        #expect(current?.current == expected[0].current)
        // Course: open (v2–3), in progress (v4–5), open (v6–); flat: v3–6, dropped v7–;
        // work: v8–. 24 goal rows in the old layout, 6 spans now.
        #expect(spans == 6)
        #expect(oldTable == 0)
        #expect(try database.checkIntegrity(full: true) == ["ok"])

        var changed = try #require(stored[0])
        try changed.updateGoal(GoalID(3), status: .inProgress, author: try Model.user("anna"), authorRole: .caseworker,
                               at: Model.instant(100)).get()
        let next = changed
        try database.write { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).save(next) }
        let after = try database.read { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).find(client: next.client) }
        #expect(after == next)
    }
}
