import Foundation

/// One measurement mode of `lotse-bench` (`plan`, later e.g. `varlink`).
protocol BenchMode {
    /// The word that selects the mode.
    static var name: String { get }
    /// One line for the usage text.
    static var summary: String { get }
    /// Runs with the arguments after the mode's name; returns the exit status.
    static func run(_ arguments: [String]) -> Int32
}

/// The list of modes and the dispatcher; adding a mode is one file plus one line here.
enum BenchModes {
    static var all: [any BenchMode.Type] {
        [
            PlanBenchmark.self,
            VarlinkReadBenchmark.self,
            SubmitBenchmark.self,
            StallBenchmark.self,
            MemoryBenchmark.self,
            RoundTripBenchmark.self,
            FiguresBenchmark.self,
            JSONBenchmark.self,
            WireTypesBenchmark.self,
        ]
    }

    static func usage() -> String {
        var text = "Usage: lotse-bench MODE [OPTIONS]   (build with: swift build -c release --product lotse-bench)\n\nModes:\n"
        for mode in all { text += "  \(mode.name)  \(mode.summary)\n" }
        return text
    }

    static func run(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first, first != "--help", first != "-h" else {
            FileHandle.standardError.write(Data(usage().utf8))
            return arguments.isEmpty ? 64 : 0
        }
        guard let mode = all.first(where: { $0.name == first }) else {
            FileHandle.standardError.write(Data("lotse-bench: unknown mode '\(first)'.\n\(usage())".utf8))
            return 64
        }
        return mode.run(Array(arguments.dropFirst()))
    }
}

/// Process-wide measurements shared by the modes.
enum BenchMeasure {
    /// Peak resident set size of this process so far, in bytes (getrusage ru_maxrss, KiB on Linux).
    static func peakMemoryBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }

    /// CPU seconds (user + system) used by this process so far: on a shared machine this
    /// says more about the work done than the wall clock.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Monotonic seconds.
    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}

/// SplitMix64: small, fast and seeded, so every run generates the same problems.
struct BenchRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in 0..<bound (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
    /// True with the given percentage.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    /// An index drawn by weights.
    mutating func weighted(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        var x = below(total)
        for (i, w) in weights.enumerated() {
            if x < w { return i }
            x -= w
        }
        return weights.count - 1
    }
}
