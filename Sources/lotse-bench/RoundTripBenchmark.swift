#if canImport(Glibc)
import Glibc
#endif
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

    /// posix_spawn and waitpid: Foundation's `Process.waitUntilExit` polls its run loop
    /// every 50 ms on Linux, which would be most of what this measures.
    static func spawnAndWait(_ path: String, _ arguments: [String]) throws -> Int32 {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(path): \(Errno(spawned).text)") }
        let status = (try? ProcessControl.wait(for: pid)) ?? 0
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
