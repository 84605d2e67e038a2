/// The words people read for the statuses of goals, follow-up steps, rosters, sessions
/// and cases, in the glossary's terms (a referral's are with its kind and urgency in
/// `ReferralTerms`): refusals of a status change say them instead of codes.
extension GoalStatus {
    /// The status in words (`in Arbeit`, `in progress`).
    public func name(in language: MessageLanguage) -> String {
        switch self {
        case .open: language.pick(de: "offen", en: "open")
        case .inProgress: language.pick(de: "in Arbeit", en: "in progress")
        case .reached: language.pick(de: "erreicht", en: "reached")
        case .dropped: language.pick(de: "entfallen", en: "dropped")
        }
    }
}

extension FollowUpStepStatus {
    /// The status in words (`erledigt`, `done`).
    public func name(in language: MessageLanguage) -> String {
        switch self {
        case .open: language.pick(de: "offen", en: "open")
        case .done: language.pick(de: "erledigt", en: "done")
        case .dropped: language.pick(de: "entfallen", en: "dropped")
        }
    }
}

extension RosterStatus {
    /// The status in words (`freigegeben`, `approved`).
    public func name(in language: MessageLanguage) -> String {
        switch self {
        case .draft: language.pick(de: "Entwurf", en: "draft")
        case .approved: language.pick(de: "freigegeben", en: "approved")
        case .published: language.pick(de: "veröffentlicht", en: "published")
        case .superseded: language.pick(de: "ersetzt", en: "superseded")
        }
    }
}

extension SessionStatus {
    /// The status in words (`abgesagt`, `cancelled`).
    public func name(in language: MessageLanguage) -> String {
        switch self {
        case .scheduled: language.pick(de: "geplant", en: "scheduled")
        case .cancelled: language.pick(de: "abgesagt", en: "cancelled")
        }
    }
}

extension ClientStatus {
    /// The status in words (`abgeschlossen`, `closed`).
    public func name(in language: MessageLanguage) -> String {
        switch self {
        case .active: language.pick(de: "offen", en: "open")
        case .closed: language.pick(de: "abgeschlossen", en: "closed")
        }
    }
}
