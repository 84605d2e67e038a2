/// What a referral asks for, as in the plan format.
public enum ReferralKind: String, Sendable, Codable, CaseIterable {
    /// The first, one-time assessment of a client.
    case assessment
    /// A client seen again (also made by "present again in N months").
    case followUp = "follow-up"
    /// The caseworker presents a case or seeks advice, without the client.
    case consultation

    /// Whether the referral must name a client; a consultation may be about a case in general.
    public var requiresClient: Bool { self != .consultation }
}
