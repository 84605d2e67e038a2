/// A group of fields of a client record that the consent policy decides about as one:
/// what may cross from the person who holds it to another role. Each reply of the daemon
/// that carries client data is made of these groups, so one table (`ConsentPolicy`)
/// answers for every method.
public enum DisclosedField: String, Sendable, CaseIterable, Comparable {
    /// A referral's bare frame: its number, the pseudonym, the caseworker, status, dates,
    /// the appointment's time and place. Needed to run the service at all.
    case referralFrame = "referral.frame"
    /// What planning needs: kind, urgency band, language, interpreter, municipality,
    /// days the client cannot come, preferred and excluded specialists, placement.
    case referralPlanning = "referral.planning"
    /// The caseworker's free text: referral note, urgency reason, override reason.
    case referralNote = "referral.note"
    /// A screening's result: instrument, score, band, positive, urgency, escalation.
    case screeningResult = "screening.result"
    /// A screening's item answers.
    case screeningAnswers = "screening.answers"
    /// That an assessment exists: its number, referral, pseudonym, specialist, date.
    case assessmentFrame = "assessment.frame"
    /// The recommendation codes, which flow into the help plan.
    case assessmentRecommendations = "assessment.recommendations"
    /// The follow-up steps, which flow into the help plan.
    case assessmentSteps = "assessment.steps"
    /// The specialist's free-text anamnesis note.
    case assessmentNote = "assessment.note"
    /// The help plan (*Integrationsplan*): goals, their notes, reviews and versions — the
    /// caseworker's casework, with what assessments added to it (codes and steps).
    case helpPlan = "helpplan.plan"

    /// The record the field belongs to (`referral`, `screening`, `assessment`, `helpplan`).
    public var recordKind: String {
        String(rawValue.prefix { $0 != "." })
    }

    /// Declaration order.
    public static func < (lhs: DisclosedField, rhs: DisclosedField) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
