import Foundation

/// `lotse-bench figures`: every daemon benchmark in one run, printed as the README's
/// figures section, with the machine's load beside it (the numbers mean little on a
/// machine busy with other work).
struct FiguresBenchmark: BenchMode {
    static let name = "figures"
    static let summary = "all daemon figures (reads, submits, memory, roundtrip) as the README table"

    static func load() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
    }

    static func run(_ arguments: [String]) -> Int32 {
        do {
            print("load average before: \(load()), \(ProcessInfo.processInfo.activeProcessorCount) cores\n")
            print(VarlinkReadBenchmark.table(try VarlinkReadBenchmark.measure(seconds: 3)) + "\n")
            print(SubmitBenchmark.table(try SubmitBenchmark.measure(count: 300)) + "\n")
            print(MemoryBenchmark.table(try MemoryBenchmark.measure(referrals: 100_000)) + "\n")
            print(RoundTripBenchmark.table(try RoundTripBenchmark.measure(runs: 50)) + "\n")
            print("load average after: \(load())")
            return 0
        } catch {
            FileHandle.standardError.write(Data("lotse-bench figures: \(error)\n".utf8))
            return 1
        }
    }
}
