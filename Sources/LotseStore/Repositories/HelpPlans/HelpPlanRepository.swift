import Foundation
import LotseCore

/// Help plans with every version kept: a version is written once and never changed (a
/// trigger refuses updates). Goals are stored as spans of versions: one row per goal and
/// run of versions in which it stood unchanged (`from_version`…`to_version`, NULL while
/// current). A change therefore writes only what it changed — one version row, plus one
/// closed and one new span per changed goal — and reads only the current version, so its
/// cost does not grow with the length of the history; `find` still rebuilds every
/// version exactly for `helpplan history`.
public struct HelpPlanRepository {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The help plans as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Stores the versions of `plan` that are not stored yet and returns how many were
    /// added. The plan must continue the stored history: if someone else added a version
    /// since `plan` was read, the save is refused rather than overwriting or forking it.
    /// `plan` may hold the whole history or only its newest versions (`findCurrent`).
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
        let planned = plan.versions.first { $0.number == stored }
        if stored > 0 {
            guard let planned, try storedLatest(is: planned, client: plan.client) else {
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
        var previous = planned?.goals ?? []
        for version in new {
            try db.execute("""
                INSERT INTO help_plan_versions (client, number, author, author_role, authored_at, change, review_on)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [plan.client, version.number, version.author, version.authorRole, version.authoredAt,
                      version.change, version.reviewOn])
            try writeSpans(client: plan.client, version: version.number, from: previous, to: version.goals)
            previous = version.goals
        }
        return new.count
    }

    /// Closes the spans of goals that changed or left between two consecutive versions and
    /// opens spans for the goals that changed or arrived; an unchanged goal (same content,
    /// same position) keeps its open span and costs nothing.
    private func writeSpans(client: ClientID, version: Int, from previous: [Goal], to goals: [Goal]) throws(StoreError) {
        let before = Dictionary(previous.enumerated().map { ($1.id, ($0, $1)) }, uniquingKeysWith: { first, _ in first })
        var unchanged = Set<GoalID>()
        for (position, goal) in goals.enumerated() {
            if let (oldPosition, old) = before[goal.id], oldPosition == position, old == goal { unchanged.insert(goal.id) }
        }
        for goal in previous where !unchanged.contains(goal.id) {
            // INDEXED BY: without statistics SQLite prefers the primary key's (client,
            // goal_id) prefix, which walks every closed span of the goal.
            try db.execute("""
                UPDATE help_plan_goal_spans INDEXED BY help_plan_goal_spans_open SET to_version = ?
                WHERE client = ? AND goal_id = ? AND to_version IS NULL
                """, [version - 1, client, goal.id])
        }
        for (position, goal) in goals.enumerated() where !unchanged.contains(goal.id) {
            try db.execute("""
                INSERT INTO help_plan_goal_spans (client, goal_id, from_version, position, domain, title, status, target_on, notes,
                                                  recommendation, steps)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [client, goal.id, version, position + 1, goal.domain, goal.title, goal.status,
                      goal.targetDate, goal.notes, goal.recommendation, JSONColumn.encode(goal.steps.map(\.rawValue))])
        }
    }

    /// Whether the stored newest version of `client`'s plan is `planned`, compared column
    /// by column as `save` writes it: the version row, then every open goal span in
    /// order. Equal as stored — instants are kept to the second, so a plan saved with a
    /// sub-second `authoredAt` and then changed further in memory still continues the
    /// stored history. Compared without rebuilding the model, because the check runs in
    /// the writer on every change: decoding a plan of a thousand goals there held every
    /// other writer for tens of milliseconds.
    func storedLatest(is planned: HelpPlanVersion, client: ClientID) throws(StoreError) -> Bool {
        guard let row = try db.fetchAll("SELECT * FROM help_plan_versions WHERE client = ? ORDER BY number DESC LIMIT 1", [client]).first else {
            return false
        }
        let version: [(String, DatabaseValue)] = [
            ("number", planned.number.databaseValue), ("author", planned.author.databaseValue),
            ("author_role", planned.authorRole.databaseValue), ("authored_at", planned.authoredAt.databaseValue),
            ("change", planned.change.databaseValue), ("review_on", planned.reviewOn.databaseValue),
        ]
        guard version.allSatisfy({ row[$0.0] == $0.1 }) else { return false }
        let spans = try db.fetchAll("""
            SELECT goal_id, domain, title, status, target_on, notes, recommendation, steps
            FROM help_plan_goal_spans INDEXED BY help_plan_goal_spans_open WHERE client = ? AND to_version IS NULL ORDER BY position
            """, [client])
        guard spans.count == planned.goals.count else { return false }
        for (span, goal) in zip(spans, planned.goals) {
            let columns: [(String, DatabaseValue)] = [
                ("goal_id", goal.id.databaseValue), ("domain", goal.domain.databaseValue), ("title", goal.title.databaseValue),
                ("status", goal.status.databaseValue), ("target_on", goal.targetDate.databaseValue),
                ("notes", goal.notes.databaseValue), ("recommendation", goal.recommendation.databaseValue),
            ]
            guard columns.allSatisfy({ span[$0.0] == $0.1 }), try JSONColumn.integers(span, "steps") == goal.steps.map(\.rawValue) else {
                return false
            }
        }
        return true
    }

    /// The client's help plan with all versions, or nil when none was opened.
    public func find(client: ClientID) throws(StoreError) -> HelpPlan? {
        let versionRows = try db.fetchAll("SELECT * FROM help_plan_versions WHERE client = ? ORDER BY number", [client])
        guard !versionRows.isEmpty else { return nil }
        // Sweep the versions in order, keeping the spans that cover the current one.
        let spans = try db.fetchAll("SELECT * FROM help_plan_goal_spans WHERE client = ? ORDER BY from_version",
                                    [client]) { row throws(StoreError) -> (from: Int64, to: Int64?, position: Int64, goal: Goal) in
            (try row.decode(Int64.self, "from_version"), try row.decodeIfPresent(Int64.self, "to_version"),
             try row.decode(Int64.self, "position"), try Self.goal(row))
        }
        var next = 0
        var active: [(to: Int64?, position: Int64, goal: Goal)] = []
        var versions: [HelpPlanVersion] = []
        for row in versionRows {
            let number = try row.decode(Int64.self, "number")
            active.removeAll { $0.to.map { $0 < number } ?? false }
            while next < spans.count, spans[next].from <= number {
                if spans[next].to.map({ $0 >= number }) ?? true {
                    active.append((spans[next].to, spans[next].position, spans[next].goal))
                }
                next += 1
            }
            active.sort { $0.position < $1.position }
            versions.append(try Self.version(row, goals: active.map(\.goal)))
        }
        return try Self.plan(client, versions: versions)
    }

    /// The client's help plan holding only its newest version, or nil when none was
    /// opened: what a change needs, read without touching the history.
    public func findCurrent(client: ClientID) throws(StoreError) -> HelpPlan? {
        guard let row = try db.fetchAll("SELECT * FROM help_plan_versions WHERE client = ? ORDER BY number DESC LIMIT 1", [client]).first else {
            return nil
        }
        let goals = try db.fetchAll("""
            SELECT * FROM help_plan_goal_spans INDEXED BY help_plan_goal_spans_open WHERE client = ? AND to_version IS NULL ORDER BY position
            """, [client], restoring: Self.goal)
        return try Self.plan(client, versions: [try Self.version(row, goals: goals)])
    }

    private static func goal(_ row: Row) throws(StoreError) -> Goal {
        Goal.restored(
            id: try row.decode(GoalID.self, "goal_id"),
            domain: try row.decode(GoalDomain.self, "domain"),
            title: try row.decode(String.self, "title"),
            status: try row.decode(GoalStatus.self, "status"),
            targetDate: try row.decodeIfPresent(CalendarDate.self, "target_on"),
            notes: try row.decode(String.self, "notes"),
            recommendation: try row.decodeIfPresent(RecommendationCode.self, "recommendation"),
            steps: try JSONColumn.integers(row, "steps").map { FollowUpStepID($0) })
    }

    private static func version(_ row: Row, goals: [Goal]) throws(StoreError) -> HelpPlanVersion {
        HelpPlanVersion.restored(
            number: try row.decode(Int.self, "number"),
            author: try row.decode(UserName.self, "author"),
            authorRole: try row.decode(Role.self, "author_role"),
            authoredAt: try row.decode(Date.self, "authored_at"),
            change: try row.decode(String.self, "change"),
            goals: goals,
            reviewOn: try row.decode(CalendarDate.self, "review_on"))
    }

    private static func plan(_ client: ClientID, versions: [HelpPlanVersion]) throws(StoreError) -> HelpPlan {
        guard let plan = HelpPlan.restored(client: client, versions: versions) else {
            throw StoreError(kind: .decoding(column: "help_plan_versions", expected: "HelpPlan"),
                             message: "The help plan of \(client) has no version.")
        }
        return plan
    }

    /// Clients whose current help-plan version is due for review on `date`.
    public func reviewsDue(on date: CalendarDate) throws(StoreError) -> [ClientID] {
        try db.fetchAll("SELECT client FROM help_plans WHERE review_on <= ? ORDER BY client", [date]) { row throws(StoreError) in
            try row.decode(ClientID.self, "client")
        }
    }
}
