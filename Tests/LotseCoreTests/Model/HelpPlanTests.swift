import Foundation
import Testing
@testable import LotseCore

@Suite struct HelpPlanTests {
    typealias F = ModelFixtures

    private func plan() throws -> HelpPlan {
        HelpPlan(client: try F.client(), author: try F.user("anna"), authorRole: .caseworker, at: F.instant,
                 today: try F.date("2026-11-15"), reviewMonths: 3)
    }

    @Test func newPlanHasOneVersionAndAReviewDate() throws {
        let p = try plan()
        #expect(p.versions.count == 1 && p.goals.isEmpty)
        #expect(p.current.reviewOn.description == "2027-02-15")
        #expect(!p.isReviewDue(on: try F.date("2027-02-14")))
        #expect(p.isReviewDue(on: try F.date("2027-02-15")))
    }

    @Test func everyChangeIsANewVersionWithAuthor() throws {
        var p = try plan()
        let anna = try F.user("anna")
        let id = try p.addGoal(domain: .language, title: "B1 course", targetDate: try F.date("2027-06-30"),
                               author: anna, authorRole: .caseworker, at: F.instant).get()
        #expect(p.updateGoal(id, status: .inProgress, author: anna, authorRole: .caseworker, at: F.instant.addingTimeInterval(60)).succeeded)
        #expect(p.updateGoal(id, status: .reached, notes: "certificate received", author: anna, authorRole: .caseworker, at: F.instant).succeeded)
        #expect(p.versions.map(\.number) == [1, 2, 3, 4])
        #expect(p.versions.map(\.change) == ["plan opened", "goal 1 added", "goal 1: status in-progress", "goal 1: status reached, notes"])
        #expect(p.versions[1].goals[0].status == .open)
        #expect(p.goals[0].status == .reached && p.goals[0].notes == "certificate received")
    }

    @Test func refusedChangesWriteNoVersion() throws {
        var p = try plan()
        let anna = try F.user("anna")
        let id = try p.addGoal(domain: .housing, title: "own flat", author: anna, authorRole: .caseworker, at: F.instant).get()
        _ = p.updateGoal(id, status: .dropped, author: anna, authorRole: .caseworker, at: F.instant)
        let before = p
        #expect(p.updateGoal(id, status: .reached, author: anna, authorRole: .caseworker, at: F.instant).failureValue?.description
            == "status: a goal that is dropped cannot become reached")
        #expect(p.updateGoal(GoalID(99), notes: "x", author: anna, authorRole: .caseworker, at: F.instant).failureValue?.field == "goal")
        #expect(p.updateGoal(id, author: anna, authorRole: .caseworker, at: F.instant).failureValue?.description == "goal: nothing to change for goal 1")
        #expect(p.addGoal(domain: .work, title: "", author: anna, authorRole: .caseworker, at: F.instant).failureValue?.field == "title")
        #expect(p.updateGoal(id, status: .open, notes: String(repeating: "x", count: 1001), author: anna, authorRole: .caseworker, at: F.instant)
            .failureValue?.field == "notes")
        #expect(p == before)
    }

    @Test func assessmentAddsHealthGoalsAsOneSpecialistVersion() throws {
        var p = try plan()
        var r = try F.referral()
        _ = r.schedule()
        _ = r.record(.attended, policy: .headOfUrgency)
        let catalogue = RecommendationCatalogue.standard
        let day = try F.date("2026-12-01")
        let owner = try StepOwner.make(role: .caseworker, user: try F.user("anna")).get()
        let step = try FollowUpStep.make(id: FollowUpStepID(5), client: try F.client(), description: "find therapist", owner: owner,
                                         dueOn: try F.date("2026-12-20"), appointmentDate: day).get()
        let a = try Assessment.record(id: AssessmentID(9), referral: r, slot: SlotID(session: SessionID(1), index: 1), specialist: SpecialistID(2),
                                      appointmentDate: day, note: "n", recommendations: [
                                          try Recommendation.make(code: "outpatient-psychotherapy", months: nil, catalogue: catalogue).get(),
                                          try Recommendation.make(code: "present-again", months: 3, catalogue: catalogue).get(),
                                      ], steps: [step]).get()
        p.addAssessment(a, catalogue: catalogue, language: .en, author: try F.user("myilmaz"), at: F.instant)
        #expect(p.current.authorRole == .specialist && p.current.author.value == "myilmaz")
        #expect(p.current.change == "assessment 9 recorded")
        #expect(p.goals.map(\.title) == ["Outpatient psychotherapy", "Present again in 3 months"])
        #expect(p.goals.allSatisfy { $0.domain == .healthAndPsychosocialSupport && $0.steps == [FollowUpStepID(5)] })
        #expect(p.goals[1].targetDate?.description == "2027-03-01")
    }

    @Test func reviewSetsTheNextDate() throws {
        var p = try plan()
        p.markReviewed(on: try F.date("2027-02-20"), intervalMonths: 3, author: try F.user("anna"), authorRole: .caseworker, at: F.instant)
        #expect(p.current.reviewOn.description == "2027-05-20" && p.current.change == "reviewed")
        #expect(GoalDomain.recognitionOfQualifications.name(in: .de) == "Anerkennung ausländischer Abschlüsse")
    }
}
