import Foundation
import LotseCore
import LotseStore
import LotseVarlink

/// The wire form of clients, referrals, screenings and help plans, as the IDL types of
/// the caseworker interfaces declare them. Dates are `YYYY-MM-DD`, instants ISO 8601 UTC.
enum CaseworkValues {
    static func date(_ date: CalendarDate?) -> JSONValue { date.map { .string($0.description) } ?? .null }
    static func text(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
    static func instant(_ date: Date) -> JSONValue { .string(AdminInterface.timestamp(date)) }

    static func consent(_ consent: Consent) -> JSONValue {
        [
            "givenOn": date(consent.givenOn),
            "scope": .array(consent.scope.sorted().map { .string($0.rawValue) }),
            "withdrawnOn": date(consent.withdrawnOn),
            "onPaper": .bool(consent.onPaper),
            "recordedOn": date(consent.recordedAt.map(CaseworkClock.day)),
        ]
    }

    static func client(_ client: Client, openReferral: ReferralID?, retentionMonths: Int) -> JSONValue {
        [
            "pseudonym": .string(client.id.description),
            "caseworker": .string(client.caseworker.value),
            "municipality": .string(client.municipality.value),
            "status": .string(client.status.rawValue),
            "openedOn": date(client.openedOn),
            "closedOn": date(client.closedOn),
            "consents": .array(client.consents.map(consent)),
            "openReferral": openReferral.map { .integer($0.rawValue) } ?? .null,
            "purgeOn": date(client.purgeDate(monthsAfterClose: retentionMonths)),
        ]
    }

    /// A scored result with the rule that decided it: `decidedBy` is `band` or
    /// `item-rule`; for the item rule, `rule` and `ruleItem` name it as the instrument
    /// configured it ("item 15 >= 5", 15), so no view has to show the band's name alone
    /// when the band was overruled. The rule comes from the configured instrument; when
    /// that is gone (renamed since), both are null and `decidedBy` still says which kind.
    static func result(_ result: ScreeningResult, instruments: [ScreeningInstrument]) -> JSONValue {
        let rule = result.positiveByItemRule ? instruments.first { $0.name == result.instrument }?.positiveIf : nil
        return [
            "instrument": .string(result.instrument),
            "score": .integer(Int64(result.score)),
            "band": .string(result.band),
            "positive": .bool(result.positive),
            "positiveByItemRule": .bool(result.positiveByItemRule),
            "decidedBy": .string(result.positiveByItemRule ? "item-rule" : "band"),
            "rule": rule.map { .string($0.description) } ?? .null,
            "ruleItem": rule.map { .integer(Int64($0.item)) } ?? .null,
            "urgency": .string(result.urgency.rawValue),
        ]
    }

    static func referral(_ referral: Referral, today: CalendarDate, limitWeeks: Int, placement: ReferralPlacement?,
                         instruments: [ScreeningInstrument]) -> JSONValue {
        let details = referral.details
        var consentGivenOn: CalendarDate?
        var overrideReason: String?
        switch referral.consentBasis {
        case .consent(let consent): consentGivenOn = consent.givenOn
        case .override(let reason): overrideReason = reason
        }
        return [
            "id": .integer(referral.id.rawValue),
            "client": referral.client.map { .string($0.description) } ?? .null,
            "caseworker": .string(referral.caseworker.value),
            "municipality": .string(referral.municipality.value),
            "kind": .string(details.kind.rawValue),
            "urgency": .string(details.urgency.rawValue),
            "urgencyReason": text(details.urgencyReason),
            "screening": referral.screening.map { result($0, instruments: instruments) } ?? .null,
            "language": .string(details.language.code),
            "interpreter": .bool(details.interpreterNeeded),
            "unavailableDates": .array(details.unavailableDates.map { .string($0.description) }),
            "preferredSpecialist": details.preferredSpecialist.map { .integer($0.rawValue) } ?? .null,
            "excludedSpecialists": .array(details.excludedSpecialists.map { .integer($0.rawValue) }),
            "note": .string(details.note),
            "status": .string(referral.status.rawValue),
            "referredOn": date(referral.referredOn),
            "notBefore": date(referral.notBefore),
            "consentGivenOn": date(consentGivenOn),
            "consentOverrideReason": text(overrideReason),
            "withdrawalReason": text(referral.withdrawalReason),
            "waitingDays": .integer(Int64(max(0, referral.referredOn.days(until: today)))),
            "overWaitingLimit": .bool(referral.isOverWaitingLimit(on: today, limitWeeks: limitWeeks)),
            "placement": placement.map(self.placement) ?? .null,
        ]
    }

    /// Where a referral stands, as every view of it shows it (`kind`: appointment, draft,
    /// waiting or not-before). `month` and `version` say which roster a draft entry or a
    /// reason belongs to; the slot fields are null unless there is a slot.
    static func placement(_ placement: ReferralPlacement) -> JSONValue {
        var item: [String: JSONValue] = [
            "kind": .null, "sessionId": .null, "date": .null, "time": .null, "place": .null, "slot": .null, "slotId": .null,
            "specialist": .null, "appointment": .null, "reason": .null, "detail": .null, "detailDe": .null, "month": .null, "version": .null,
            "notBefore": .null,
        ]
        func add(_ slot: ReferralPlacement.Slot) {
            item["sessionId"] = .integer(slot.session)
            item["date"] = date(slot.date)
            item["time"] = .string(slot.time)
            item["place"] = .string(slot.place)
            item["slot"] = .integer(Int64(slot.index))
            item["slotId"] = .string("\(slot.session)-\(slot.index)")
            item["specialist"] = .string(slot.specialist)
            item["appointment"] = slot.appointment.map { .integer($0) } ?? .null
        }
        switch placement {
        case .appointment(let slot):
            item["kind"] = "appointment"
            add(slot)
        case .draft(let month, let version, let slot):
            item["kind"] = "draft"
            item["reason"] = "planned"
            item["month"] = .string(month)
            item["version"] = .integer(Int64(version))
            add(slot)
        case .waiting(let reason, let detail, let month, let version):
            item["kind"] = "waiting"
            item["reason"] = .string(reason)
            item["detail"] = .string(WaitingReasonText.words(code: reason, detail: detail, language: .en))
            item["detailDe"] = .string(WaitingReasonText.words(code: reason, detail: detail, language: .de))
            item["month"] = .string(month)
            item["version"] = .integer(Int64(version))
        case .notBefore(let day):
            item["kind"] = "not-before"
            item["reason"] = "not-before"
            item["notBefore"] = date(day)
        }
        return .object(item)
    }

    /// The route every escalation takes (the emergency route shown to the caseworker at
    /// once, the coordinators alerted), as a code views turn into words.
    static let escalationRoute = "emergency-route-shown, coordinators-alerted"

    /// A stored screening. An escalated one carries its acute-risk answers and route, so no
    /// view can mistake its missing score for a harmless result.
    static func screening(_ screening: Screening, instruments: [ScreeningInstrument]) -> JSONValue {
        [
            "id": .integer(screening.id.rawValue),
            "client": .string(screening.client.description),
            "screenedOn": date(screening.performedOn),
            "recordedBy": .string(screening.caseworker.value),
            "instrument": .string(screening.instrument),
            "answers": .array(screening.answers.map { .integer(Int64($0)) }),
            "acuteRisk": ["suicidality": .bool(screening.acuteRisk.suicidality), "dangerToOthers": .bool(screening.acuteRisk.dangerToOthers)],
            "escalated": .bool(screening.result == nil),
            "escalationRoute": screening.result == nil ? .string(escalationRoute) : .null,
            "result": screening.result.map { result($0, instruments: instruments) } ?? .null,
        ]
    }

    /// A goal, with its generated title and step list worded in both languages
    /// (`GoalWording`), so a reader of either meets none of the other.
    static func goal(_ goal: Goal, catalogue: RecommendationCatalogue) -> JSONValue {
        let titles = GoalWording.titles(goal.title, recommendation: goal.recommendation, catalogue: catalogue)
        return [
            "id": .integer(goal.id.rawValue),
            "domain": .string(goal.domain.rawValue),
            "title": .string(goal.title),
            "status": .string(goal.status.rawValue),
            "targetDate": date(goal.targetDate),
            "notes": .string(goal.notes),
            "titleDe": .string(titles?.de ?? goal.title),
            "titleEn": .string(titles?.en ?? goal.title),
            "notesDe": .string(GoalWording.notes(goal.notes, in: .de)),
            "notesEn": .string(GoalWording.notes(goal.notes, in: .en)),
        ]
    }

    static func version(_ version: HelpPlanVersion, catalogue: RecommendationCatalogue) -> JSONValue {
        [
            "number": .integer(Int64(version.number)),
            "author": .string(version.author.value),
            "authorRole": .string(version.authorRole.rawValue),
            "authoredAt": instant(version.authoredAt),
            "change": .string(version.change),
            "reviewOn": date(version.reviewOn),
            "goals": .array(version.goals.map { goal($0, catalogue: catalogue) }),
        ]
    }

    static func plan(_ plan: HelpPlan, today: CalendarDate, catalogue: RecommendationCatalogue) -> JSONValue {
        [
            "client": .string(plan.client.description),
            "version": version(plan.current, catalogue: catalogue),
            "reviewDue": .bool(plan.isReviewDue(on: today)),
        ]
    }

    static func instrument(_ instrument: ScreeningInstrument) -> JSONValue {
        [
            "name": .string(instrument.name),
            "title": .string(instrument.title),
            "titleDe": .string(instrument.titleDe),
            "items": .integer(Int64(instrument.itemCount)),
            "answerRanges": .array(instrument.answerRanges.map { ["low": .integer(Int64($0.lowerBound)), "high": .integer(Int64($0.upperBound))] }),
            "scoring": .string(instrument.scoring.rawValue),
            "scoredItems": .array(instrument.scoredItems.map { .integer(Int64($0)) }),
            "bands": .array(instrument.bands.map {
                ["name": .string($0.name), "low": .integer(Int64($0.scores.lowerBound)), "high": .integer(Int64($0.scores.upperBound)),
                 "urgency": .string($0.urgency.rawValue), "positive": .bool($0.positive)]
            }),
            "positiveIf": instrument.positiveIf.map { .string($0.description) } ?? .null,
        ]
    }
}
