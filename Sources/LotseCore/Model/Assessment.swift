/// The specialist's one-time record of an attended appointment: a short note (health
/// data, visible to the specialist and the client's caseworker only), one or more
/// recommendations, and follow-up steps. For a `consultation` the note records the
/// advice given to the caseworker.
public struct Assessment: Sendable, Equatable, Codable {
    /// Database id.
    public let id: AssessmentID
    /// The referral it concludes.
    public let referral: ReferralID
    /// The appointment's slot.
    public let slot: SlotID
    /// Who recorded it.
    public let specialist: SpecialistID
    /// Day of the appointment.
    public let appointmentDate: CalendarDate
    /// Anamnesis note, or the advice for a consultation (≤ 2000 characters).
    public let note: String
    /// At least one recommendation, codes unique.
    public let recommendations: [Recommendation]
    /// Steps agreed.
    public let steps: [FollowUpStep]

    /// Longest note.
    public static let maxNoteLength = 2000

    /// Validates and creates the record: the referral must have attended, the note is
    /// bounded, recommendations are at least one and unique, steps are not due before the
    /// appointment (checked when the steps were made).
    public static func record(id: AssessmentID, referral: Referral, slot: SlotID, specialist: SpecialistID, appointmentDate: CalendarDate,
                              note: String, recommendations: [Recommendation], steps: [FollowUpStep]) -> Result<Assessment, ModelError> {
        guard referral.status == .attended else {
            return .failure(ModelError(field: "referral", en: "referral \(referral.id) is \(referral.status.rawValue); an assessment is recorded for an attended appointment only, and only once",
            de: "Anmeldung \(referral.id) ist „\(referral.status.rawValue)“; eine Einschätzung wird nur zu einem wahrgenommenen Termin erfasst, und nur einmal"))
        }
        if let refusal = refusal(recommendations: recommendations, steps: steps, appointmentDate: appointmentDate) { return .failure(refusal) }
        return TextRule.check(note, field: "note", max: maxNoteLength, allowEmpty: false).map {
            Assessment(id: id, referral: referral.id, slot: slot, specialist: specialist, appointmentDate: appointmentDate,
                       note: $0, recommendations: recommendations, steps: steps)
        }
    }

    /// What recording and amending both refuse: no recommendation, a recommendation given
    /// twice, a (new) step due before the appointment; nil when none of these holds.
    static func refusal(recommendations: [Recommendation], steps: [FollowUpStep], appointmentDate: CalendarDate) -> ModelError? {
        guard !recommendations.isEmpty else {
            return ModelError(field: "recommendation", en: "at least one recommendation is needed", de: "mindestens eine Empfehlung ist nötig")
        }
        let codes = recommendations.map(\.code)
        if let repeated = codes.first(where: { c in codes.filter { $0 == c }.count > 1 }) {
            return ModelError(field: "recommendation", en: "\(repeated) is given twice", de: "\(repeated) ist doppelt angegeben")
        }
        if let early = steps.first(where: { $0.dueOn < appointmentDate }) {
            return ModelError(field: "due date", en: "\(early.dueOn.displayText) is before the appointment on \(appointmentDate.displayText)",
                              de: "\(early.dueOn.displayText) liegt vor dem Termin am \(appointmentDate.displayText)")
        }
        return nil
    }

    /// The assessment as its author corrects it: a new note and/or a new set of
    /// recommendations, and steps added to those agreed. The same rules as at recording
    /// hold (a bounded note, at least one recommendation, codes unique, no step due
    /// before the appointment); identity, appointment and specialist never change, and
    /// steps already agreed stay (a step no longer needed is dropped, not erased).
    public func amended(note newNote: String?, recommendations newRecommendations: [Recommendation]?,
                        addedSteps: [FollowUpStep]) -> Result<Assessment, ModelError> {
        let recommendations = newRecommendations ?? self.recommendations
        if let refusal = Self.refusal(recommendations: recommendations, steps: addedSteps, appointmentDate: appointmentDate) { return .failure(refusal) }
        guard newNote != nil || newRecommendations != nil || !addedSteps.isEmpty else {
            return .failure(ModelError(field: "assessment", en: "nothing to amend: give a note, recommendations or steps",
            de: "nichts zu ergänzen: geben Sie eine Notiz, Empfehlungen oder Folgeschritte an"))
        }
        return TextRule.check(newNote ?? note, field: "note", max: Self.maxNoteLength, allowEmpty: false).map {
            Assessment(id: id, referral: referral, slot: slot, specialist: specialist, appointmentDate: appointmentDate,
                       note: $0, recommendations: recommendations, steps: steps + addedSteps)
        }
    }

    /// An assessment as it was stored, for the storage layer only: `record` and `amend`
    /// checked it when it was written, so the stored state is taken as it is.
    public static func restored(id: AssessmentID, referral: ReferralID, slot: SlotID, specialist: SpecialistID,
                                appointmentDate: CalendarDate, note: String, recommendations: [Recommendation],
                                steps: [FollowUpStep]) -> Assessment {
        Assessment(id: id, referral: referral, slot: slot, specialist: specialist, appointmentDate: appointmentDate,
                   note: note, recommendations: recommendations, steps: steps)
    }

    private init(id: AssessmentID, referral: ReferralID, slot: SlotID, specialist: SpecialistID, appointmentDate: CalendarDate,
                 note: String, recommendations: [Recommendation], steps: [FollowUpStep]) {
        self.id = id
        self.referral = referral
        self.slot = slot
        self.specialist = specialist
        self.appointmentDate = appointmentDate
        self.note = note
        self.recommendations = recommendations
        self.steps = steps
    }

    /// The day a "present again" follow-up referral may be planned from, if one was recommended.
    public var presentAgainDate: CalendarDate? {
        recommendations.lazy.compactMap { $0.presentAgainDate(after: self.appointmentDate) }.first
    }
}
