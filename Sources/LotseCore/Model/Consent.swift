import Foundation

/// What a client agreed to. A referral needs `referral`; passing screening results and the
/// referral note to the specialist needs `exchangeWithSpecialist`.
public enum ConsentScope: String, Sendable, Codable, CaseIterable, Comparable {
    /// Running a screening and storing its answers.
    case screening
    /// Referring the client to the consultation service.
    case referral
    /// Sharing referral note and screening result with the specialist.
    case exchangeWithSpecialist = "exchange-with-specialist"

    /// Declaration order.
    public static func < (lhs: ConsentScope, rhs: ConsentScope) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// A recorded consent: when it was given, for what, and whether it was withdrawn.
///
/// A case that existed before Lotse (or was opened in Lotse after the client had signed
/// the form) has a consent given on paper before the case was opened: `onPaper` says so,
/// `givenOn` is the day on the form, and `recordedAt` keeps when it was entered, so that
/// nobody mistakes a late entry for a consent that was there all along.
public struct Consent: Sendable, Equatable, Codable {
    /// Day the client consented.
    public let givenOn: CalendarDate
    /// What the consent covers.
    public let scope: Set<ConsentScope>
    /// Day the client withdrew it, if they did.
    public private(set) var withdrawnOn: CalendarDate?
    /// Given on a paper form (`givenOn` is the form's date, which may precede the case).
    public let onPaper: Bool
    /// When it was entered in Lotse (nil until it is stored).
    public let recordedAt: Date?

    /// A consent needs at least one scope; an empty one would record nothing.
    public static func make(givenOn: CalendarDate, scope: Set<ConsentScope>, onPaper: Bool = false,
                            recordedAt: Date? = nil) -> Result<Consent, ModelError> {
        guard !scope.isEmpty else { return .failure(ModelError(field: "scope", en: "a consent needs at least one scope",
            de: "eine Einwilligung braucht mindestens einen Bereich")) }
        return .success(Consent(givenOn: givenOn, scope: scope, withdrawnOn: nil, onPaper: onPaper, recordedAt: recordedAt))
    }

    /// A consent as it was stored, for the storage layer only: `make` checked it when it was
    /// recorded, and a withdrawal is part of what was stored, so nothing is checked again.
    public static func restored(givenOn: CalendarDate, scope: Set<ConsentScope>, withdrawnOn: CalendarDate?, onPaper: Bool,
                                recordedAt: Date?) -> Consent {
        Consent(givenOn: givenOn, scope: scope, withdrawnOn: withdrawnOn, onPaper: onPaper, recordedAt: recordedAt)
    }

    private init(givenOn: CalendarDate, scope: Set<ConsentScope>, withdrawnOn: CalendarDate?, onPaper: Bool, recordedAt: Date?) {
        self.givenOn = givenOn
        self.scope = scope
        self.withdrawnOn = withdrawnOn
        self.onPaper = onPaper
        self.recordedAt = recordedAt
    }

    /// The same consent: same day, scope, withdrawal and form. When it was entered is
    /// bookkeeping of the store (known only once stored), not part of what was agreed.
    public static func == (lhs: Consent, rhs: Consent) -> Bool {
        lhs.givenOn == rhs.givenOn && lhs.scope == rhs.scope && lhs.withdrawnOn == rhs.withdrawnOn && lhs.onPaper == rhs.onPaper
    }

    private enum CodingKeys: String, CodingKey {
        case givenOn, scope, withdrawnOn, onPaper, recordedAt
    }

    /// Reads a consent; one written before paper consents existed was not on paper.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        givenOn = try c.decode(CalendarDate.self, forKey: .givenOn)
        scope = try c.decode(Set<ConsentScope>.self, forKey: .scope)
        withdrawnOn = try c.decodeIfPresent(CalendarDate.self, forKey: .withdrawnOn)
        onPaper = try c.decodeIfPresent(Bool.self, forKey: .onPaper) ?? false
        recordedAt = try c.decodeIfPresent(Date.self, forKey: .recordedAt)
    }

    /// Whether the consent covers a scope on a day: given on or before it, not withdrawn by then.
    public func covers(_ wanted: ConsentScope, on date: CalendarDate) -> Bool {
        scope.contains(wanted) && givenOn <= date && (withdrawnOn.map { date < $0 } ?? true)
    }

    /// Records the withdrawal; a second withdrawal or one before the consent is refused.
    public mutating func withdraw(on date: CalendarDate) -> Result<Void, ModelError> {
        if withdrawnOn != nil { return .failure(ModelError(field: "consent", en: "was already withdrawn",
            de: "wurde schon widerrufen")) }
        if date < givenOn { return .failure(ModelError(field: "withdrawnOn", en: "\(date.displayText) is before the consent was given (\(givenOn.displayText))",
            de: "\(date.displayText) liegt vor der Einwilligung (\(givenOn.displayText))")) }
        withdrawnOn = date
        return .success(())
    }
}

/// On what basis a referral was submitted: recorded consent, or — as mature case-management
/// systems allow — an override by the caseworker with a stated reason (stored and audited).
public enum ConsentBasis: Sendable, Equatable, Codable {
    /// A consent covering `referral` on the submission day.
    case consent(Consent)
    /// No consent; the caseworker's reason (1…500 characters).
    case override(reason: String)

    /// Longest override reason.
    public static let maxReasonLength = 500

    /// The basis for a submission on `date`: the first consent that covers a referral,
    /// else the override reason; neither → the error the CLI shows.
    public static func establish(consents: [Consent], overrideReason: String?, on date: CalendarDate) -> Result<ConsentBasis, ModelError> {
        if let consent = consents.first(where: { $0.covers(.referral, on: date) }) {
            return .success(.consent(consent))
        }
        guard let reason = overrideReason else {
            return .failure(ModelError(field: "consent", en: "no consent to a referral is recorded for this client; record one, or give an override with a reason",
            de: "für diese Klient:in ist keine Einwilligung in eine Anmeldung erfasst; erfassen Sie eine, oder geben Sie eine Ausnahme mit Grund an"))
        }
        return TextRule.check(reason, field: "override reason", max: maxReasonLength, oneLine: true).map { .override(reason: $0) }
    }
}
