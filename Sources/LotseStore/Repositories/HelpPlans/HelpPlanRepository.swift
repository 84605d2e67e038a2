import Foundation
import LotseCore

/// Help plans with every version kept: a version is written once and never changed (a
/// trigger refuses updates), and each version stores the full set of goals as they stood,
/// so `helpplan history` can show any version exactly.
public struct HelpPlanRepository {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The help plans as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Stores the versions of `plan` that are not stored yet and returns how many were
    /// added. The plan must continue the stored history: if someone else added a version
    /// since `plan` was read, the save is refused rather than overwriting or forking it.
    @discardableResult
    public func save(_ plan: HelpPlan) throws(StoreError) -> Int {
        guard try ClientRepository(db).exists(plan.client) else { throw ClientRepository.notFound(plan.client) }
        let stored = try db.fetchValue(Int.self, "SELECT max(number) FROM help_plan_versions WHERE client = ?", [plan.client]) ?? 0
        let new = plan.versions.filter { $0.number > stored }
        if let first = new.first, first.number != stored + 1 {
            throw StoreError(kind: .invalidValue(field: "version"),
                             message: "The help plan of \(plan.client) has \(stored) stored versions; version \(first.number) does not follow them.")
        }
        // The plan must contain the stored latest version unchanged; otherwise it was read
        // before someone else's change and saving it would fork the history.
        if stored > 0 {
            let storedLatest = try find(client: plan.client)?.versions.last
            let planned = plan.versions.first { $0.number == stored }
            guard let storedLatest, let planned, Self.sameVersion(storedLatest, planned) else {
                throw StoreError(kind: .invalidValue(field: "version"),
                                 message: "The help plan of \(plan.client) changed meanwhile (version \(stored) is stored); reload it and apply the change again.")
            }
        }
        guard let last = plan.versions.last, !new.isEmpty else { return 0 }
        if stored == 0, let first = plan.versions.first {
            try db.execute("INSERT INTO help_plans (client, current_version, review_on, created_at) VALUES (?, ?, ?, ?)",
                           [plan.client, last.number, last.reviewOn, first.authoredAt])
        } else {
            try db.execute("UPDATE help_plans SET current_version = ?, review_on = ? WHERE client = ?",
                           [last.number, last.reviewOn, plan.client])
        }
        for version in new {
            try db.execute("""
                INSERT INTO help_plan_versions (client, number, author, author_role, authored_at, change, review_on)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [plan.client, version.number, version.author, version.authorRole, version.authoredAt,
                      version.change, version.reviewOn])
            for (position, goal) in version.goals.enumerated() {
                try db.execute("""
                    INSERT INTO help_plan_goals (client, version, goal_id, position, domain, title, status, target_on, notes,
                                                 recommendation, steps)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [plan.client, version.number, goal.id, position + 1, goal.domain, goal.title, goal.status,
                          goal.targetDate, goal.notes, goal.recommendation, JSONColumn.encode(goal.steps.map(\.rawValue))])
            }
        }
        return new.count
    }

    /// Equal as stored: instants are kept to the second, so a plan saved with a
    /// sub-second `authoredAt` and then changed further in memory still continues the
    /// stored history.
    static func sameVersion(_ stored: HelpPlanVersion, _ planned: HelpPlanVersion) -> Bool {
        stored.number == planned.number && stored.author == planned.author && stored.authorRole == planned.authorRole
            && stored.change == planned.change && stored.goals == planned.goals && stored.reviewOn == planned.reviewOn
            && stored.authoredAt.databaseValue == planned.authoredAt.databaseValue
    }

    /// The client's help plan with all versions, or nil when none was opened.
    public func find(client: ClientID) throws(StoreError) -> HelpPlan? {
        let versionRows = try db.fetchAll("SELECT * FROM help_plan_versions WHERE client = ? ORDER BY number", [client])
        guard !versionRows.isEmpty else { return nil }
        var goalsByVersion: [Int64: [JSONTree]] = [:]
        for row in try db.fetchAll("SELECT * FROM help_plan_goals WHERE client = ? ORDER BY version, position", [client]) {
            let steps = try JSONColumn.integers(row, "steps").map { JSONTree.int($0) }
            goalsByVersion[try row.decode(Int64.self, "version"), default: []].append(.object([
                ("id", .int(try row.decode(Int64.self, "goal_id"))),
                ("domain", .string(try row.decode(String.self, "domain"))),
                ("title", .string(try row.decode(String.self, "title"))),
                ("status", .string(try row.decode(String.self, "status"))),
                ("targetDate", .string(try row.decodeIfPresent(String.self, "target_on"))),
                ("notes", .string(try row.decode(String.self, "notes"))),
                ("recommendation", .string(try row.decodeIfPresent(String.self, "recommendation"))),
                ("steps", .array(steps)),
            ]))
        }
        var versions: [JSONTree] = []
        for row in versionRows {
            let number = try row.decode(Int64.self, "number")
            versions.append(.object([
                ("number", .int(number)),
                ("author", .string(try row.decode(String.self, "author"))),
                ("authorRole", .string(try row.decode(String.self, "author_role"))),
                ("authoredAt", .date(try row.decode(Date.self, "authored_at"))),
                ("change", .string(try row.decode(String.self, "change"))),
                ("goals", .array(goalsByVersion[number] ?? [])),
                ("reviewOn", .string(try row.decode(String.self, "review_on"))),
            ]))
        }
        let tree = JSONTree.object([("client", .text(client)), ("versions", .array(versions))])
        return try tree.decode(HelpPlan.self, record: "help plan of \(client)")
    }

    /// Clients whose current help-plan version is due for review on `date`.
    public func reviewsDue(on date: CalendarDate) throws(StoreError) -> [ClientID] {
        var due: [ClientID] = []
        for row in try db.fetchAll("SELECT client FROM help_plans WHERE review_on <= ? ORDER BY client", [date]) {
            due.append(try row.decode(ClientID.self, "client"))
        }
        return due
    }
}
