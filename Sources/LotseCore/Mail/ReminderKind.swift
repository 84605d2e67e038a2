/// Every kind of mail Lotse sends, with who receives it and which placeholders its
/// template may use. The raw value is the template's file name (`<raw>.txt`).
public enum ReminderKind: String, Sendable, CaseIterable, Hashable, Codable {
    /// To the caseworker, before an appointment (default 7 days and 1 day before).
    case appointmentReminder = "appointment-reminder"
    /// To the specialist, before a session: the list of appointments (times, pseudonyms).
    case sessionList = "session-list"
    /// To a follow-up step's owner when the step falls due.
    case followUpDue = "followup-due"
    /// To the caseworker when a help plan is due for review.
    case helpPlanReviewDue = "helpplan-review-due"
    /// To the coordinator when a roster draft awaits approval.
    case rosterAwaitingApproval = "roster-awaiting-approval"
    /// To each coordinator once a day while referrals wait longer than the configured
    /// limit: one digest listing them all, not one mail per referral.
    case waitingDigest = "waiting-digest"
    /// To every coordinator at once when a screening flags acute risk; sent before
    /// anything else. The text never says what the risk is.
    case acuteRiskAlert = "acute-risk-alert"
    /// To the coordinator when a mail failed for good or bounced. Never causes another notice.
    case deliveryFailed = "delivery-failed"
    /// To the caseworker when a roster with their client's appointment is published.
    case appointmentPublished = "appointment-published"
    /// To the caseworker before a case consultation (`consultation`: the caseworker meets
    /// the specialist without the client), instead of `appointmentReminder`.
    case consultationReminder = "consultation-reminder"
    /// To the caseworker when a roster with their case consultation is published,
    /// instead of `appointmentPublished`.
    case consultationPublished = "consultation-published"
    /// To the caseworker when a session with their client's appointment is cancelled.
    case sessionCancelled = "session-cancelled"
    /// To the specialist when one appointment of their session is cancelled before the
    /// day (by the client's caseworker or a coordinator): the slot is free. Never says why.
    case appointmentCancelled = "appointment-cancelled"
    /// To the specialist when a coordinator cancels one of their sessions.
    case specialistSessionCancelled = "session-cancelled-specialist"
    /// To the coordinators, once, when mail stays undelivered past `[mail] alert_after`
    /// (the mail system is stuck). Never causes another notice.
    case deliveryDelayed = "delivery-delayed"

    /// The placeholders this kind's template may use; anything else is a configuration
    /// error when the templates are loaded.
    public var allowedPlaceholders: Set<MailPlaceholder> {
        switch self {
        case .appointmentReminder, .appointmentPublished:
            return [.pseudonym, .date, .time, .place, .district, .appointment]
        case .consultationReminder, .consultationPublished:
            return [.pseudonym, .about, .date, .time, .place, .district, .appointment]
        case .sessionCancelled, .appointmentCancelled:
            return [.pseudonym, .about, .forClient, .date, .time, .place, .district]
        case .specialistSessionCancelled:
            return [.date, .time, .place, .district]
        case .sessionList:
            return [.date, .time, .place, .appointments, .count, .district]
        case .followUpDue, .helpPlanReviewDue:
            return [.pseudonym, .date, .district]
        case .rosterAwaitingApproval:
            return [.month, .district]
        case .waitingDigest:
            return [.date, .weeks, .count, .overdue, .district]
        case .acuteRiskAlert:
            return [.pseudonym, .date, .time, .district, .account, .standing]
        case .deliveryFailed, .deliveryDelayed:
            return [.address, .reference, .date, .time, .district]
        }
    }

    /// Delivery order: higher goes first (the outbox index orders by `priority DESC`). The
    /// acute-risk alert outranks everything, then delivery notices, then the rest.
    public var priority: Int {
        switch self {
        case .acuteRiskAlert: return 100
        case .deliveryFailed, .deliveryDelayed: return 50
        default: return 10
        }
    }

    /// The role of the people who receive this kind (the outbox records it).
    public var recipientRole: Role {
        switch self {
        case .appointmentReminder, .followUpDue, .helpPlanReviewDue, .appointmentPublished, .sessionCancelled,
             .consultationReminder, .consultationPublished:
            return .caseworker
        case .sessionList, .appointmentCancelled, .specialistSessionCancelled:
            return .specialist
        case .rosterAwaitingApproval, .waitingDigest, .acuteRiskAlert, .deliveryFailed, .deliveryDelayed:
            return .coordinator
        }
    }

    /// True for the notices about failed or delayed mail: their own failure is recorded
    /// but never produces another notice, so failures cannot loop.
    public var isDeliveryNotice: Bool { self == .deliveryFailed || self == .deliveryDelayed }
}
