import Foundation
import LotseCore
import Testing
@testable import LotseStore

@Suite("Help plans: every change a new version")
struct HelpPlanRepositoryTests {
    private func prepared(_ directory: TemporaryDirectory) throws -> (Database, ClientID) {
        let database = try Database(path: directory.path("lotse.sqlite"))
        let client = try Model.clientWithConsent("K-2026-0001")
        let anna = try Model.user("anna")
        try database.write { (db: Connection) throws(StoreError) in try ClientRepository(db).insert(client, by: anna, now: Model.instant(0)) }
        return (database, client.id)
    }

    @Test func everyVersionWithItsGoalsAuthorAndTimeReadsBack() throws {
        let directory = try TemporaryDirectory()
        let (database, client) = try prepared(directory)
        let anna = try Model.user("anna")
        var plan = HelpPlan(client: client, author: anna, authorRole: .caseworker, at: Model.instant(10),
                            today: try Model.date("2026-02-01"), reviewMonths: 3)
        let goal = try plan.addGoal(domain: .language, title: "B1-Kurs abschließen", targetDate: try Model.date("2026-09-30"),
                                    notes: "Kurs an der VHS", author: anna, authorRole: .caseworker, at: Model.instant(20)).get()
        _ = try plan.addGoal(domain: .housing, title: "Eigene Wohnung", author: anna, authorRole: .caseworker, at: Model.instant(30)).get()
        try plan.updateGoal(goal, status: .inProgress, author: anna, authorRole: .caseworker, at: Model.instant(40)).get()
        let snapshot = plan
        let added = try database.write { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).save(snapshot) }
        #expect(added == 4)
        let stored = try database.read { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).find(client: client) }
        #expect(stored == snapshot)
        #expect(stored?.versions.map(\.number) == [1, 2, 3, 4])
        #expect(stored?.versions[1].goals.first?.status == .open)
        #expect(stored?.current.goals.first?.status == .inProgress)

        // A later change by the specialist adds exactly one version.
        var later = try #require(stored)
        _ = try later.addGoal(domain: .healthAndPsychosocialSupport, title: "Ambulante Psychotherapie", author: try Model.user("dr-weber"),
                          authorRole: .specialist, at: Model.instant(50)).get()
        let changed = later
        #expect(try database.write { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).save(changed) } == 1)
        let history = try database.read { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).find(client: client) }
        #expect(history == changed)
        #expect(history?.current.author.value == "dr-weber")
        #expect(history?.current.authorRole == .specialist)
    }

    @Test func aSaveBasedOnAnOutdatedPlanIsRefused() throws {
        let directory = try TemporaryDirectory()
        let (database, client) = try prepared(directory)
        let anna = try Model.user("anna")
        let opened = HelpPlan(client: client, author: anna, authorRole: .caseworker, at: Model.instant(10),
                              today: try Model.date("2026-02-01"), reviewMonths: 3)
        var first = opened
        var second = opened
        _ = try first.addGoal(domain: .work, title: "Praktikum", author: anna, authorRole: .caseworker, at: Model.instant(20)).get()
        _ = try second.addGoal(domain: .housing, title: "Wohnung", author: anna, authorRole: .caseworker, at: Model.instant(21)).get()
        let (a, b) = (first, second)
        try database.write { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).save(a) }
        // `b` was read before `a` was saved: its version 2 is another change, so a save
        // based on it must not fork the history.
        var third = b
        _ = try third.addGoal(domain: .language, title: "Kurs", author: anna, authorRole: .caseworker, at: Model.instant(22)).get()
        let c = third
        let forked = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).save(c) }
        }
        #expect(forked?.message.contains("changed meanwhile") == true)
        // An older copy with fewer versions than stored is refused as well.
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).save(opened) }
        }
        let stored = try database.read { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).find(client: client) }
        #expect(stored == a)
        #expect(error?.message.contains("changed meanwhile") == true)
    }

    @Test func aConcurrentChangeWhoseVersionRowLooksTheSameIsStillRefusedByItsGoals() throws {
        let directory = try TemporaryDirectory()
        let (database, client) = try prepared(directory)
        let anna = try Model.user("anna")
        let opened = HelpPlan(client: client, author: anna, authorRole: .caseworker, at: Model.instant(10),
                              today: try Model.date("2026-02-01"), reviewMonths: 3)
        var first = opened
        var second = opened
        // Same author, same second, same change text ("goal 1 added"): only the goals differ.
        _ = try first.addGoal(domain: .work, title: "Praktikum", author: anna, authorRole: .caseworker, at: Model.instant(20)).get()
        _ = try second.addGoal(domain: .work, title: "Praktikum", notes: "anders", author: anna, authorRole: .caseworker,
                               at: Model.instant(20)).get()
        #expect(first.current.change == second.current.change)
        let a = first
        try database.write { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).save(a) }
        _ = try second.addGoal(domain: .language, title: "Kurs", author: anna, authorRole: .caseworker, at: Model.instant(22)).get()
        let c = second
        let forked = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).save(c) }
        }
        #expect(forked?.message.contains("changed meanwhile") == true)
        // The plan as stored, changed further, continues the history.
        var third = a
        _ = try third.addGoal(domain: .language, title: "Kurs", author: anna, authorRole: .caseworker, at: Model.instant(22)).get()
        let d = third
        #expect(try database.write { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).save(d) } == 1)
    }

    @Test func savingTheSameInMemoryPlanAgainAfterAChangeContinuesTheHistory() throws {
        let directory = try TemporaryDirectory()
        let (database, client) = try prepared(directory)
        let anna = try Model.user("anna")
        // A sub-second instant: stored to the second, still recognised as the same version.
        var plan = HelpPlan(client: client, author: anna, authorRole: .caseworker, at: Model.instant(10).addingTimeInterval(0.75),
                            today: try Model.date("2026-02-01"), reviewMonths: 3)
        let opened = plan
        try database.write { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).save(opened) }
        _ = try plan.addGoal(domain: .work, title: "Praktikum", author: anna, authorRole: .caseworker, at: Model.instant(20)).get()
        let changed = plan
        #expect(try database.write { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).save(changed) } == 1)
    }

    @Test func storedVersionsCannotBeRewritten() throws {
        let directory = try TemporaryDirectory()
        let (database, client) = try prepared(directory)
        let plan = HelpPlan(client: client, author: try Model.user("anna"), authorRole: .caseworker, at: Model.instant(10),
                            today: try Model.date("2026-02-01"), reviewMonths: 3)
        try database.write { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).save(plan) }
        let error = #expect(throws: StoreError.self) {
            try database.write { (db: Connection) throws(StoreError) in try db.execute("UPDATE help_plan_versions SET author = 'mallory'") }
        }
        #expect(error?.message.contains("add a new version instead") == true)
    }

    @Test func plansDueForReviewAreFound() throws {
        let directory = try TemporaryDirectory()
        let (database, client) = try prepared(directory)
        let plan = HelpPlan(client: client, author: try Model.user("anna"), authorRole: .caseworker, at: Model.instant(10),
                            today: try Model.date("2026-02-01"), reviewMonths: 3)
        try database.write { (db: Connection) throws(StoreError) in try HelpPlanRepository(db).save(plan) }
        let (before, on) = (try Model.date("2026-04-30"), try Model.date("2026-05-01"))
        let due = try database.read { (db: Connection) throws(StoreError) -> ([ClientID], [ClientID]) in
            (try HelpPlanRepository(db).reviewsDue(on: before), try HelpPlanRepository(db).reviewsDue(on: on))
        }
        #expect(due.0.isEmpty)
        #expect(due.1 == [client])
    }
}
