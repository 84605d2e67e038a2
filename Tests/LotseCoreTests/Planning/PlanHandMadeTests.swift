import Testing
@testable import LotseCore

/// Small instances whose optimum is worked out by hand (month 2026-12, default weights:
/// a referral from 2026-11-01 has waited 30 days = 4 weeks).
@Suite("Planner on hand-made instances")
struct PlanHandMadeTests {
    typealias B = PlanBuild

    private func solve(_ p: PlanProblem) -> PlanSolution {
        let s = PlanSolver.solve(p)
        #expect(PlanJudge.violations(p, s).isEmpty)
        #expect(s.bound == s.objective)
        return s
    }

    private func pairs(_ s: PlanSolution) -> [String] { s.assignments.map { "\($0.referral)-\($0.slot)" } }

    @Test func aBindingQuotaKeepsTheHeavierReferralOfTheMunicipality() {
        // Without the quota: 104 + 34 + 14 = 152. With quota a = 1: R1 (104) + R3 (14).
        let p = B.problem(quotas: [("a", 1)], slots: [
            B.slot("S1", "sp-1", "2026-12-02T09:00"), B.slot("S2", "sp-1", "2026-12-02T10:00"),
            B.slot("S3", "sp-1", "2026-12-02T11:00"),
        ], referrals: [
            B.referral("R1", caseworker: "cw-1", municipality: "a", urgency: .high),
            B.referral("R2", caseworker: "cw-2", municipality: "a", urgency: .elevated),
            B.referral("R3", caseworker: "cw-3", municipality: "b", urgency: .routine),
        ])
        let s = solve(p)
        #expect(s.objective == 118)
        #expect(Set(s.assignments.map(\.referral)) == ["R1", "R3"])
        #expect(s.unassigned.map(\.reason) == [.quotaExhausted])
        // The sentence is for people: the municipality by its name, not its id.
        #expect(s.unassigned.first?.detail == "the quota of A (1 slot this month) is used up")
    }

    @Test func aCaseworkerIsNeverInTwoOverlappingSlots() {
        // Both high (104 in week 0); S1 and S2 overlap, S3 is two weeks later (104 − 8 = 96).
        let p = B.problem(slots: [
            B.slot("S1", "sp-1", "2026-12-02T09:00"), B.slot("S2", "sp-2", "2026-12-02T09:30"),
            B.slot("S3", "sp-1", "2026-12-16T09:00"),
        ], referrals: [
            B.referral("R1", client: "K1", caseworker: "cw-1", urgency: .high),
            B.referral("R2", client: "K2", caseworker: "cw-1", urgency: .high),
        ])
        let s = solve(p)
        #expect(s.objective == 200)
        #expect(s.assignments.contains { $0.slot == "S3" })
    }

    @Test func aCaseworkerBusyAtTheOnlyFreeTimeIsTheReason() {
        let p = B.problem(slots: [
            B.slot("S1", "sp-1", "2026-12-02T09:00"), B.slot("S2", "sp-2", "2026-12-02T09:30"),
        ], referrals: [
            B.referral("R1", client: "K1", caseworker: "cw-1", urgency: .high),
            B.referral("R2", client: "K2", caseworker: "cw-1", urgency: .routine),
        ])
        let s = solve(p)
        #expect(s.objective == 104)
        #expect(pairs(s).first?.hasPrefix("R1-") == true)
        #expect(s.unassigned.map(\.reason) == [.caseworkerBusy])
    }

    @Test func aClientWithTwoReferralsGetsOneSlot() {
        // R1 assessment high (104), R2 follow-up routine referred 2026-06-01 (26 weeks: 36).
        let p = B.problem(slots: [
            B.slot("S1", "sp-1", "2026-12-02T09:00", kinds: [.assessment]),
            B.slot("S2", "sp-2", "2026-12-03T09:00", kinds: [.followUp]),
        ], referrals: [
            B.referral("R1", client: "K1", caseworker: "cw-1", kind: .assessment, urgency: .high),
            B.referral("R2", client: "K1", caseworker: "cw-2", kind: .followUp, urgency: .routine, referredOn: "2026-06-01"),
        ])
        let s = solve(p)
        #expect(s.objective == 104)
        #expect(pairs(s) == ["R1-S1"])
        #expect(s.unassigned.first?.reason == .clientBusy)
    }

    @Test func aReferralWhoseOnlySlotIsOnAnUnavailableDateWaits() {
        let p = B.problem(slots: [B.slot("S1", "sp-1", "2026-12-02T09:00")], referrals: [
            B.referral("R1", urgency: .high, unavailable: ["2026-12-02"]),
        ])
        let s = solve(p)
        #expect(s.objective == 0 && s.assignments.isEmpty)
        #expect(s.unassigned.first?.reason == .unavailable)
    }

    @Test func thePreferredSpecialistWinsByContinuity() {
        // R1 prefers sp-2: 10 + 4 + 5 = 19; R2 waited 5 weeks: 10 + 5 = 15; one slot, with sp-2.
        let p = B.problem(slots: [B.slot("S1", "sp-2", "2026-12-02T09:00")], referrals: [
            B.referral("R1", caseworker: "cw-1", preferred: "sp-2"),
            B.referral("R2", caseworker: "cw-2", referredOn: "2026-10-25"),
        ])
        let s = solve(p)
        #expect(s.objective == 19)
        #expect(pairs(s) == ["R1-S1"])
        #expect(s.unassigned.first?.reason == .outranked)
    }

    @Test func continuityPicksThePreferredSpecialistsSlot() {
        let p = B.problem(slots: [B.slot("S1", "sp-1", "2026-12-02T09:00"), B.slot("S2", "sp-2", "2026-12-02T09:00")],
                          referrals: [B.referral("R1", preferred: "sp-2")])
        let s = solve(p)
        #expect(s.objective == 19)
        #expect(pairs(s) == ["R1-S2"])
    }

    @Test func aHighUrgencyReferralTakesTheEarliestSlot() {
        // R1 high: 104 in week 0, 104 − 4·3 = 92 in week 3; R2 routine: 14 anywhere.
        let p = B.problem(slots: [B.slot("S1", "sp-1", "2026-12-02T09:00"), B.slot("S2", "sp-1", "2026-12-23T09:00")],
                          referrals: [B.referral("R1", caseworker: "cw-1", urgency: .high),
                                      B.referral("R2", caseworker: "cw-2", urgency: .routine)])
        let s = solve(p)
        #expect(s.objective == 118)
        #expect(Set(pairs(s)) == ["R1-S1", "R2-S2"])
    }

    @Test func filterReasonsFollowTheConstraintOrder() {
        let p = B.problem(slots: [B.slot("S1", "sp-1", "2026-12-02T09:00", languages: ["de", "uk"], kinds: [.assessment])],
                          referrals: [
                            B.referral("R1", language: "ti"),
                            B.referral("R2", kind: .consultation, language: "uk"),
                            B.referral("R3", language: "uk", referredOn: "2026-12-05"),
                            B.referral("R4", language: "uk", excluded: ["sp-1"]),
                          ])
        let s = solve(p)
        #expect(s.unassigned.map(\.reason) == [.noLanguageMatch, .noKindMatch, .unavailable, .excluded])
        #expect(s.unassigned.allSatisfy { !$0.detail.isEmpty })
    }

    @Test func emptyProblemsSolveToNothing() {
        let s = solve(B.problem(slots: [], referrals: [B.referral("R1")]))
        #expect(s.objective == 0 && s.unassigned.first?.reason == .noLanguageMatch)
        let t = solve(B.problem(slots: [B.slot("S1", "sp-1", "2026-12-02T09:00")], referrals: []))
        #expect(t.objective == 0 && t.assignments.isEmpty && t.unassigned.isEmpty)
    }
}
