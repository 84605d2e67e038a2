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
        let doc = try PlanJSONParser.parse(text)
        #expect(doc["format"] == .string("lotse-plan/1"))
        #expect(doc["objective"] == .integer(124) && doc["bound"] == .integer(124))
        guard case .array(let assignments)? = doc["assignments"], case .array(let unassigned)? = doc["unassigned"] else {
            Issue.record("assignments or unassigned missing")
            return
        }
        #expect(assignments.count == 2 && unassigned.count == 3)
        #expect(assignments[0] == .object([("referral", .string("R1")), ("slot", .string("S1")), ("weight", .integer(113))]))
        #expect(doc["stats"]?["referrals"] == .integer(5) && doc["stats"]?["assigned"] == .integer(2))
        #expect(doc["stats"]?["seconds"] == .number(0.004))
    }

    @Test func stringsAreEscaped() {
        #expect(JSONWriter.quote("a\"b\\c\nd\u{1}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
    }
}
