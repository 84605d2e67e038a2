import Foundation

/// How hard the proof suites push. The normal `swift test` runs the fast variants (they
/// fit the CI budget); `LOTSE_PROOF=full swift test --filter Proof` runs the full ones
/// whose results the README records.
enum ProofLevel {
    /// The environment variable that selects the full variants.
    static let environmentVariable = "LOTSE_PROOF"

    /// Whether the full variants were asked for.
    static var isFull: Bool { ProcessInfo.processInfo.environment[environmentVariable] == "full" }

    /// A count: `fast` normally, `full` with `LOTSE_PROOF=full`.
    static func count(fast: Int, full: Int) -> Int { isFull ? full : fast }

    /// The fuzzers' seed: `LOTSE_PROOF_SEED` when set (to replay a failure), else fixed.
    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["LOTSE_PROOF_SEED"].flatMap { UInt64($0) } ?? 0x4C6F_7473_6521
    }
}

/// A small, fast, seeded generator (SplitMix64), so every fuzz run can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
