import Foundation

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

    static func measure(runs: Int) throws -> [(String, LatencySamples)] {
        let daemon = try BenchDaemon(label: "roundtrip")
        try daemon.start()
        defer { daemon.stop() }
        let lotse = try BenchDaemon.sibling("lotse")
        var rows: [(String, LatencySamples)] = []
        for arguments in [["admin", "status"], ["referral", "list"]] {
            var samples = LatencySamples()
            for index in 0...runs {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: lotse)
                process.arguments = arguments + ["--socket", daemon.socketPath]
                process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
                process.standardError = FileHandle(forWritingAtPath: "/dev/null")
                let before = BenchMeasure.now()
                try process.run()
                process.waitUntilExit()
                let elapsed = BenchMeasure.now() - before
                guard process.terminationStatus == 0 else {
                    throw BenchError("lotse \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
                }
                if index > 0 { samples.add(elapsed) }  // the first run warms the page cache
            }
            rows.append(("lotse " + arguments.joined(separator: " "), samples))
        }
        return rows
    }
}
