import Foundation

/// One version of a help plan: the goals as they stood after one change, who made it and when.
public struct HelpPlanVersion: Sendable, Equatable, Codable {
    /// 1, 2, 3, …
    public let number: Int
    /// Who made the change.
    public let author: UserName
    /// In which role (a specialist's assessment, a caseworker's update).
    public let authorRole: Role
    /// When (an instant; shown in Europe/Berlin).
    public let authoredAt: Date
    /// What changed, in a short sentence (`goal 3 added`).
    public let change: String
    /// The goals after the change.
    public let goals: [Goal]
    /// Next review date.
    public let reviewOn: CalendarDate

    /// A version as it was stored, for the storage layer only (versions are appended by
    /// the plan's checked changes and never edited afterwards).
    public static func restored(number: Int, author: UserName, authorRole: Role, authoredAt: Date, change: String,
                                goals: [Goal], reviewOn: CalendarDate) -> HelpPlanVersion {
        HelpPlanVersion(number: number, author: author, authorRole: authorRole, authoredAt: authoredAt, change: change,
                        goals: goals, reviewOn: reviewOn)
    }
}

/// A client's help plan (*Integrationsplan*): goals per domain with status and history.
/// Every change appends a version; nothing is overwritten.
public struct HelpPlan: Sendable, Equatable, Codable {
    /// The client.
    public let client: ClientID
    /// All versions, oldest first; never empty.
    public private(set) var versions: [HelpPlanVersion]

    /// Opens a plan (version 1, no goals) with its first review `reviewMonths` after `today`.
    public init(client: ClientID, author: UserName, authorRole: Role, at instant: Date, today: CalendarDate, reviewMonths: Int) {
        self.client = client
        versions = [HelpPlanVersion(number: 1, author: author, authorRole: authorRole, authoredAt: instant,
                                    change: "plan opened", goals: [], reviewOn: today.adding(months: reviewMonths))]
    }

    /// A plan as it was stored, for the storage layer only; nil when `versions` is empty,
    /// because a plan always holds at least the version that opened it.
    public static func restored(client: ClientID, versions: [HelpPlanVersion]) -> HelpPlan? {
        guard !versions.isEmpty else { return nil }
        var plan = HelpPlan(client: client, author: versions[0].author, authorRole: versions[0].authorRole,
                            at: versions[0].authoredAt, today: versions[0].reviewOn, reviewMonths: 0)
        plan.versions = versions
        return plan
    }

    /// The newest version.
    public var current: HelpPlanVersion { versions[versions.count - 1] }

    /// The current goals.
    public var goals: [Goal] { current.goals }

    /// Whether the plan is due for review on `date`.
    public func isReviewDue(on date: CalendarDate) -> Bool { current.reviewOn <= date }

    /// Goals never leave a plan (a goal given up is `dropped`, not removed), so the current
    /// version holds every id ever given; a plan loaded with only its newest version
    /// (as the store does for a change) continues the numbering correctly.
    private var nextGoalID: GoalID {
        GoalID((goals.map(\.id.rawValue).max() ?? 0) + 1)
    }

    /// Adds a goal as a new version; returns the goal's id.
    @discardableResult
    public mutating func addGoal(domain: GoalDomain, title: String, targetDate: CalendarDate? = nil, notes: String = "",
                                 author: UserName, authorRole: Role, at instant: Date) -> Result<GoalID, ModelError> {
        let checkedTitle: String
        switch TextRule.check(title, field: "title", max: Goal.maxTitleLength, oneLine: true) {
        case .success(let t): checkedTitle = t
        case .failure(let e): return .failure(e)
        }
        let checkedNotes: String
        switch TextRule.check(notes, field: "notes", max: Goal.maxNotesLength, allowEmpty: true) {
        case .success(let n): checkedNotes = n
        case .failure(let e): return .failure(e)
        }
        let id = nextGoalID
        let goal = Goal(id: id, domain: domain, title: checkedTitle, status: .open, targetDate: targetDate, notes: checkedNotes,
                        recommendation: nil, steps: [])
        append(goals: goals + [goal], change: "goal \(id) added", author: author, authorRole: authorRole, at: instant)
        return .success(id)
    }

    /// Changes a goal's status, target date and/or notes as one new version. A status
    /// change must follow `GoalStatus`; nothing is written when any part is refused.
    public mutating func updateGoal(_ id: GoalID, status: GoalStatus? = nil, targetDate: CalendarDate?? = nil, notes: String? = nil,
                                    author: UserName, authorRole: Role, at instant: Date) -> Result<Void, ModelError> {
        guard let index = goals.firstIndex(where: { $0.id == id }) else {
            return .failure(ModelError(field: "goal", en: "goal \(id) is not in this help plan", de: "Ziel \(id) steht nicht in diesem Integrationsplan"))
        }
        var goal = goals[index]
        var what: [String] = []
        if let status, status != goal.status {
            switch goal.status.transition(to: status) {
            case .success(let s): goal.status = s
            case .failure(let e): return .failure(ModelError(field: "status", e))
            }
            what.append("status \(status.rawValue)")
        }
        if let targetDate {
            goal.targetDate = targetDate
            what.append("target date")
        }
        if let notes {
            switch TextRule.check(notes, field: "notes", max: Goal.maxNotesLength, allowEmpty: true) {
            case .success(let n): goal.notes = n
            case .failure(let e): return .failure(e)
            }
            what.append("notes")
        }
        guard !what.isEmpty else { return .failure(ModelError(field: "goal", en: "nothing to change for goal \(id)", de: "an Ziel \(id) ist nichts zu ändern")) }
        var newGoals = goals
        newGoals[index] = goal
        append(goals: newGoals, change: "goal \(id): " + what.joined(separator: ", "), author: author, authorRole: authorRole, at: instant)
        return .success(())
    }

    /// Adds an assessment's recommendations as goals under health and psychosocial
    /// support, each linked to the assessment's steps, as one version authored by the
    /// specialist (issue 7). Labels come from the catalogue in the plan's language.
    public mutating func addAssessment(_ assessment: Assessment, catalogue: RecommendationCatalogue, language: MessageLanguage,
                                       author: UserName, at instant: Date, firstGoalNotes: String = "") {
        var newGoals = goals
        var next = nextGoalID.rawValue
        let stepIDs = assessment.steps.map(\.id)
        for (index, recommendation) in assessment.recommendations.enumerated() {
            let label = catalogue.entry(recommendation.code)?.label(in: language, months: recommendation.months) ?? recommendation.code.value
            newGoals.append(Goal(id: GoalID(next), domain: .healthAndPsychosocialSupport, title: label, status: .open,
                                 targetDate: recommendation.presentAgainDate(after: assessment.appointmentDate),
                                 notes: index == 0 ? firstGoalNotes : "", recommendation: recommendation.code, steps: stepIDs))
            next += 1
        }
        append(goals: newGoals, change: "assessment \(assessment.id) recorded", author: author, authorRole: .specialist, at: instant)
    }

    /// Carries an amended assessment into the plan as one version authored by the
    /// specialist: goals of recommendations no longer given (a recommendation is its code
    /// and months) are dropped unless already reached, new recommendations become goals
    /// under health and psychosocial support, and every goal of the assessment still in
    /// force links the amended steps. A goal belongs to `old` when it came from one of its
    /// recommendations and links its steps (step ids belong to one assessment only). `firstGoalNotes` turns the notes of
    /// the first goal of the amended assessment into its new notes (the daemon rewrites
    /// the step list it keeps there). Returns the ids of the goals dropped and added.
    @discardableResult
    public mutating func amendAssessment(from old: Assessment, to new: Assessment, catalogue: RecommendationCatalogue,
                                         language: MessageLanguage, author: UserName, at instant: Date,
                                         firstGoalNotes: (String) -> String) -> (dropped: [GoalID], added: [GoalID]) {
        let oldSteps = Set(old.steps.map(\.id))
        let newSteps = new.steps.map(\.id)
        func key(_ r: Recommendation) -> String { r.code.value + ":" + (r.months.map(String.init) ?? "") }
        let oldKeys = Set(old.recommendations.map(key)), newKeys = Set(new.recommendations.map(key))
        var newGoals = goals
        var dropped: [GoalID] = [], added: [GoalID] = []
        var first: Int?
        for index in newGoals.indices {
            let goal = newGoals[index]
            guard let code = goal.recommendation, Set(goal.steps).isSubset(of: oldSteps), goal.steps.isEmpty == oldSteps.isEmpty,
                  let recommendation = old.recommendations.first(where: { $0.code == code }), oldKeys.contains(key(recommendation)) else { continue }
            if newKeys.contains(key(recommendation)) {
                newGoals[index] = Goal(id: goal.id, domain: goal.domain, title: goal.title, status: goal.status, targetDate: goal.targetDate,
                                       notes: goal.notes, recommendation: goal.recommendation, steps: newSteps)
                if first == nil { first = index }
            } else if goal.status != .reached && goal.status != .dropped {
                newGoals[index].status = .dropped
                dropped.append(goal.id)
            }
        }
        var next = (goals.map(\.id.rawValue).max() ?? 0) + 1
        for recommendation in new.recommendations where !oldKeys.contains(key(recommendation)) {
            let label = catalogue.entry(recommendation.code)?.label(in: language, months: recommendation.months) ?? recommendation.code.value
            newGoals.append(Goal(id: GoalID(next), domain: .healthAndPsychosocialSupport, title: label, status: .open,
                                 targetDate: recommendation.presentAgainDate(after: new.appointmentDate),
                                 notes: "", recommendation: recommendation.code, steps: newSteps))
            added.append(GoalID(next))
            if first == nil { first = newGoals.count - 1 }
            next += 1
        }
        if let first {
            newGoals[first].notes = String(firstGoalNotes(newGoals[first].notes).prefix(Goal.maxNotesLength))
        }
        append(goals: newGoals, change: "assessment \(new.id) amended", author: author, authorRole: .specialist, at: instant)
        return (dropped, added)
    }

    /// Records a review and sets the next review date.
    public mutating func markReviewed(on date: CalendarDate, intervalMonths: Int, author: UserName, authorRole: Role, at instant: Date) {
        versions.append(HelpPlanVersion(number: current.number + 1, author: author, authorRole: authorRole, authoredAt: instant,
                                        change: "reviewed", goals: goals, reviewOn: date.adding(months: intervalMonths)))
    }

    private mutating func append(goals: [Goal], change: String, author: UserName, authorRole: Role, at instant: Date) {
        versions.append(HelpPlanVersion(number: current.number + 1, author: author, authorRole: authorRole, authoredAt: instant,
                                        change: change, goals: goals, reviewOn: current.reviewOn))
    }
}
