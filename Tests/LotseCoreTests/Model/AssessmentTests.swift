import Foundation
import Testing
@testable import LotseCore

@Suite struct AssessmentTests {
    typealias F = ModelFixtures
    private let catalogue = RecommendationCatalogue.standard

    private func owner(_ role: Role = .caseworker, _ user: String = "anna") throws -> StepOwner {
        try StepOwner.make(role: role, user: try F.user(user)).get()
    }

    private func attendedReferral() throws -> Referral {
        var r = try F.referral()
        _ = r.schedule()
        _ = r.record(.attended, policy: .headOfUrgency)
        return r
    }

    @Test func recommendationsComeFromTheCatalogue() {
        #expect(Recommendation.make(code: "outpatient-psychotherapy", months: nil, catalogue: catalogue).failureValue == nil)
        #expect(Recommendation.make(code: "yoga", months: nil, catalogue: catalogue).failureValue?.description.hasPrefix(
            "recommendation: \"yoga\" is not in the catalogue (outpatient-psychotherapy, ") == true)
        #expect(Recommendation.make(code: "present-again", months: nil, catalogue: catalogue).failureValue?.description == "months: present-again needs a number of months")
        #expect(Recommendation.make(code: "present-again", months: 25, catalogue: catalogue).failureValue?.field == "months")
        #expect(Recommendation.make(code: "no-further-action", months: 3, catalogue: catalogue).failureValue?.description == "months: no-further-action takes no number of months")
    }

    @Test func presentAgainInThreeMonthsIsDatedFromTheAppointment() throws {
        let again = try Recommendation.make(code: "present-again", months: 3, catalogue: catalogue).get()
        #expect(again.presentAgainDate(after: try F.date("2026-11-30"))?.description == "2027-02-28")
        #expect(catalogue.entry(again.code)?.label(in: .de, months: 3) == "Erneute Vorstellung in 3 Monaten")
    }

    @Test func followUpStepDueDateNotBeforeAppointment() throws {
        let day = try F.date("2026-12-01")
        #expect(FollowUpStep.make(id: FollowUpStepID(1), client: nil, description: "book psychotherapy", owner: try owner(),
                                  dueOn: try F.date("2026-11-30"), appointmentDate: day).failureValue?.description
            == "due date: 30.11.2026 is before the appointment on 01.12.2026")
        #expect(FollowUpStep.make(id: FollowUpStepID(1), client: nil, description: String(repeating: "x", count: 301), owner: try owner(),
                                  dueOn: day, appointmentDate: day).failureValue?.field == "description")
        #expect(StepOwner.make(role: .admin, user: try F.user("root")).failureValue?.field == "owner")
    }

    @Test func followUpStepLifeCycle() throws {
        var step = try FollowUpStep.make(id: FollowUpStepID(7), client: try F.client(), description: "apply for therapy place",
                                         owner: try owner(), dueOn: try F.date("2026-12-15"), appointmentDate: try F.date("2026-12-01")).get()
        #expect(!step.isOverdue(on: try F.date("2026-12-15")))
        #expect(step.isOverdue(on: try F.date("2026-12-16")))
        #expect(step.reassign(to: try owner()).failureValue?.description == "owner: step 7 already belongs to anna (caseworker)")
        #expect(step.reassign(to: try owner(.coordinator, "carl")).succeeded)
        #expect(step.markDone().succeeded)
        #expect(!step.isOverdue(on: try F.date("2027-01-01")))
        #expect(step.markDone().failureValue != nil)
        #expect(step.reassign(to: try owner()).failureValue?.field == "step")
        #expect(step.reopen().succeeded)
        #expect(step.drop().succeeded)
        #expect(step.status == .dropped)
    }

    @Test func assessmentOnlyForAnAttendedReferralWithRecommendations() throws {
        let day = try F.date("2026-12-01")
        let rec = try Recommendation.make(code: "outpatient-psychotherapy", months: nil, catalogue: catalogue).get()
        let waiting = try F.referral()
        #expect(Assessment.record(id: AssessmentID(1), referral: waiting, slot: SlotID(session: SessionID(1), index: 1), specialist: SpecialistID(2),
                                  appointmentDate: day, note: "n", recommendations: [rec], steps: []).failureValue?.field == "referral")
        let attended = try attendedReferral()
        #expect(Assessment.record(id: AssessmentID(1), referral: attended, slot: SlotID(session: SessionID(1), index: 1), specialist: SpecialistID(2),
                                  appointmentDate: day, note: "n", recommendations: [], steps: []).failureValue?.description
            == "recommendation: at least one recommendation is needed")
        #expect(Assessment.record(id: AssessmentID(1), referral: attended, slot: SlotID(session: SessionID(1), index: 1), specialist: SpecialistID(2),
                                  appointmentDate: day, note: "n", recommendations: [rec, rec], steps: []).failureValue?.description
            == "recommendation: outpatient-psychotherapy is given twice")
        #expect(Assessment.record(id: AssessmentID(1), referral: attended, slot: SlotID(session: SessionID(1), index: 1), specialist: SpecialistID(2),
                                  appointmentDate: day, note: String(repeating: "n", count: 2001), recommendations: [rec], steps: []).failureValue?.field == "note")
        let again = try Recommendation.make(code: "present-again", months: 3, catalogue: catalogue).get()
        let a = try Assessment.record(id: AssessmentID(1), referral: attended, slot: SlotID(session: SessionID(1), index: 1), specialist: SpecialistID(2),
                                      appointmentDate: day, note: "PTSD symptoms", recommendations: [rec, again], steps: []).get()
        #expect(a.presentAgainDate?.description == "2027-03-01")
    }

    @Test func anAmendmentKeepsIdentityAndStepsAndFollowsTheRulesOfRecording() throws {
        let day = try F.date("2026-12-01")
        let rec = try Recommendation.make(code: "outpatient-psychotherapy", months: nil, catalogue: catalogue).get()
        let other = try Recommendation.make(code: "psychiatric-treatment", months: nil, catalogue: catalogue).get()
        let step = try FollowUpStep.make(id: FollowUpStepID(3), client: try F.client(), description: "Therapieplatz", owner: try owner(),
                                         dueOn: day.adding(days: 7), appointmentDate: day).get()
        let a = try Assessment.record(id: AssessmentID(1), referral: try attendedReferral(), slot: SlotID(session: SessionID(1), index: 1),
                                      specialist: SpecialistID(2), appointmentDate: day, note: "n", recommendations: [rec], steps: [step]).get()
        let added = try FollowUpStep.make(id: FollowUpStepID(4), client: try F.client(), description: "Psychiatrie", owner: try owner(),
                                          dueOn: day.adding(days: 9), appointmentDate: day).get()
        let b = try a.amended(note: "neu", recommendations: [other], addedSteps: [added]).get()
        #expect(b.id == a.id && b.referral == a.referral && b.appointmentDate == a.appointmentDate)
        #expect(b.note == "neu")
        #expect(b.recommendations == [other])
        #expect(b.steps.map(\.id) == [FollowUpStepID(3), FollowUpStepID(4)])
        #expect(a.amended(note: nil, recommendations: nil, addedSteps: []).failureValue?.field == "assessment")
        #expect(a.amended(note: nil, recommendations: [], addedSteps: []).failureValue?.field == "recommendation")
        #expect(a.amended(note: nil, recommendations: [rec, rec], addedSteps: []).failureValue?.field == "recommendation")
        #expect(a.amended(note: " ", recommendations: nil, addedSteps: []).failureValue?.field == "note")

        // The help plan: the old recommendation's goal is dropped, the new one added with both steps.
        var plan = HelpPlan(client: try F.client(), author: try F.user("brandt"), authorRole: .specialist, at: Date(timeIntervalSince1970: 0),
                            today: day, reviewMonths: 3)
        plan.addAssessment(a, catalogue: catalogue, language: .de, author: try F.user("brandt"), at: Date(timeIntervalSince1970: 1))
        let change = plan.amendAssessment(from: a, to: b, catalogue: catalogue, language: .de, author: try F.user("brandt"),
                                          at: Date(timeIntervalSince1970: 2)) { _ in "Schritte: #3, #4" }
        #expect(change.dropped == [GoalID(1)])
        #expect(change.added == [GoalID(2)])
        #expect(plan.goals.map(\.status) == [.dropped, .open])
        #expect(plan.goals.last?.steps == [FollowUpStepID(3), FollowUpStepID(4)])
        #expect(plan.goals.last?.notes == "Schritte: #3, #4")
        #expect(plan.current.change == "assessment 1 amended")
    }
}
