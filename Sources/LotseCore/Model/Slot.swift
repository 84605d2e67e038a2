/// A slot's id: its session and its place in the session (1-based), written `12-3`.
public struct SlotID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The session.
    public let session: SessionID
    /// 1-based position within the session.
    public let index: Int

    /// Creates the id.
    public init(session: SessionID, index: Int) {
        self.session = session
        self.index = index
    }

    /// Parses `SESSION-INDEX` (`12-3`).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let s = Int64(parts[0]), let i = Int(parts[1]), s > 0, i > 0 else { return nil }
        self.init(session: SessionID(s), index: i)
    }

    /// `SESSION-INDEX`.
    public var description: String { "\(session)-\(index)" }

    /// Session, then position.
    public static func < (lhs: SlotID, rhs: SlotID) -> Bool { (lhs.session, lhs.index) < (rhs.session, rhs.index) }
}

/// Why a referral cannot take a slot — the hard constraints of the plan format that
/// concern one pair, checked for manual placements with a clear refusal.
public enum PlacementConflict: Sendable, Equatable, CustomStringConvertible {
    /// The referral is not waiting (or is not due yet).
    case notPlannable(ReferralStatus)
    /// The slot's date is before the referral's `notBefore` day.
    case notYetDue(CalendarDate)
    /// The slot offers neither the specialist's nor an interpreter's language.
    case languageNotOffered(LanguageCode)
    /// The slot does not accept this kind.
    case kindNotAccepted(ReferralKind)
    /// The client cannot come on that day.
    case clientUnavailable(CalendarDate)
    /// The specialist is excluded for this referral.
    case specialistExcluded(SpecialistID)
    /// The slot is before the referral was made.
    case beforeReferral(CalendarDate)

    /// One sentence naming the constraint.
    public var description: String {
        switch self {
        case .notPlannable(let s): "the referral is \(s.rawValue), not waiting"
        case .notYetDue(let d): "the referral is not to be planned before \(d.displayText)"
        case .languageNotOffered(let l): "the slot offers no \(l.name(in: .en)) (no interpreter booked)"
        case .kindNotAccepted(let k): "the slot does not accept \(k.rawValue) referrals"
        case .clientUnavailable(let d): "the client is unavailable on \(d.displayText)"
        case .specialistExcluded(let s): "specialist \(s) is excluded for this referral"
        case .beforeReferral(let d): "the slot is before the referral date \(d.displayText)"
        }
    }
}

/// One bookable consultation slot, derived from a session.
public struct Slot: Sendable, Equatable, Codable {
    /// Session and position.
    public let id: SlotID
    /// The specialist of the session.
    public let specialist: SpecialistID
    /// The day.
    public let date: CalendarDate
    /// Local start time.
    public let start: TimeOfDay
    /// Length in minutes.
    public let minutes: Int
    /// Languages offered (specialist's and interpreters').
    public let languages: Set<LanguageCode>
    /// Accepted referral kinds.
    public let kinds: Set<ReferralKind>

    /// Creates a slot; normally made by `Session.slots(specialistLanguages:)`.
    public init(id: SlotID, specialist: SpecialistID, date: CalendarDate, start: TimeOfDay, minutes: Int,
                languages: Set<LanguageCode>, kinds: Set<ReferralKind>) {
        self.id = id
        self.specialist = specialist
        self.date = date
        self.start = start
        self.minutes = minutes
        self.languages = languages
        self.kinds = kinds
    }

    /// Whether two slots share time on the same day (half-open intervals).
    public func overlaps(_ other: Slot) -> Bool {
        guard date == other.date else { return false }
        let a = start.minutesSinceMidnight
        let b = other.start.minutesSinceMidnight
        return a < b + other.minutes && b < a + minutes
    }

    /// The first hard constraint the pair breaks, in the plan format's order (language,
    /// kind, date, exclusion), or nil when the referral may take this slot.
    public func conflict(with referral: Referral) -> PlacementConflict? {
        if referral.status != .waiting { return .notPlannable(referral.status) }
        if let notBefore = referral.notBefore, date < notBefore { return .notYetDue(notBefore) }
        let d = referral.details
        if !languages.contains(d.language) { return .languageNotOffered(d.language) }
        if !kinds.contains(d.kind) { return .kindNotAccepted(d.kind) }
        if d.unavailableDates.contains(date) { return .clientUnavailable(date) }
        if date < referral.referredOn { return .beforeReferral(referral.referredOn) }
        if d.excludedSpecialists.contains(specialist) { return .specialistExcluded(specialist) }
        return nil
    }
}
