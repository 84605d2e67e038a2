import Foundation
import LotseVarlink

/// `lotse-bench reads`: varlink call throughput and latency against a release lotsed,
/// with 1 and 8 clients, each on its own connection, calling back to back.
///
/// Four kinds of call, because they cost different things: `GetInfo` (protocol and
/// dispatch, no database), `Specialists.List` (a read transaction on a reader
/// connection), `Admin.Status` (a read transaction with ten `count(*)` queries) and
/// `Referrals.Get` (a read of client data, which the design audits: one durable write
/// per call, shared by group commit).
struct VarlinkReadBenchmark: BenchMode {
    static let name = "reads"
    static let summary = "varlink read throughput and p50/p99 latency, 1 and 8 clients [--seconds 3]"

    struct Result {
        var method: String
        var clients: Int
        var calls: Int
        var seconds: Double
        var samples: LatencySamples
        var throughput: Double { Double(calls) / seconds }
    }

    static func run(_ arguments: [String]) -> Int32 {
        do {
            let results = try measure(seconds: Double(BenchFormat.option("--seconds", in: arguments, default: 3)))
            print(table(results))
            return 0
        } catch {
            FileHandle.standardError.write(Data("lotse-bench reads: \(error)\n".utf8))
            return 1
        }
    }

    static func table(_ results: [Result]) -> String {
        var lines = [BenchFormat.row(["call", "clients", "calls/s", "p50", "p99"]), "|---|---|---|---|---|"]
        for result in results {
            lines.append(BenchFormat.row([result.method, "\(result.clients)", BenchFormat.rate(result.throughput),
                                          BenchFormat.ms(result.samples.percentile(0.5)), BenchFormat.ms(result.samples.percentile(0.99))]))
        }
        return lines.joined(separator: "\n")
    }

    static func measure(seconds: Double) throws -> [Result] {
        let daemon = try BenchDaemon(label: "reads")
        try daemon.start()
        defer { daemon.stop() }
        // A few referrals to read.
        let seed = try daemon.client()
        var ids: [Int64] = []
        for index in 0..<32 {
            let reply = try seed.call("org.lotse.Referrals.Submit", BenchDaemon.consultation("bench \(index)"))
            if let id = reply["referral"]?["id"]?.integerValue { ids.append(id) }
        }
        seed.close()
        let calls: [(String, String, @Sendable (Int) -> [String: JSONValue])] = [
            ("GetInfo (no database)", "org.varlink.service.GetInfo", { _ in [:] }),
            ("Specialists.List (database read)", "org.lotse.Specialists.List", { _ in [:] }),
            ("Admin.Status (10 table counts)", "org.lotse.Admin.Status", { _ in [:] }),
            ("Referrals.Get (audited read)", "org.lotse.Referrals.Get", { [ids] i in ["id": .integer(ids[i % ids.count])] }),
        ]
        var results: [Result] = []
        for (label, method, parameters) in calls {
            for clients in [1, 8] {
                results.append(try run(daemon: daemon, label: label, method: method, parameters: parameters, clients: clients, seconds: seconds))
            }
        }
        return results
    }

    static func run(daemon: BenchDaemon, label: String, method: String, parameters: @escaping @Sendable (Int) -> [String: JSONValue],
                    clients: Int, seconds: Double) throws -> Result {
        let box = SampleBox()
        let socket = daemon.socketPath
        let start = BenchMeasure.now()
        let deadline = start + seconds
        BenchFormat.threads(clients) { index in
            do {
                let client = try VarlinkClient(path: socket)
                defer { client.close() }
                var local: [Double] = []
                local.reserveCapacity(100_000)
                var i = index
                // Warm-up call, not counted.
                _ = try client.call(method, parameters(i))
                while true {
                    let before = BenchMeasure.now()
                    if before >= deadline { break }
                    _ = try client.call(method, parameters(i))
                    local.append(BenchMeasure.now() - before)
                    i += clients
                }
                box.add(local)
            } catch {
                box.fail("\(error)")
            }
        }
        let elapsed = BenchMeasure.now() - start
        if let failure = box.errors.first { throw BenchError("\(method): \(failure)") }
        var samples = LatencySamples()
        samples.merge(box.values)
        return Result(method: label, clients: clients, calls: samples.count, seconds: elapsed, samples: samples)
    }
}
