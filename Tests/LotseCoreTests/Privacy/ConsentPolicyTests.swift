import LotseCore
import Testing

/// The consent table itself: what each role sees under which scopes, how withdrawal and
/// overrides count, and that the frame of a record never depends on consent.
@Suite struct ConsentPolicyTests {
    static func date(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

    @Test func withoutTheExchangeScopeTheSpecialistSeesPlanningFieldsButNoNoteAndNoScreening() {
        let seen = ConsentPolicy.visible(to: [.specialist], consent: [.screening, .referral])
        #expect(seen.contains(.referralPlanning))
        #expect(!seen.contains(.referralNote))
        #expect(!seen.contains(.screeningResult))
        #expect(!seen.contains(.screeningAnswers))
        let shared = ConsentPolicy.visible(to: [.specialist], consent: [.screening, .referral, .exchangeWithSpecialist])
        #expect(shared.isSuperset(of: [.referralNote, .screeningResult, .screeningAnswers]))
    }

    @Test func theCaseworkerAlwaysGetsCodesAndStepsButTheNoteOnlyWithTheExchangeScope() {
        let none = ConsentPolicy.visible(to: [.caseworker], consent: [])
        #expect(none == [.referralFrame, .assessmentFrame, .assessmentRecommendations, .assessmentSteps, .helpPlan])
        #expect(ConsentPolicy.may([.caseworker], consent: [.exchangeWithSpecialist], see: .assessmentNote))
    }

    @Test func coordinatorsNeverReadTheNoteAndAdminsSeeFramesOnly() {
        let all = Set(ConsentScope.allCases)
        #expect(!ConsentPolicy.may([.coordinator], consent: all, see: .assessmentNote))
        #expect(ConsentPolicy.visible(to: [.admin], consent: all) == [.referralFrame])
        // Someone in two roles sees what either role may.
        #expect(ConsentPolicy.may([.coordinator, .specialist], consent: all, see: .assessmentNote))
    }

    @Test func aScopeCountsFromTheDayItWasGivenUntilTheDayItWasWithdrawn() throws {
        guard case .success(var consent) = Consent.make(givenOn: try Self.date("2026-11-10"), scope: [.screening, .referral]) else {
            Issue.record("consent refused"); return
        }
        #expect(ConsentPolicy.scopes(in: [consent], on: try Self.date("2026-11-09")).isEmpty)
        #expect(ConsentPolicy.scopes(in: [consent], on: try Self.date("2026-11-10")) == [.screening, .referral])
        _ = consent.withdraw(on: try Self.date("2026-11-20"))
        #expect(ConsentPolicy.scopes(in: [consent], on: try Self.date("2026-11-19")) == [.screening, .referral])
        #expect(ConsentPolicy.scopes(in: [consent], on: try Self.date("2026-11-20")).isEmpty)
    }

    @Test func everyRoleAndFieldHasADecisionAndTheFrameNeedsNoScope() {
        for role in Role.allCases {
            #expect(ConsentPolicy.requirement(role, .referralFrame) == [])
            for field in DisclosedField.allCases where role != .admin {
                #expect(ConsentPolicy.requirement(role, field) != nil || (role == .coordinator && field == .assessmentNote)
                        || (role == .specialist && field == .helpPlan))
            }
        }
    }
}
