import Foundation
import LotseCore
import Testing
@testable import LotseDaemon

/// Small fixtures: a month, slots of one specialist, waiting referrals.
enum RosterPlanningFixtures {
    static let month = CalendarMonth(year: 2026, month: 12) ?? CalendarMonth(containing: CalendarDate(daysSince1970: 0))

    static func day(_ d: Int) -> CalendarDate { CalendarDate(year: 2026, month: 12, day: d) ?? month.firstDay }

    static func slot(session: Int64, index: Int = 1, day d: Int, hour: Int = 14, languages: Set<String> = ["de", "uk"],
                     specialist: Int64 = 1) -> Slot {
        Slot(id: SlotID(session: SessionID(session), index: index), specialist: SpecialistID(specialist), date: day(d),
             start: TimeOfDay(hour: hour, minute: 0) ?? TimeOfDay.defaultPurgeTime, minutes: 45,
             languages: Set(languages.compactMap(LanguageCode.init)), kinds: [.assessment])
    }

    static func referral(_ id: Int64, language: String = "uk", urgency: Urgency = .high, caseworker: String = "anna",
                         municipality: String = "ludwigsburg", referredOn: CalendarDate = CalendarDate(year: 2026, month: 10, day: 1) ?? month.firstDay,
                         notBefore: CalendarDate? = nil, unavailable: [CalendarDate] = []) throws -> Referral {
        let details = try ReferralDetails.make(kind: .assessment, urgency: urgency, urgencyReason: "given in the interview",
                                               language: try #require(LanguageCode(language)), interpreterNeeded: false,
                                               unavailableDates: unavailable, note: "", today: referredOn).get()
        return try Referral.submit(id: ReferralID(id), client: ClientID(year: 2026, number: Int(id)),
                                   caseworker: try #require(UserName(caseworker)),
                                   municipality: try #require(MunicipalityID(municipality)), details: details, screening: nil,
                                   consentBasis: .override(reason: "test"), referredOn: referredOn, notBefore: notBefore).get()
    }
}

@Suite struct RosterPlanningTests {
    typealias F = RosterPlanningFixtures

    @Test func theWeightIsThePlanFormatsFormula() throws {
        let weights = PlanningWeights()
        let referral = try F.referral(1, urgency: .high)
        // Referred on 1 October: 61 days before 1 December, 8 whole weeks.
        #expect(RosterPlanning.weight(referral, F.slot(session: 1, day: 1), month: F.month, weights: weights) == 100 + 8)
        // Two whole weeks into the month: 4 per week for high urgency.
        #expect(RosterPlanning.weight(referral, F.slot(session: 1, day: 15), month: F.month, weights: weights) == 100 + 8 - 8)
        let routine = try F.referral(2, urgency: .routine)
        #expect(RosterPlanning.weight(routine, F.slot(session: 1, day: 29), month: F.month, weights: weights) == 10 + 8)
    }

    @Test func theProblemCarriesSlotsReferralsQuotasAndNotBeforeAsUnavailableDays() throws {
        let referral = try F.referral(7, notBefore: F.day(3), unavailable: [F.day(10)])
        let remseck = try #require(MunicipalityID("remseck"))
        let problem = try #require(PlannerBridge.problem(month: F.month, weights: PlanningWeights(), quotas: [remseck: 2],
                                                         slots: [F.slot(session: 12, index: 3, day: 8)], referrals: [referral]))
        #expect(problem.slots.map(\.id) == ["12-3"])
        #expect(problem.slots.first?.start.minuteOfDay == 14 * 60)
        #expect(problem.referrals.first?.id == "7")
        #expect(problem.referrals.first?.unavailableDates.map(\.description) == ["2026-12-01", "2026-12-02", "2026-12-10"])
        #expect(problem.quotas.map(\.municipality) == ["remseck"] && problem.quotas.map(\.limit) == [2])
        #expect(problem.weights.urgency == [100, 30, 10] && problem.weights.latenessPerWeek == [4, 1, 0])
    }

    @Test func theSolverFillsTheMonthAndGivesEveryOtherReferralAReason() throws {
        let slots = [F.slot(session: 1, day: 1), F.slot(session: 2, day: 15)]
        let referrals = [try F.referral(1, urgency: .high), try F.referral(2, urgency: .routine, caseworker: "bernd"),
                         try F.referral(3, language: "ti", urgency: .high, caseworker: "carla")]
        let planning = RosterPlanning(month: F.month, weights: PlanningWeights(), quotas: [:], slots: slots, referrals: referrals,
                                      fixed: [], blockedSlots: [])
        let outcome = planning.solve(knownReferrals: Dictionary(uniqueKeysWithValues: referrals.map { ($0.id, $0) }))
        let placed = Dictionary(uniqueKeysWithValues: outcome.entries.map { ($0.referral.rawValue, $0.slot.description) })
        #expect(placed == [1: "1-1", 2: "2-1"])
        #expect(outcome.reasons.map(\.reason) == ["no-language-match"])
        #expect(outcome.bound >= outcome.entries.reduce(0) { $0 + $1.weight })
    }

    @Test func fixedEntriesKeepTheirSlotsAndCountAgainstCaseworkerAndQuota() throws {
        let slots = [F.slot(session: 1, day: 1, hour: 14), F.slot(session: 2, day: 1, hour: 14, specialist: 2),
                     F.slot(session: 3, day: 8, hour: 9)]
        let pinned = try F.referral(1, urgency: .routine, caseworker: "anna")
        let sameCaseworker = try F.referral(2, urgency: .high, caseworker: "anna", municipality: "remseck")
        let quotaBound = try F.referral(3, urgency: .high, caseworker: "bernd")
        let referrals = [pinned, sameCaseworker, quotaBound]
        let fixed = [RosterEntry(referral: pinned.id, slot: SlotID(session: SessionID(1), index: 1), weight: 18, pinned: true)]
        let ludwigsburg = try #require(MunicipalityID("ludwigsburg"))
        let planning = RosterPlanning(month: F.month, weights: PlanningWeights(),
                                      quotas: [ludwigsburg: 1], slots: slots, referrals: referrals,
                                      fixed: fixed, blockedSlots: [SlotID(session: SessionID(3), index: 1)])
        let outcome = planning.solve(knownReferrals: Dictionary(uniqueKeysWithValues: referrals.map { ($0.id, $0) }))
        // The pinned entry is not planned again; its slot and Ludwigsburg's only quota place are used.
        #expect(!outcome.entries.contains { $0.referral == pinned.id || $0.slot == SlotID(session: SessionID(1), index: 1) })
        // Anna is busy at 14:00 on the 1st (the pinned entry); the blocked slot is never offered.
        #expect(outcome.entries.isEmpty)
        let reasons = Dictionary(uniqueKeysWithValues: outcome.reasons.map { ($0.referral.rawValue, $0.reason) })
        #expect(reasons[2] == "caseworker-busy")
        #expect(reasons[3] == "quota-exhausted")
        #expect(outcome.bound >= 18)
    }
}

@Suite struct PlannerReasonNamesTests {
    /// A reason names a slot's specialist, and the excluded ones, as the roster does.
    @Test func theSpecialistsOfAReasonAreNamedNotNumbered() {
        let names = ["1": "Dr. Haddad", "3": "Frau Öztürk"]
        #expect(PlannerBridge.named("the one slot that fits (2027-01-05 at 14:00 with 1) went to another referral", names)
                == "the one slot that fits (2027-01-05 at 14:00 with Dr. Haddad) went to another referral")
        #expect(PlannerBridge.named("every slot that fits is with an excluded specialist (1, 3)", names)
                == "every slot that fits is with an excluded specialist (Dr. Haddad, Frau Öztürk)")
        // A number it does not know stays; other sentences are untouched.
        #expect(PlannerBridge.named("(2027-01-05 at 14:00 with 9)", names) == "(2027-01-05 at 14:00 with 9)")
        #expect(PlannerBridge.named("no slot this month offers Ukrainian", names) == "no slot this month offers Ukrainian")
    }
}
