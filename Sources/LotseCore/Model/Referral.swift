/// A referral of a client to the consultation service: who, what for, how urgent, what
/// the client needs — and where it stands. Status changes only through its methods,
/// which return an error value for a step the life cycle (`ReferralStatus`) forbids.
public struct Referral: Sendable, Equatable, Codable {
    /// Database id.
    public let id: ReferralID
    /// The client; nil only for a consultation about a case in general.
    public let client: ClientID?
    /// The caseworker who referred (and accompanies the client).
    public let caseworker: UserName
    /// Municipality, for quotas.
    public let municipality: MunicipalityID
    /// Day of submission; waiting time counts from here.
    public let referredOn: CalendarDate
    /// Not to be planned before this day ("present again in N months"); nil: at once.
    public let notBefore: CalendarDate?
    /// Consent or override it was submitted on.
    public let consentBasis: ConsentBasis
    /// The screening that set the urgency, if one was used.
    public private(set) var screening: ScreeningResult?
    /// The caseworker's choices, changeable while waiting.
    public private(set) var details: ReferralDetails
    /// Life-cycle status.
    public private(set) var status: ReferralStatus
    /// No-shows so far, for the `retriage-after-two` policy.
    public private(set) var noShowCount: Int
    /// Set when the referral went back to the waiting list through no fault of its own
    /// (cancelled session, no-show under `head-of-urgency`): it then goes first among
    /// its urgency. Cleared when it is scheduled again.
    public private(set) var atHeadOfUrgency: Bool
    /// Why it was withdrawn.
    public private(set) var withdrawalReason: String?

    /// A new, waiting referral. The client is required unless the kind is a consultation;
    /// the urgency comes from the screening, or is given with a reason (issue 5).
    public static func submit(id: ReferralID, client: ClientID?, caseworker: UserName, municipality: MunicipalityID,
                              details: ReferralDetails, screening: ScreeningResult?, consentBasis: ConsentBasis,
                              referredOn: CalendarDate, notBefore: CalendarDate? = nil) -> Result<Referral, ModelError> {
        if client == nil && details.kind.requiresClient {
            return .failure(ModelError(field: "client", en: "a referral of kind \(details.kind.rawValue) needs a client pseudonym",
            de: "eine Anmeldung der Art \(details.kind.rawValue) braucht ein Pseudonym"))
        }
        switch (screening, details.urgencyReason) {
        case (nil, nil):
            return .failure(ModelError(field: "urgency", en: "give a screening result or a reason for the urgency",
            de: "geben Sie ein Screening-Ergebnis oder einen Grund für die Dringlichkeit an"))
        case (let result?, nil) where result.urgency != details.urgency:
            return .failure(ModelError(field: "urgency", en: "\(details.urgency.rawValue) differs from the screening's \(result.urgency.rawValue); give a reason to override it",
            de: "\(details.urgency.rawValue) weicht vom Screening (\(result.urgency.rawValue)) ab; geben Sie einen Grund dafür an"))
        default:
            break
        }
        if let notBefore, notBefore < referredOn {
            return .failure(ModelError(field: "not before", en: "\(notBefore.displayText) is before the referral date",
            de: "\(notBefore.displayText) liegt vor dem Tag der Anmeldung"))
        }
        return .success(Referral(id: id, client: client, caseworker: caseworker, municipality: municipality, referredOn: referredOn,
                                 notBefore: notBefore, consentBasis: consentBasis, screening: screening, details: details,
                                 status: .waiting, noShowCount: 0, atHeadOfUrgency: false, withdrawalReason: nil))
    }

    /// The follow-up referral that "present again in N months" creates (issue 7): same
    /// client, caseworker, language and exclusions, kind `follow-up`, the original
    /// urgency with the recommendation as its reason, waiting until the date.
    public static func presentAgain(id: ReferralID, original: Referral, assessment: Assessment,
                                    referredOn: CalendarDate) -> Result<Referral, ModelError> {
        guard let date = assessment.presentAgainDate else {
            return .failure(ModelError(field: "recommendation", en: "assessment \(assessment.id) recommends no new presentation",
            de: "Einschätzung \(assessment.id) empfiehlt keine erneute Vorstellung"))
        }
        let o = original.details
        let details: ReferralDetails
        switch ReferralDetails.make(kind: .followUp, urgency: o.urgency,
                                    urgencyReason: UrgencyReasonText.presentAgain(from: date, assessment: assessment.id),
                                    language: o.language, interpreterNeeded: o.interpreterNeeded,
                                    unavailableDates: o.unavailableDates.filter { $0 >= referredOn },
                                    preferredSpecialist: assessment.specialist,
                                    excludedSpecialists: o.excludedSpecialists.filter { $0 != assessment.specialist },
                                    note: o.note, today: referredOn) {
        case .success(let d): details = d
        case .failure(let e): return .failure(e)
        }
        return submit(id: id, client: original.client, caseworker: original.caseworker, municipality: original.municipality,
                      details: details, screening: nil, consentBasis: original.consentBasis, referredOn: referredOn, notBefore: date)
    }

    /// A referral as it was stored, for the storage layer only: every transition that led
    /// to its status was checked when it happened, so the stored state is taken as it is
    /// (running the status machine again would refuse a referral that is simply closed).
    public static func restored(id: ReferralID, client: ClientID?, caseworker: UserName, municipality: MunicipalityID,
                                referredOn: CalendarDate, notBefore: CalendarDate?, consentBasis: ConsentBasis,
                                screening: ScreeningResult?, details: ReferralDetails, status: ReferralStatus, noShowCount: Int,
                                atHeadOfUrgency: Bool, withdrawalReason: String?) -> Referral {
        Referral(id: id, client: client, caseworker: caseworker, municipality: municipality, referredOn: referredOn,
                 notBefore: notBefore, consentBasis: consentBasis, screening: screening, details: details, status: status,
                 noShowCount: noShowCount, atHeadOfUrgency: atHeadOfUrgency, withdrawalReason: withdrawalReason)
    }

    private init(id: ReferralID, client: ClientID?, caseworker: UserName, municipality: MunicipalityID, referredOn: CalendarDate,
                 notBefore: CalendarDate?, consentBasis: ConsentBasis, screening: ScreeningResult?, details: ReferralDetails,
                 status: ReferralStatus, noShowCount: Int, atHeadOfUrgency: Bool, withdrawalReason: String?) {
        self.id = id
        self.client = client
        self.caseworker = caseworker
        self.municipality = municipality
        self.referredOn = referredOn
        self.notBefore = notBefore
        self.consentBasis = consentBasis
        self.screening = screening
        self.details = details
        self.status = status
        self.noShowCount = noShowCount
        self.atHeadOfUrgency = atHeadOfUrgency
        self.withdrawalReason = withdrawalReason
    }

    /// Whether it blocks another referral for the same client.
    public var isOpen: Bool { status.isOpen }

    /// Whole weeks waited from the referral day to `date` (never negative).
    public func waitingWeeks(on date: CalendarDate) -> Int { max(0, referredOn.days(until: date)) / 7 }

    /// Whether it waits longer than the configured limit on `date` (flagged, coordinator reminded).
    public func isOverWaitingLimit(on date: CalendarDate, limitWeeks: Int) -> Bool {
        status == .waiting && referredOn.days(until: date) > limitWeeks * 7
    }

    /// Whether the planner may place it in a month ending on `lastDay`.
    public func isPlannable(monthEndingOn lastDay: CalendarDate) -> Bool {
        status == .waiting && (notBefore.map { $0 <= lastDay } ?? true)
    }

    /// The caseworker's update; only while waiting, so a planned appointment never
    /// changes under the coordinator's feet.
    public mutating func update(_ newDetails: ReferralDetails) -> Result<Void, ModelError> {
        guard status == .waiting else {
            return .failure(ModelError(field: "referral", en: "referral \(id) is \(status.rawValue); only a waiting referral can be changed",
            de: "Anmeldung \(id) ist „\(status.rawValue)“; nur eine wartende Anmeldung kann geändert werden"))
        }
        details = newDetails
        return .success(())
    }

    /// A published roster gave it an appointment.
    public mutating func schedule() -> Result<Void, TransitionError> {
        step(to: .scheduled).map { atHeadOfUrgency = false }
    }

    /// Back to the waiting list at the head of its urgency: the session was cancelled, or
    /// the entry was dropped from a published roster. Not the client's doing.
    public mutating func returnToWaitingList() -> Result<Void, TransitionError> {
        step(to: .waiting).map { atHeadOfUrgency = true }
    }

    /// Records the outcome of its appointment and applies the no-show policy:
    /// attended → `attended`; cancelled (either side) → back to waiting, at the head;
    /// no-show → `no-show`, then back to waiting at the head, or — under
    /// `retriage-after-two` from the second no-show on — `needs-retriage`.
    public mutating func record(_ attendance: Attendance, policy: NoShowPolicy) -> Result<Void, TransitionError> {
        switch attendance {
        case .attended:
            return step(to: .attended)
        case .cancelledByClient, .cancelledByService:
            return returnToWaitingList()
        case .noShow:
            var copy = self
            if case .failure(let e) = copy.step(to: .noShow) { return .failure(e) }
            copy.noShowCount += 1
            let next: ReferralStatus = (policy == .retriageAfterTwo && copy.noShowCount >= 2) ? .needsRetriage : .waiting
            if case .failure(let e) = copy.step(to: next) { return .failure(e) }
            copy.atHeadOfUrgency = next == .waiting
            self = copy
            return .success(())
        }
    }

    /// A new screening after repeated no-shows: sets the urgency and lets it wait again.
    public mutating func retriage(with result: ScreeningResult) -> Result<Void, TransitionError> {
        guard status == .needsRetriage else {
            return .failure(TransitionError(from: status, to: ReferralStatus.waiting))
        }
        let newDetails = details.with(urgency: result.urgency)
        return step(to: .waiting).map {
            screening = result
            details = newDetails
            noShowCount = 0
            atHeadOfUrgency = false
        }
    }

    /// The assessment was recorded: the referral is done.
    public mutating func close() -> Result<Void, TransitionError> { step(to: .closed) }

    /// Withdrawn by the caseworker, with a reason (1…500 characters).
    public mutating func withdraw(reason: String) -> Result<Void, ModelError> {
        let checked: String
        switch TextRule.check(reason, field: "reason", max: 500, oneLine: true) {
        case .success(let r): checked = r
        case .failure(let e): return .failure(e)
        }
        switch step(to: .withdrawn) {
        case .success:
            withdrawalReason = checked
            return .success(())
        case .failure(let e):
            return .failure(ModelError(field: "referral", e))
        }
    }

    private mutating func step(to next: ReferralStatus) -> Result<Void, TransitionError> {
        status.transition(to: next).map { status = $0 }
    }

    /// Waiting-list order: urgency (high first), then those returned to the head of their
    /// urgency, then longest waiting, then id for a stable order.
    public static func waitingListOrder(_ a: Referral, _ b: Referral) -> Bool {
        if a.details.urgency != b.details.urgency { return a.details.urgency > b.details.urgency }
        if a.atHeadOfUrgency != b.atHeadOfUrgency { return a.atHeadOfUrgency }
        if a.referredOn != b.referredOn { return a.referredOn < b.referredOn }
        return a.id < b.id
    }
}

extension ReferralDetails {
    /// The same details with another urgency (after re-triage the reason is the screening).
    func with(urgency newUrgency: Urgency) -> ReferralDetails {
        var copy = self
        copy.replaceUrgency(newUrgency)
        return copy
    }
}
