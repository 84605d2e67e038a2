/// Whether a session takes place.
public enum SessionStatus: String, Sendable, Codable, StatusMachine {
    /// Planned; its slots can be booked.
    case scheduled
    /// Cancelled; its booked clients return to the head of the waiting list.
    case cancelled

    /// `session`.
    public static let subject = "session"

    /// scheduled → cancelled; a cancellation is final (add a new session instead).
    public var allowedNext: Set<SessionStatus> {
        switch self {
        case .scheduled: [.cancelled]
        case .cancelled: []
        }
    }
}

/// A consultation session: one specialist, one day, one place, a run of equal slots.
/// Recurring sessions are expanded into single sessions by the calendar code; each
/// occurrence is a `Session` of its own, so one occurrence can be cancelled alone.
public struct Session: Sendable, Equatable, Codable {
    /// Database id.
    public let id: SessionID
    /// Who holds it.
    public let specialist: SpecialistID
    /// The day (Europe/Berlin).
    public let date: CalendarDate
    /// Start of the first slot, local time.
    public let start: TimeOfDay
    /// Number of slots, 1…20.
    public let slotCount: Int
    /// Length of each slot in minutes, 10…240.
    public let slotMinutes: Int
    /// Where (`Landratsamt Ludwigsburg, Raum 2.114`).
    public let place: String
    /// Which referral kinds the slots accept.
    public let kinds: Set<ReferralKind>
    /// Languages for which an interpreter is booked for this session.
    public let interpreterLanguages: Set<LanguageCode>
    /// Held or cancelled.
    public private(set) var status: SessionStatus

    /// Validates the session; all slots must end on the same day.
    public static func make(id: SessionID, specialist: SpecialistID, date: CalendarDate, start: TimeOfDay, slotCount: Int,
                            slotMinutes: Int, place: String, kinds: Set<ReferralKind>,
                            interpreterLanguages: Set<LanguageCode> = []) -> Result<Session, ModelError> {
        guard (1...20).contains(slotCount) else { return .failure(ModelError(field: "slots", en: "\(slotCount) is not between 1 and 20",
            de: "\(slotCount) liegt nicht zwischen 1 und 20")) }
        guard (10...240).contains(slotMinutes) else { return .failure(ModelError(field: "slot minutes", en: "\(slotMinutes) is not between 10 and 240",
            de: "\(slotMinutes) liegt nicht zwischen 10 und 240")) }
        guard start.minutesSinceMidnight + slotCount * slotMinutes <= 24 * 60 else {
            return .failure(ModelError(field: "start", en: "\(slotCount) slots of \(slotMinutes) minutes from \(start) run past midnight",
            de: "\(slotCount) Plätze zu \(slotMinutes) Minuten ab \(start) reichen über Mitternacht hinaus"))
        }
        guard !kinds.isEmpty else { return .failure(ModelError(field: "kinds", en: "the slots must accept at least one kind",
            de: "die Plätze müssen mindestens eine Art annehmen")) }
        switch TextRule.check(place, field: "place", max: 200, oneLine: true) {
        case .failure(let e): return .failure(e)
        case .success(let checkedPlace):
            return .success(Session(id: id, specialist: specialist, date: date, start: start, slotCount: slotCount, slotMinutes: slotMinutes,
                                    place: checkedPlace, kinds: kinds, interpreterLanguages: interpreterLanguages, status: .scheduled))
        }
    }

    private init(id: SessionID, specialist: SpecialistID, date: CalendarDate, start: TimeOfDay, slotCount: Int, slotMinutes: Int,
                 place: String, kinds: Set<ReferralKind>, interpreterLanguages: Set<LanguageCode>, status: SessionStatus) {
        self.id = id
        self.specialist = specialist
        self.date = date
        self.start = start
        self.slotCount = slotCount
        self.slotMinutes = slotMinutes
        self.place = place
        self.kinds = kinds
        self.interpreterLanguages = interpreterLanguages
        self.status = status
    }

    /// Cancels the session (the caller returns its booked referrals to the waiting list).
    public mutating func cancel() -> Result<Void, TransitionError> {
        status.transition(to: .cancelled).map { status = $0 }
    }

    /// The session's slots, offering the specialist's languages plus the interpreters'.
    /// A cancelled session offers none.
    public func slots(specialistLanguages: [LanguageCode]) -> [Slot] {
        guard status == .scheduled else { return [] }
        let languages = Set(specialistLanguages).union(interpreterLanguages)
        return (0..<slotCount).compactMap { index in
            let minutes = start.minutesSinceMidnight + index * slotMinutes
            guard let time = TimeOfDay(hour: minutes / 60, minute: minutes % 60) else { return nil }
            return Slot(id: SlotID(session: id, index: index + 1), specialist: specialist, date: date, start: time,
                        minutes: slotMinutes, languages: languages, kinds: kinds)
        }
    }
}
