import Foundation
import LotseCore

/// `lotse solve PROBLEM.json [-o OUT.json]`: plans one month offline from a `lotse-plan/1`
/// file, without daemon, database or configuration, so coordinators can try "what if"
/// and benchmarks can judge the planner.
public enum SolveCommand: CommandGroup {
    /// The command word.
    public static let name = "solve"
    /// One line for `lotse help`.
    public static let summary = "plan a month offline from a lotse-plan/1 file"
    /// Full help.
    public static let help = """
        Usage: lotse solve PROBLEM.json [-o|--output OUT.json]

        Plans the month described by PROBLEM.json (format lotse-plan/1) and writes the
        solution as JSON to standard output or to OUT.json (-o, --output): the assignments, the objective,
        a proven upper bound (bound == objective proves the plan optimal) and a reason for
        every referral left waiting. Needs no daemon, database or configuration.

        Exit status: 0 solved, 64 usage, 65 the problem breaks the format (each error on
        standard error names the item), 66 the file cannot be read, 73 OUT.json cannot be written.
        """

    /// Runs the command.
    public static func run(_ context: CommandContext) -> ExitCode {
        let lang = context.language
        var input: String?
        var output: String?
        var args = context.arguments[...]
        while let a = args.popFirst() {
            if a == "-o" || a == "--output" {
                guard let o = args.popFirst() else {
                    context.terminal.err(lang.pick(de: "lotse solve: -o braucht einen Dateinamen.\n",
                                                   en: "lotse solve: -o needs a file name.\n"))
                    return .usage
                }
                output = o
            } else if a.hasPrefix("-") && a != "-" {
                context.terminal.err(lang.pick(de: "lotse solve: unbekannte Option „\(a)“.\n",
                                               en: "lotse solve: unknown option '\(a)'.\n"))
                return .usage
            } else if input == nil {
                input = a
            } else {
                context.terminal.err(lang.pick(de: "lotse solve: nur eine Problemdatei ist erlaubt.\n",
                                               en: "lotse solve: only one problem file is allowed.\n"))
                return .usage
            }
        }
        guard let path = input else {
            context.terminal.err(lang.pick(de: "Aufruf: lotse solve PROBLEM.json [-o AUSGABE.json]\n",
                                           en: "Usage: lotse solve PROBLEM.json [-o OUT.json]\n"))
            return .usage
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            context.terminal.err(lang.pick(de: "lotse solve: \(path) kann nicht gelesen werden.\n",
                                           en: "lotse solve: cannot read \(path).\n"))
            return .noInput
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let problem: PlanProblem
        do {
            problem = try PlanProblemParser.parse([UInt8](data))
        } catch {
            context.terminal.err(lang.pick(de: "lotse solve: \(path) ist kein gültiges lotse-plan/1-Problem:\n",
                                           en: "lotse solve: \(path) is not a valid lotse-plan/1 problem:\n"))
            for message in error.messages { context.terminal.err("  " + message + "\n") }
            return .dataError
        }
        let solution = PlanSolver.solve(problem)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let text = solution.json(seconds: seconds)
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
                context.terminal.err(lang.pick(de: "lotse solve: \(output) kann nicht geschrieben werden.\n",
                                               en: "lotse solve: cannot write \(output).\n"))
                return .cannotCreate
            }
        } else {
            context.terminal.out(text)
        }
        return .ok
    }
}
