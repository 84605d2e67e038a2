/// The words people read for the statuses of goals, follow-up steps, rosters, sessions
/// and cases, in the glossary's terms: refusals of a status change say them instead of
/// codes.
extension GoalStatus: Worded {
    /// `offen`, `in Arbeit`, `erreicht`, `entfallen`.
    public static let words: [GoalStatus: (de: String, en: String)] = [
        .open: ("offen", "open"), .inProgress: ("in Arbeit", "in progress"), .reached: ("erreicht", "reached"), .dropped: ("entfallen", "dropped"),
    ]
}

extension FollowUpStepStatus: Worded {
    /// `offen`, `erledigt`, `entfallen`.
    public static let words: [FollowUpStepStatus: (de: String, en: String)] = [
        .open: ("offen", "open"), .done: ("erledigt", "done"), .dropped: ("entfallen", "dropped"),
    ]
}

extension RosterStatus: Worded {
    /// `Entwurf`, `freigegeben`, `veröffentlicht`, `ersetzt`.
    public static let words: [RosterStatus: (de: String, en: String)] = [
        .draft: ("Entwurf", "draft"), .approved: ("freigegeben", "approved"), .published: ("veröffentlicht", "published"),
        .superseded: ("ersetzt", "superseded"),
    ]
}

extension SessionStatus: Worded {
    /// `geplant`, `abgesagt`.
    public static let words: [SessionStatus: (de: String, en: String)] = [.scheduled: ("geplant", "scheduled"), .cancelled: ("abgesagt", "cancelled")]
}

extension ClientStatus: Worded {
    /// `offen`, `abgeschlossen`.
    public static let words: [ClientStatus: (de: String, en: String)] = [.active: ("offen", "open"), .closed: ("abgeschlossen", "closed")]
}
