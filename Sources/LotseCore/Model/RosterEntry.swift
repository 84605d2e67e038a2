/// One placement in a roster: a referral in a slot, with the planner's weight for the
/// pair and the coordinator's marks. Pinned and manual entries are constraints for every
/// re-plan (DESIGN.md, "Planning").
public struct RosterEntry: Sendable, Equatable, Codable {
    /// The referral placed.
    public let referral: ReferralID
    /// The slot it takes.
    public let slot: SlotID
    /// The objective weight w(r, s) of the pair (0 if unknown, e.g. a manual placement
    /// before the planner has weighed it).
    public let weight: Int
    /// Kept in place by any re-plan.
    public var pinned: Bool
    /// Placed by a coordinator rather than the planner; also kept by any re-plan.
    public let manual: Bool

    /// Creates an entry.
    public init(referral: ReferralID, slot: SlotID, weight: Int, pinned: Bool = false, manual: Bool = false) {
        self.referral = referral
        self.slot = slot
        self.weight = weight
        self.pinned = pinned
        self.manual = manual
    }

    /// Whether a re-plan must keep this entry.
    public var isFixed: Bool { pinned || manual }
}

/// Why a referral stayed on the waiting list in a plan: the plan format's reason code
/// (`no-language-match`, `outranked`, …) and the sentence for the coordinator.
public struct RosterWaitingReason: Sendable, Equatable, Codable {
    /// The referral left waiting.
    public let referral: ReferralID
    /// The plan format's reason code.
    public let reason: String
    /// A sentence a coordinator understands.
    public let detail: String

    /// Creates a reason.
    public init(referral: ReferralID, reason: String, detail: String) {
        self.referral = referral
        self.reason = reason
        self.detail = detail
    }
}

/// One difference between two roster versions, for `lotse roster show --changes`.
public enum RosterChange: Sendable, Equatable, CustomStringConvertible {
    /// A referral gained a slot.
    case added(ReferralID, SlotID)
    /// A referral lost its slot.
    case removed(ReferralID, SlotID)
    /// A referral moved from one slot to another.
    case moved(ReferralID, from: SlotID, to: SlotID)

    /// `+ referral 4 in slot 12-3` style lines.
    public var description: String {
        switch self {
        case let .added(r, s): "+ referral \(r) in slot \(s)"
        case let .removed(r, s): "- referral \(r) from slot \(s)"
        case let .moved(r, from, to): "~ referral \(r) moved from slot \(from) to \(to)"
        }
    }
}
