/// A screening as stored (health data, in its own table): the acute-risk answers, the
/// instrument's item answers and the outcome. Made only through `perform`, which applies
/// the triage rule, so a stored screening always agrees with its instrument.
public struct Screening: Sendable, Equatable, Codable {
    /// What the screening led to.
    public enum Outcome: Sendable, Equatable, Codable {
        /// Acute risk: escalated at once, nothing queued.
        case escalated
        /// Scored; the result sets the referral's urgency.
        case scored(ScreeningResult)
    }

    /// Database id.
    public let id: ScreeningID
    /// The client screened.
    public let client: ClientID
    /// The caseworker who ran it.
    public let caseworker: UserName
    /// Day of the screening.
    public let performedOn: CalendarDate
    /// Acute-risk answers, always asked first.
    public let acuteRisk: AcuteRiskAnswers
    /// The instrument's name.
    public let instrument: String
    /// Item answers (index 0 is item 1). An escalated screening keeps the answers given
    /// before acute risk cut it short (items 1…n), or none when they did not fit the
    /// instrument (more answers than items, or one outside its item's range).
    public let answers: [Int]
    /// Escalated or scored.
    public let outcome: Outcome

    /// Runs triage: acute risk first (the answers given so far are then kept when each fits
    /// its item; escalation never waits for the form), otherwise the answers must be
    /// complete and valid and are scored.
    public static func perform(id: ScreeningID, client: ClientID, caseworker: UserName, on date: CalendarDate,
                               acuteRisk: AcuteRiskAnswers, instrument: ScreeningInstrument,
                               answers: [Int]) -> Result<Screening, ScreeningAnswerError> {
        // The same order as `Triage.decide`: acute risk before any answer is checked.
        if acuteRisk.isAcute {
            let kept: [Int]
            switch instrument.validateGivenSoFar(answers) {
            case .success: kept = answers
            case .failure: kept = []
            }
            return .success(Screening(id: id, client: client, caseworker: caseworker, performedOn: date, acuteRisk: acuteRisk,
                                      instrument: instrument.name, answers: kept, outcome: .escalated))
        }
        return instrument.score(answers).map { result in
            Screening(id: id, client: client, caseworker: caseworker, performedOn: date, acuteRisk: acuteRisk,
                      instrument: instrument.name, answers: answers, outcome: .scored(result))
        }
    }

    /// A screening as it was stored, for the storage layer only. `perform` made it when it
    /// was first saved and the schema's constraints kept it so; bringing it back must not
    /// run triage again, because the instrument may have been reconfigured since.
    public static func restored(id: ScreeningID, client: ClientID, caseworker: UserName, performedOn: CalendarDate,
                                acuteRisk: AcuteRiskAnswers, instrument: String, answers: [Int], outcome: Outcome) -> Screening {
        Screening(id: id, client: client, caseworker: caseworker, performedOn: performedOn, acuteRisk: acuteRisk,
                  instrument: instrument, answers: answers, outcome: outcome)
    }

    private init(id: ScreeningID, client: ClientID, caseworker: UserName, performedOn: CalendarDate, acuteRisk: AcuteRiskAnswers,
                 instrument: String, answers: [Int], outcome: Outcome) {
        self.id = id
        self.client = client
        self.caseworker = caseworker
        self.performedOn = performedOn
        self.acuteRisk = acuteRisk
        self.instrument = instrument
        self.answers = answers
        self.outcome = outcome
    }

    /// The result, when the screening was scored.
    public var result: ScreeningResult? {
        if case .scored(let r) = outcome { return r }
        return nil
    }
}
