/// The parts of a referral the caseworker chooses and may change while it waits:
/// validated as a whole, so an update either applies completely or not at all.
public struct ReferralDetails: Sendable, Equatable, Codable {
    /// Assessment, follow-up or consultation.
    public let kind: ReferralKind
    /// From the screening, or given with a reason.
    public private(set) var urgency: Urgency
    /// Why the urgency was given without a screening (nil when it came from one).
    public private(set) var urgencyReason: String?
    /// The language of the consultation.
    public let language: LanguageCode
    /// Whether an interpreter must be booked (the slot's session must offer the language).
    public let interpreterNeeded: Bool
    /// Days the client cannot come, ascending, none in the past.
    public let unavailableDates: [CalendarDate]
    /// Specialist for continuity, if any.
    public let preferredSpecialist: SpecialistID?
    /// Specialists the client must not see (e.g. gender, earlier conflict).
    public let excludedSpecialists: [SpecialistID]
    /// Short note for the specialist (health data; ≤ 500 characters).
    public let note: String

    /// Longest note.
    public static let maxNoteLength = 500

    /// Validates every field against `today` (dates in the past are refused) and returns
    /// the details or the first field at fault.
    public static func make(kind: ReferralKind, urgency: Urgency, urgencyReason: String? = nil, language: LanguageCode,
                            interpreterNeeded: Bool, unavailableDates: [CalendarDate] = [],
                            preferredSpecialist: SpecialistID? = nil, excludedSpecialists: [SpecialistID] = [],
                            note: String, today: CalendarDate) -> Result<ReferralDetails, ModelError> {
        if let past = unavailableDates.first(where: { $0 < today }) {
            return .failure(ModelError(field: "unavailable dates", en: "\(past.displayText) is in the past",
            de: "\(past.displayText) liegt in der Vergangenheit"))
        }
        if let preferredSpecialist, excludedSpecialists.contains(preferredSpecialist) {
            return .failure(ModelError(field: "preferred specialist", en: "specialist \(preferredSpecialist) is also excluded",
            de: "Fachkraft \(preferredSpecialist) ist zugleich ausgeschlossen"))
        }
        var reason: String?
        if let urgencyReason {
            switch TextRule.check(urgencyReason, field: "urgency reason", max: Triage.maxReasonLength, oneLine: true) {
            case .success(let r): reason = r
            case .failure(let e): return .failure(e)
            }
        }
        let checkedNote: String
        switch TextRule.check(note, field: "note", max: maxNoteLength, allowEmpty: true) {
        case .success(let n): checkedNote = n
        case .failure(let e): return .failure(e)
        }
        return .success(ReferralDetails(kind: kind, urgency: urgency, urgencyReason: reason, language: language,
                                        interpreterNeeded: interpreterNeeded,
                                        unavailableDates: Array(Set(unavailableDates)).sorted(),
                                        preferredSpecialist: preferredSpecialist,
                                        excludedSpecialists: Array(Set(excludedSpecialists)).sorted(), note: checkedNote))
    }

    /// A new screening replaced the stated urgency; its reason no longer applies.
    mutating func replaceUrgency(_ newUrgency: Urgency) {
        urgency = newUrgency
        urgencyReason = nil
    }

    /// Details as they were stored, for the storage layer only: `make` checked them when the
    /// referral was submitted or updated, and the schema kept them so.
    public static func restored(kind: ReferralKind, urgency: Urgency, urgencyReason: String?, language: LanguageCode,
                                interpreterNeeded: Bool, unavailableDates: [CalendarDate], preferredSpecialist: SpecialistID?,
                                excludedSpecialists: [SpecialistID], note: String) -> ReferralDetails {
        ReferralDetails(kind: kind, urgency: urgency, urgencyReason: urgencyReason, language: language,
                        interpreterNeeded: interpreterNeeded, unavailableDates: unavailableDates,
                        preferredSpecialist: preferredSpecialist, excludedSpecialists: excludedSpecialists, note: note)
    }

    private init(kind: ReferralKind, urgency: Urgency, urgencyReason: String?, language: LanguageCode, interpreterNeeded: Bool,
                 unavailableDates: [CalendarDate], preferredSpecialist: SpecialistID?, excludedSpecialists: [SpecialistID], note: String) {
        self.kind = kind
        self.urgency = urgency
        self.urgencyReason = urgencyReason
        self.language = language
        self.interpreterNeeded = interpreterNeeded
        self.unavailableDates = unavailableDates
        self.preferredSpecialist = preferredSpecialist
        self.excludedSpecialists = excludedSpecialists
        self.note = note
    }
}
