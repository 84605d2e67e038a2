import Foundation
import LotseCore

/// `lotse-bench plan`: solves seeded generated problems of growing size and reports, per
/// size, the seconds, objective, proven bound, gap and peak memory; `--json FILE` writes
/// the same figures for comparison run to run. `--mode` picks the shape of the month:
/// `tight` (about five referrals per slot), `loose` (slots ≈ 0.83 × referrals, where most
/// referrals fit and the choice among slots decides) or `crowded` (every session moved onto
/// two days, so caseworkers collide); each has its own default sizes.
enum PlanBenchmark: BenchMode {
    static let name = "plan"
    static let summary = "planner: seeded problems 100×30 … 50 000×10 000 [--mode tight|loose|crowded] [--sizes 100x30,5000x1000] [--seed N] [--json FILE] [--write-problems DIR] [--budget FLOW_SOLVES] [--candidates PER_SLOT] [--local-effort TESTS_PER_SLOT] [--local-chain TESTS_PER_SLOT] [--local-breadth 24,8,4,3,2]"

    /// The shapes of month the generator makes.
    enum Shape: String, CaseIterable {
        case tight, loose, crowded

        /// The sizes measured when `--sizes` is not given.
        var defaultSizes: [(Int, Int)] {
            switch self {
            case .tight: return [(100, 30), (1000, 300), (5000, 1000), (20000, 4000), (50000, 10000)]
            case .loose: return [(120, 100), (1200, 1000), (2400, 2000), (6000, 5000), (12000, 10000)]
            case .crowded: return [(500, 100), (2500, 500), (5000, 1000), (10000, 2000), (50000, 10000)]
            }
        }
    }

    static func run(_ arguments: [String]) -> Int32 {
        var shape = Shape.tight
        var requestedSizes: [(Int, Int)]?
        var seed: UInt64 = 1
        var jsonPath: String?
        var problemDirectory: String?
        var options = PlanSolverOptions()
        var args = arguments[...]
        while let a = args.popFirst() {
            switch a {
            case "--json":
                guard let v = args.popFirst() else { return usage("--json needs a file name") }
                jsonPath = v
            case "--write-problems":
                guard let v = args.popFirst() else { return usage("--write-problems needs a directory") }
                problemDirectory = v
            case "--budget":
                guard let v = args.popFirst(), let b = Int(v), b > 0 else { return usage("--budget needs a positive number of flow solves") }
                options.flowSolveBudget = b
            case "--candidates":
                guard let v = args.popFirst(), let k = Int(v), k > 0 else { return usage("--candidates needs a positive number of referrals per slot") }
                options.candidatesPerSlot = k
            case "--local-effort":
                guard let v = args.popFirst(), let e = Int(v), e >= 0 else { return usage("--local-effort needs a number of slot tests per slot") }
                options.localSearchEffort = e
            case "--local-chain":
                guard let v = args.popFirst(), let e = Int(v), e > 0 else { return usage("--local-chain needs a number of slot tests per slot") }
                options.localSearchChainEffort = e
            case "--local-breadth":
                guard let v = args.popFirst() else { return usage("--local-breadth needs a list like 24,8,4") }
                let list = v.split(separator: ",").compactMap { Int($0) }
                guard !list.isEmpty, list.count == v.split(separator: ",").count, list.allSatisfy({ $0 > 0 }) else {
                    return usage("bad --local-breadth '\(v)'")
                }
                options.localSearchBreadth = list
            case "--mode":
                guard let v = args.popFirst(), let m = Shape(rawValue: v) else {
                    return usage("--mode needs one of " + Shape.allCases.map(\.rawValue).joined(separator: ", "))
                }
                shape = m
            case "--seed":
                guard let v = args.popFirst(), let s = UInt64(v) else { return usage("--seed needs a number") }
                seed = s
            case "--sizes":
                guard let v = args.popFirst() else { return usage("--sizes needs a list like 100x30,5000x1000") }
                var parsed: [(Int, Int)] = []
                for part in v.split(separator: ",") {
                    let nm = part.split(separator: "x")
                    guard nm.count == 2, let n = Int(nm[0]), let m = Int(nm[1]), n > 0, m > 0 else {
                        return usage("bad size '\(part)'")
                    }
                    parsed.append((n, m))
                }
                requestedSizes = parsed
            default:
                return usage("unknown option '\(a)'")
            }
        }
        let sizes = requestedSizes ?? shape.defaultSizes
        emit("mode \(shape.rawValue), seed \(seed)")
        emit("referrals × slots   generate s   solve s   cpu s   objective       bound   gap %   assigned   nodes   peak MiB")
        var rows: [String] = []
        for (n, m) in sizes {
            let t0 = BenchMeasure.now()
            var generator = PlanProblemGenerator(seed: seed &+ UInt64(n) &* 31 &+ UInt64(m))
            let problem = generator.problem(referrals: n, slots: m, crowded: shape == .crowded)
            let t1 = BenchMeasure.now()
            if let dir = problemDirectory {
                let path = dir + "/plan-\(shape.rawValue)-\(n)x\(m)-seed\(seed).json"
                guard FileManager.default.createFile(atPath: path, contents: Data(PlanProblemJSON.text(problem).utf8)) else {
                    FileHandle.standardError.write(Data("lotse-bench: cannot write \(path).\n".utf8))
                    return 73
                }
            }
            let c1 = BenchMeasure.cpuSeconds()
            let solution = PlanSolver.solve(problem, options: options)
            let t2 = BenchMeasure.now()
            let cpu = BenchMeasure.cpuSeconds() - c1
            let peak = BenchMeasure.peakMemoryBytes()
            let gap = solution.bound > 0 ? Double(solution.bound - solution.objective) * 100 / Double(solution.bound) : 0
            let label = "\(n) × \(m)"
            emit(pad(label, 17, left: true) + pad(fmt(t1 - t0, 2), 13) + pad(fmt(t2 - t1, 3), 10) + pad(fmt(cpu, 3), 8)
                  + pad(String(solution.objective), 12) + pad(String(solution.bound), 12) + pad(fmt(gap, 3), 8)
                  + pad(String(solution.assignments.count), 11) + pad(String(solution.nodes), 8)
                  + pad(fmt(Double(peak) / 1_048_576, 1), 11))
            rows.append("{\"mode\": \"\(shape.rawValue)\", \"referrals\": \(n), \"slots\": \(m), \"seed\": \(seed), \"generateSeconds\": \(fmt(t1 - t0, 3)), "
                        + "\"solveSeconds\": \(fmt(t2 - t1, 4)), \"solveCPUSeconds\": \(fmt(cpu, 4)), \"objective\": \(solution.objective), "
                        + "\"bound\": \(solution.bound), \"gapPercent\": \(fmt(gap, 4)), "
                        + "\"assigned\": \(solution.assignments.count), \"nodes\": \(solution.nodes), "
                        + "\"peakMemoryBytes\": \(peak)}")
        }
        if let jsonPath {
            let text = "{\"mode\": \"plan\", \"shape\": \"\(shape.rawValue)\", \"results\": [\n  " + rows.joined(separator: ",\n  ") + "\n]}\n"
            guard FileManager.default.createFile(atPath: jsonPath, contents: Data(text.utf8)) else {
                FileHandle.standardError.write(Data("lotse-bench: cannot write \(jsonPath).\n".utf8))
                return 73
            }
        }
        return 0
    }

    /// Writes a line to stdout at once (stdout to a file is block-buffered otherwise).
    static func emit(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

    static func usage(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("lotse-bench plan: \(message).\nUsage: lotse-bench \(summary)\n".utf8))
        return 64
    }

    static func fmt(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }

    static func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return left ? s + fill : fill + s
    }
}
