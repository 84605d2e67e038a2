/// The domains of a help plan (*Integrationsplan*).
public enum GoalDomain: String, Sendable, Codable, CaseIterable {
    /// Language courses and practice.
    case language
    /// Work and training.
    case work
    /// Recognition of foreign qualifications.
    case recognitionOfQualifications = "recognition-of-qualifications"
    /// Housing.
    case housing
    /// School and education (also of children).
    case schoolAndEducation = "school-and-education"
    /// Health and psychosocial support; assessments feed this domain.
    case healthAndPsychosocialSupport = "health-and-psychosocial-support"

    /// Name for people.
    public func name(in language: MessageLanguage) -> String {
        switch (self, language) {
        case (.language, .de): "Sprache"
        case (.language, .en): "Language"
        case (.work, .de): "Arbeit"
        case (.work, .en): "Work"
        case (.recognitionOfQualifications, .de): "Anerkennung ausländischer Abschlüsse"
        case (.recognitionOfQualifications, .en): "Recognition of qualifications"
        case (.housing, .de): "Wohnen"
        case (.housing, .en): "Housing"
        case (.schoolAndEducation, .de): "Schule und Bildung"
        case (.schoolAndEducation, .en): "School and education"
        case (.healthAndPsychosocialSupport, .de): "Gesundheit und psychosoziale Unterstützung"
        case (.healthAndPsychosocialSupport, .en): "Health and psychosocial support"
        }
    }
}

/// Where a goal stands. `open → in-progress → reached`, either may be `dropped`; a reached
/// goal can be taken up again (`in-progress`) and a dropped one reopened (`open`).
public enum GoalStatus: String, Sendable, Codable, StatusMachine {
    /// Agreed, not started.
    case open
    /// Being worked on.
    case inProgress = "in-progress"
    /// Achieved.
    case reached
    /// Given up or no longer relevant.
    case dropped

    /// `goal`.
    public static let subject = "goal"

    /// The allowed single steps.
    public var allowedNext: Set<GoalStatus> {
        switch self {
        case .open: [.inProgress, .reached, .dropped]
        case .inProgress: [.open, .reached, .dropped]
        case .reached: [.inProgress]
        case .dropped: [.open]
        }
    }
}

/// One goal of a help plan. Goals are values inside a plan version; a change makes a new
/// version, so every earlier state stays readable.
public struct Goal: Sendable, Equatable, Codable {
    /// Id, stable across versions of the plan.
    public let id: GoalID
    /// The domain.
    public let domain: GoalDomain
    /// What is to be reached (1…200 characters).
    public let title: String
    /// Where it stands.
    public internal(set) var status: GoalStatus
    /// By when, if agreed.
    public internal(set) var targetDate: CalendarDate?
    /// Notes (≤ 1000 characters).
    public internal(set) var notes: String
    /// The recommendation it came from, if an assessment added it.
    public let recommendation: RecommendationCode?
    /// Follow-up steps that serve this goal (tasks).
    public let steps: [FollowUpStepID]

    /// Longest title.
    public static let maxTitleLength = 200
    /// Longest notes.
    public static let maxNotesLength = 1000

    /// A goal as it was stored, for the storage layer only: the plan's changes checked it
    /// when each version was made, so the stored state is taken as it is.
    public static func restored(id: GoalID, domain: GoalDomain, title: String, status: GoalStatus, targetDate: CalendarDate?,
                                notes: String, recommendation: RecommendationCode?, steps: [FollowUpStepID]) -> Goal {
        Goal(id: id, domain: domain, title: title, status: status, targetDate: targetDate, notes: notes,
             recommendation: recommendation, steps: steps)
    }

    init(id: GoalID, domain: GoalDomain, title: String, status: GoalStatus, targetDate: CalendarDate?, notes: String,
         recommendation: RecommendationCode?, steps: [FollowUpStepID]) {
        self.id = id
        self.domain = domain
        self.title = title
        self.status = status
        self.targetDate = targetDate
        self.notes = notes
        self.recommendation = recommendation
        self.steps = steps
    }
}
