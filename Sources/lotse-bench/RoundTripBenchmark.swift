import Foundation
import LotseSystem
import LotseVarlink

/// `lotse-bench roundtrip`: wall time of a whole `lotse` command as a person runs it —
/// process start, connect, call, print, exit — against a release lotsed.
struct RoundTripBenchmark: BenchMode {
    static let name = "roundtrip"
    static let summary = "`lotse` command round trip (process start to exit) [--runs 50]"

    static func run(_ arguments: [String]) -> Int32 {
        do {
            print(table(try measure(runs: BenchFormat.option("--runs", in: arguments, default: 50))))
            return 0
        } catch {
            FileHandle.standardError.write(Data("lotse-bench roundtrip: \(error)\n".utf8))
            return 1
        }
    }

    static func table(_ rows: [(String, LatencySamples)]) -> String {
        var lines = [BenchFormat.row(["command", "p50", "p99", "max"]), "|---|---|---|---|"]
        for (command, samples) in rows {
            lines.append(BenchFormat.row([command, BenchFormat.ms(samples.percentile(0.5)), BenchFormat.ms(samples.percentile(0.99)),
                                          BenchFormat.ms(samples.percentile(1))]))
        }
        return lines.joined(separator: "\n")
    }

    /// A clean child (posix_spawn) and waitpid: Foundation's `Process.waitUntilExit` polls
    /// its run loop every 50 ms on Linux, which would be most of what this measures.
    static func spawnAndWait(_ path: String, _ arguments: [String]) throws -> Int32 {
        let child: CleanChild
        switch CleanChild.start(path, arguments: arguments) {
        case .success(let started): child = started
        case .failure(let error): throw BenchError("cannot start \(path): \(error.text)")
        }
        child.input.close()
        _ = child.readErrors(limit: 0)
        let status = child.wait() ?? 0
        return (status >> 8) & 0xff
    }

    static func measure(runs: Int) throws -> [(String, LatencySamples)] {
        let daemon = try BenchDaemon(label: "roundtrip")
        try daemon.start()
        defer { daemon.stop() }
        let lotse = try BenchDaemon.sibling("lotse")
        var rows: [(String, LatencySamples)] = []
        for arguments in [["admin", "status"], ["referral", "list"]] {
            var samples = LatencySamples()
            for index in 0...runs {
                let before = BenchMeasure.now()
                let status = try spawnAndWait(lotse, arguments + ["--socket", daemon.socketPath])
                let elapsed = BenchMeasure.now() - before
                guard status == 0 else {
                    throw BenchError("lotse \(arguments.joined(separator: " ")) exited \(status)")
                }
                if index > 0 { samples.add(elapsed) }  // the first run warms the page cache
            }
            rows.append(("lotse " + arguments.joined(separator: " "), samples))
        }
        return rows
    }
}
