/// How soon a referral needs a slot. The planner weighs referrals by it, and screening
/// bands map onto it; acute risk is deliberately not an urgency, because it is never
/// queued (see `AcuteRiskAnswers`). As a dictionary key it encodes as its name, so
/// `[Urgency: Int]` becomes `{"high": 100, …}` as in the plan format.
public enum Urgency: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable, Comparable {
    /// No sign that waiting harms the client beyond the ordinary.
    case routine
    /// Clear strain: should be seen within the month if at all possible.
    case elevated
    /// Severe strain: the first free slot that fits.
    case high

    /// Routine < elevated < high, so that sorting and "at least" rules read naturally.
    public static func < (lhs: Urgency, rhs: Urgency) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .routine: 0
        case .elevated: 1
        case .high: 2
        }
    }
}
