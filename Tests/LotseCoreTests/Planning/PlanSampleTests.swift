import Foundation
import Testing
@testable import LotseCore

@Suite("Planner on the public samples")
struct PlanSampleTests {
    @Test(arguments: PlanFixtures.optima.map(\.file))
    func reachesTheProvenOptimum(file: String) throws {
        let problem = try PlanFixtures.problem(file)
        let solution = try #require(PlanFixtures.solutions[file])
        let expected = PlanFixtures.optima.first { $0.file == file }
        #expect(solution.objective == expected?.optimum)
        #expect(solution.bound == solution.objective, "the bound proves optimality")
        #expect(PlanJudge.violations(problem, solution).isEmpty)
    }

    @Test func tinySampleHasTheReasonsOfTheReadme() throws {
        let solution = try #require(PlanFixtures.solutions["tiny-5x3.json"])
        #expect(solution.assignments.map { "\($0.referral)-\($0.slot)" } == ["R1-S1", "R4-S3"])
        #expect(solution.unassigned.map(\.reason) == [.quotaExhausted, .clientBusy, .noLanguageMatch])
        #expect(solution.unassigned.last?.detail == "no slot this month offers Tigrinya")
    }

    /// Runs the independent checker on every sample's solution when ../shared is there.
    @Test func independentCheckerAcceptsEverySolution() throws {
        let checker = PlanFixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/check-plan")
        guard FileManager.default.fileExists(atPath: checker.path) else {
            print("note: \(checker.path) is absent; the cross-check with check-plan is skipped")
            return
        }
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-plan-check-\(getpid())")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temp) }
        for sample in PlanFixtures.optima {
            let problemURL = PlanFixtures.directory.appendingPathComponent(sample.file)
            let solution = try #require(PlanFixtures.solutions[sample.file])
            let out = temp.appendingPathComponent(sample.file)
            try Data(solution.json(seconds: 0).utf8).write(to: out)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", checker.path, problemURL.path, out.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = Pipe()
            try process.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(sample.file): \(text)")
            #expect(text.contains("ok objective=\(sample.optimum) bound=\(sample.optimum)"), "\(sample.file): \(text)")
        }
    }
}
