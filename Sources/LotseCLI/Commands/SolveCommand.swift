import Foundation
import LotseCore

/// `lotse solve PROBLEM.json [-o OUT.json]`: plans one month offline from a `lotse-plan/1`
/// file, without daemon, database or configuration, so coordinators can try "what if"
/// and benchmarks can judge the planner.
public enum SolveCommand: CommandGroup {
    /// The command's one action.
    public static var actions: [String: (CommandContext) -> ExitCode] { ["": solve] }

    /// Solves PROBLEM.json (the parser has seen to the operand).
    static func solve(_ context: CommandContext) -> ExitCode {
        let lang = context.language
        let output = context.parsed.value("output")
        let path = context.parsed.operand(0)
        let data: Data
        switch InputFile.read(path, limit: 1 << 28) {
        case .success(let bytes): data = bytes
        case .failure(let failure):
            // Worded as every other refusal, with the system's reason in the reader's language.
            return ClientFailure(exitCode: .noInput, de: "\(path) kann nicht gelesen werden: \(ErrnoText.german(englishReason: failure.text)).",
                                 en: "Cannot read \(path): \(failure.text).").report(context)
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let problem: PlanProblem
        do {
            problem = try PlanProblemParser.parse([UInt8](data))
        } catch {
            context.terminal.err(lang.pick(de: "lotse solve: \(path) ist kein gültiges lotse-plan/1-Problem:\n",
                                           en: "lotse solve: \(path) is not a valid lotse-plan/1 problem:\n"))
            for message in lang == .german ? error.german : error.messages { context.terminal.err("  " + message + "\n") }
            return .dataError
        }
        let solution = PlanSolver.solve(problem)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let text = solution.json(seconds: seconds)
        if let output {
            if case .failure(let error) = PrivateOutputFile.write(text, to: output) {
                return PrivateOutputFile.failure(output, error).report(context)
            }
        } else {
            context.terminal.out(text)
        }
        return .ok
    }
}
