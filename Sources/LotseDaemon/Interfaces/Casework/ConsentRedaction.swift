import LotseCore
import LotseVarlink

/// `ConsentPolicy` applied to the wire: each reply type that carries a client record
/// names which of its keys belong to which `DisclosedField`, and the keys of the fields
/// the reader may not see are emptied (null, or an empty list) before the reply leaves
/// the daemon. The frame of a record needs no consent and is never emptied.
enum ConsentRedaction {
    /// `org.lotse.Referrals` `Referral`.
    static let referral: [DisclosedField: [String]] = [
        .referralPlanning: ["kind", "urgency", "language", "interpreter", "unavailableDates", "preferredSpecialist",
                            "excludedSpecialists", "notBefore", "overWaitingLimit"],
        .referralNote: ["note", "urgencyReason", "consentOverrideReason"],
        .screeningResult: ["screening"],
    ]

    /// `org.lotse.Assessments` `Appointment`: what the referral and its screening show.
    static let appointment: [DisclosedField: [String]] = [
        .referralPlanning: ["kind", "urgency", "language", "interpreter"],
        .referralNote: ["referralNote"],
        .screeningResult: ["screening"],
    ]

    /// `org.lotse.Assessments` `Assessment`, and each version of its history (whose
    /// amendment reason is the specialist's free text, like the note).
    static let assessment: [DisclosedField: [String]] = [
        .assessmentRecommendations: ["recommendations"],
        .assessmentSteps: ["steps"],
        .assessmentNote: ["note", "reason"],
    ]

    /// A referral on the roster (`org.lotse.Roster` entries and waiting list).
    static let rosterReferral: [DisclosedField: [String]] = [
        .referralPlanning: ["kind", "language", "interpreter", "urgency"],
    ]

    /// `value` with the keys of every field outside `visible` emptied.
    static func apply(_ value: JSONValue, _ keys: [DisclosedField: [String]], visible: Set<DisclosedField>) -> JSONValue {
        guard case .object(var object) = value else { return value }
        for (field, names) in keys where !visible.contains(field) {
            for name in names {
                switch object[name] {
                case .array?: object[name] = .array([])
                case nil: break
                default: object[name] = .null
                }
            }
        }
        if keys[.assessmentNote] != nil, object["noteVisible"] != nil {
            object["noteVisible"] = .bool(visible.contains(.assessmentNote))
        }
        return .object(object)
    }
}
