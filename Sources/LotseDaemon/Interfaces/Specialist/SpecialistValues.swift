import Foundation
import LotseCore
import LotseStore
import LotseVarlink

/// Role names as the help plan's notes show them.
enum SpecialistWording {
    /// `Integrationsmanager:in` / `caseworker`, … (the glossary's term for the role; the
    /// service itself is the Integrationsmanagement)
    static func role(_ role: Role, _ language: MessageLanguage) -> String {
        GoalWording.roleNames[role]?[language] ?? role.rawValue
    }
}

/// The wire form of the specialist-side records (org.lotse.Assessments and
/// org.lotse.FollowUps), in full; each handler empties what the reader may not see
/// through `ConsentRedaction`. A specialist's appointment carries at most the pseudonym,
/// language, interpreter, kind, urgency, the caseworker's referral note and the
/// screening result — no consent, history or other referrals.
enum SpecialistValues {
    static func date(_ date: CalendarDate?) -> JSONValue { date.map { .string($0.description) } ?? .null }

    /// The screening is shown as the caseworker sees it, with whether it is positive and
    /// the rule that decided it: the band's name alone would read "negative" for a result
    /// the item rule made positive.
    ///
    /// `escalation` is the client's latest escalated screening, if any: the specialist
    /// sees that acute risk was reported (when, which question, the route that followed),
    /// since a referral's urgency comes only from a scored screening and would otherwise
    /// look calm.
    static func appointment(_ entry: AgendaEntry, referral: Referral, today: CalendarDate, instruments: [ScreeningInstrument],
                            escalation: Screening? = nil) -> JSONValue {
        let details = referral.details
        let screening: JSONValue = referral.screening.map { CaseworkValues.result($0, instruments: instruments) } ?? .null
        return [
            "id": .integer(entry.appointment),
            "referral": .integer(referral.id.rawValue),
            "client": referral.client.map { .string($0.description) } ?? .null,
            "kind": .string(details.kind.rawValue),
            "urgency": .string(details.urgency.rawValue),
            "language": .string(details.language.description),
            "interpreter": .bool(details.interpreterNeeded),
            "caseworker": .string(referral.caseworker.value),
            "referralNote": .string(details.note),
            "screening": screening,
            "escalation": escalation.map { escalated in
                ["screenedOn": .string(escalated.performedOn.description),
                 "acuteRisk": ["suicidality": .bool(escalated.acuteRisk.suicidality), "dangerToOthers": .bool(escalated.acuteRisk.dangerToOthers)],
                 "escalationRoute": .string(CaseworkValues.escalationRoute)]
            } ?? .null,
            "session": .integer(entry.slot.session.rawValue),
            "slot": .integer(Int64(entry.slot.index)),
            "date": .string(entry.date.description),
            "time": .string(entry.time),
            "minutes": .integer(Int64(entry.minutes)),
            "place": .string(entry.place),
            "specialist": .integer(entry.specialist.rawValue),
            "specialistName": .string(entry.specialistName),
            "attendance": entry.attendance.map { .string($0.rawValue) } ?? .null,
            "assessment": entry.assessment.map { .integer($0.rawValue) } ?? .null,
            "unresolved": .bool(entry.attendance == nil && !entry.sessionCancelled && entry.date < today),
        ]
    }

    static func step(_ step: FollowUpStep, assessment: AssessmentID?, today: CalendarDate) -> JSONValue {
        [
            "id": .integer(step.id.rawValue),
            "client": step.client.map { .string($0.description) } ?? .null,
            "assessment": assessment.map { .integer($0.rawValue) } ?? .null,
            "description": .string(step.description),
            "ownerRole": .string(step.owner.role.rawValue),
            "ownerUser": .string(step.owner.user.value),
            "dueOn": .string(step.dueOn.description),
            "status": .string(step.status.rawValue),
            "overdue": .bool(step.isOverdue(on: today)),
        ]
    }

    /// An assessment in full, as its author sees it; what others may see of it is
    /// `ConsentRedaction.assessment` applied to this.
    static func assessment(_ assessment: Assessment, client: ClientID?, specialistName: String,
                           catalogue: RecommendationCatalogue, today: CalendarDate) -> JSONValue {
        [
            "id": .integer(assessment.id.rawValue),
            "referral": .integer(assessment.referral.rawValue),
            "client": client.map { .string($0.description) } ?? .null,
            "specialist": .integer(assessment.specialist.rawValue),
            "specialistName": .string(specialistName),
            "appointmentDate": .string(assessment.appointmentDate.description),
            "noteVisible": true,
            "note": .string(assessment.note),
            "recommendations": .array(assessment.recommendations.map { recommendation in
                let entry = catalogue.entry(recommendation.code)
                return ["code": .string(recommendation.code.value),
                        "months": recommendation.months.map { .integer(Int64($0)) } ?? .null,
                        "labelDe": .string(entry?.label(in: .de, months: recommendation.months) ?? recommendation.code.value),
                        "labelEn": .string(entry?.label(in: .en, months: recommendation.months) ?? recommendation.code.value)]
            }),
            "steps": .array(assessment.steps.map { step($0, assessment: assessment.id, today: today) }),
        ]
    }
}
