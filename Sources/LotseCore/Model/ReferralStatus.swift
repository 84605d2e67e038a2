/// Where a referral stands. The table in `allowedNext` is the whole life cycle:
///
/// ```
/// waiting ──► scheduled ──► attended ──► closed
///    ▲  │        │ │ │
///    │  │        │ │ └──► no-show ──► waiting | needs-retriage ──► waiting
///    │  │        │ └──────────────► waiting   (session cancelled, appointment cancelled, entry dropped)
///    │  └────────┴──► withdrawn               (also from no-show and needs-retriage)
/// ```
public enum ReferralStatus: String, Sendable, Codable, StatusMachine {
    /// On the waiting list, to be planned.
    case waiting
    /// Has a published appointment.
    case scheduled
    /// The client came; the assessment is to be recorded.
    case attended
    /// The client did not come; moves on to waiting or re-triage by the no-show policy.
    case noShow = "no-show"
    /// After repeated no-shows: the caseworker must screen again before it can wait.
    case needsRetriage = "needs-retriage"
    /// Assessment recorded; the referral is done.
    case closed
    /// Withdrawn by the caseworker (with a reason).
    case withdrawn

    /// `referral`.
    public static let subject = "referral"

    /// The allowed single steps.
    public var allowedNext: Set<ReferralStatus> {
        switch self {
        case .waiting: [.scheduled, .withdrawn]
        case .scheduled: [.waiting, .attended, .noShow, .withdrawn]
        case .attended: [.closed]
        case .noShow: [.waiting, .needsRetriage, .withdrawn]
        case .needsRetriage: [.waiting, .withdrawn]
        case .closed, .withdrawn: []
        }
    }

    /// Open referrals block a second one for the same client.
    public var isOpen: Bool { self != .closed && self != .withdrawn }
}
