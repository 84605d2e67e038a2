import LotseJSON
import Testing
@testable import LotseCore

@Suite("Planner output")
struct PlanSolutionOutputTests {
    @Test func sameProblemGivesByteIdenticalOutput() throws {
        let problem = try PlanFixtures.problem("s3-400x120.json")
        let a = PlanSolver.solve(problem).json(seconds: 0.5)
        let b = PlanSolver.solve(try PlanFixtures.problem("s3-400x120.json")).json(seconds: 0.5)
        #expect(a == b)
    }

    @Test func solutionDocumentHasTheFormatsShape() throws {
        let text = PlanSolver.solve(try PlanFixtures.problem("tiny-5x3.json")).json(seconds: 0.004)
        let doc = try JSONParser().parse(text)
        #expect(doc["format"] == .string("lotse-plan/1"))
        #expect(doc["objective"] == .integer(124) && doc["bound"] == .integer(124))
        guard case .array(let assignments)? = doc["assignments"], case .array(let unassigned)? = doc["unassigned"] else {
            Issue.record("assignments or unassigned missing")
            return
        }
        #expect(assignments.count == 2 && unassigned.count == 3)
        #expect(assignments[0] == ["referral": "R1", "slot": "S1", "weight": 113])
        #expect(doc["stats"]?["referrals"] == .integer(5) && doc["stats"]?["assigned"] == .integer(2))
        #expect(doc["stats"]?["seconds"] == .double(0.004))
    }
}
