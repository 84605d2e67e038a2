/// The acute-risk questions asked before every screening and referral. They are not part
/// of any instrument: a yes to either means the client is in danger now, which no queue
/// may delay.
public struct AcuteRiskAnswers: Sendable, Equatable, Codable {
    /// Is there acute suicidality?
    public var suicidality: Bool
    /// Is there acute danger to others?
    public var dangerToOthers: Bool

    /// Records both answers; there is no default, the caseworker must answer both.
    public init(suicidality: Bool, dangerToOthers: Bool) {
        self.suicidality = suicidality
        self.dangerToOthers = dangerToOthers
    }

    /// True if either answer is yes.
    public var isAcute: Bool { suicidality || dangerToOthers }
}

/// What triage decides: escalate at once (acute risk; nothing is queued, the emergency
/// route is shown and coordinators are alerted) or queue a referral with an urgency.
public enum TriageDecision: Sendable, Equatable {
    /// Acute risk: never planned, handled outside the roster.
    case escalate(AcuteRiskAnswers)
    /// No acute risk: the screening result sets the urgency of the referral.
    case queue(ScreeningResult)
    /// No acute risk and no instrument used: the caseworker gave the urgency and a reason.
    case queueWithGivenUrgency(Urgency, reason: String)
}

/// The triage rule in one place, so the daemon, the CLI and tests apply the same order:
/// acute risk first, before any answer is even checked.
public enum Triage {
    /// Decides from the acute-risk answers and a screening. Acute risk wins even when
    /// the screening answers are incomplete or wrong — escalation must never wait for
    /// a form to be corrected.
    public static func decide(acuteRisk: AcuteRiskAnswers, instrument: ScreeningInstrument,
                              answers: [Int]) -> Result<TriageDecision, ScreeningAnswerError> {
        if acuteRisk.isAcute { return .success(.escalate(acuteRisk)) }
        return instrument.score(answers).map { .queue($0) }
    }

    /// Decides without a screening, from an urgency the caseworker states with a reason
    /// (issue 5: "urgency from the screening or given with a reason").
    public static func decide(acuteRisk: AcuteRiskAnswers, givenUrgency: Urgency,
                              reason: String) -> Result<TriageDecision, TriageReasonError> {
        if acuteRisk.isAcute { return .success(.escalate(acuteRisk)) }
        let trimmed = reason.trimmingBlanks()
        guard !trimmed.isEmpty else { return .failure(.missingReason) }
        guard trimmed.count <= Triage.maxReasonLength else { return .failure(.reasonTooLong(trimmed.count)) }
        return .success(.queueWithGivenUrgency(givenUrgency, reason: String(trimmed)))
    }

    /// The longest reason for a stated urgency, in characters.
    public static let maxReasonLength = 500
}

/// Why a stated urgency was refused.
public enum TriageReasonError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stated urgency needs a reason.
    case missingReason
    /// The reason exceeds `Triage.maxReasonLength` characters.
    case reasonTooLong(Int)

    /// One sentence for people.
    public var description: String {
        switch self {
        case .missingReason: "an urgency given without a screening needs a reason"
        case .reasonTooLong(let n): "the reason for the urgency has \(n) characters; at most \(Triage.maxReasonLength) are allowed"
        }
    }
}
