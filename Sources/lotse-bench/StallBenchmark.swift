import CSQLite
import Foundation
import LotseVarlink
import LotseSystem

/// `lotse-bench stall`: no caller can stall the writer. While one connection adds 1 000
/// goals to one client's help plan and another lists all 10 000 referrals (each with its
/// own client) in a loop, a third submits referrals back to back; its latency is the
/// figure (goal: p99 ≤ 50 ms). The same submits alone first, for comparison.
///
/// All three act on the benchmark's one Unix account (caseworker and coordinator in the
/// bench configuration): the writer is shared by every account alike, so what is measured
/// — how long one caller's work holds the others — does not depend on whose they are.
struct StallBenchmark: BenchMode {
    static let name = "stall"
    static let summary = "submit p99 while 1 000 goals are added and 10 000 referrals listed in a loop [--goals 1000 --referrals 10000]"

    struct Result {
        var referrals: Int
        var alone: LatencySamples
        var loaded: LatencySamples
        var goals: LatencySamples
        var lists: LatencySamples
        var seconds: Double
    }

    static func run(_ arguments: [String]) -> Int32 {
        do {
            let result = try measure(goals: BenchFormat.option("--goals", in: arguments, default: 1000),
                                     referrals: BenchFormat.option("--referrals", in: arguments, default: 10_000))
            print(table(result))
            return result.loaded.percentile(0.99) <= 0.050 ? 0 : 2
        } catch {
            FileHandle.standardError.write(Data("lotse-bench stall: \(error)\n".utf8))
            return 1
        }
    }

    static func table(_ r: Result) -> String {
        func row(_ label: String, _ s: LatencySamples) -> String {
            BenchFormat.row([label, "\(s.count)", BenchFormat.ms(s.percentile(0.5)), BenchFormat.ms(s.percentile(0.99)),
                             BenchFormat.ms(s.percentile(1))])
        }
        return [
            BenchFormat.row(["calls", "count", "p50", "p99", "max"]),
            "|---|---|---|---|---|",
            row("Referrals.Submit alone", r.alone),
            row("Referrals.Submit during the load (goal p99 ≤ 50 ms)", r.loaded),
            row("HelpPlans.AddGoal, one client, growing plan", r.goals),
            row("Referrals.List of all \(r.referrals) referrals (coordinator)", r.lists),
            String(format: "\nload phase %.1f s", r.seconds),
        ].joined(separator: "\n")
    }

    static func measure(goals: Int, referrals: Int) throws -> Result {
        let daemon = try BenchDaemon(label: "stall")
        try daemon.start()
        daemon.stop()
        try seed(path: daemon.databasePath, clients: referrals)
        try daemon.start()
        defer { daemon.stop() }
        let socket = daemon.socketPath

        let submitter = try daemon.client()
        defer { submitter.close() }
        func submit(_ index: Int) throws -> Double {
            let before = BenchMeasure.now()
            _ = try submitter.call("org.lotse.Referrals.Submit", BenchDaemon.consultation("stall \(index)"))
            return BenchMeasure.now() - before
        }
        var alone = LatencySamples()
        for index in 0..<300 { alone.add(try submit(index)) }

        let goalClient = "K-2025-0001"
        let done = StopFlag(false)
        let goalBox = SampleBox(), listBox = SampleBox()
        let start = BenchMeasure.now()
        let goalThread = Thread {
            do {
                let client = try VarlinkClient(path: socket)
                defer { client.close() }
                var local: [Double] = []
                for index in 0..<goals {
                    let before = BenchMeasure.now()
                    _ = try client.call("org.lotse.HelpPlans.AddGoal", ["client": .string(goalClient), "domain": "language",
                                                                         "title": .string("Ziel \(index)")])
                    local.append(BenchMeasure.now() - before)
                }
                goalBox.add(local)
            } catch {
                goalBox.fail("\(error)")
            }
            done.set(true)
        }
        let listThread = Thread {
            do {
                // The reply of 10 000 referrals is several MiB, beyond a client's default limit.
                let client = try VarlinkClient(path: socket, maxMessageSize: 256 << 20)
                defer { client.close() }
                var local: [Double] = []
                while !done.value {
                    let before = BenchMeasure.now()
                    let reply = try client.call("org.lotse.Referrals.List")
                    local.append(BenchMeasure.now() - before)
                    if reply["referrals"]?.arrayValue?.count ?? 0 < referrals { throw BenchError("the list held fewer than \(referrals) referrals") }
                }
                listBox.add(local)
            } catch {
                listBox.fail("\(error)")
                done.set(true)
            }
        }
        for thread in [goalThread, listThread] {
            thread.stackSize = 1 << 20
            thread.start()
        }
        var loaded = LatencySamples()
        var index = 0
        while !done.value {
            loaded.add(try submit(1000 + index))
            index += 1
        }
        let seconds = BenchMeasure.now() - start
        while listBox.values.isEmpty && listBox.errors.isEmpty { Pause.milliseconds(10) }
        if let failure = goalBox.errors.first ?? listBox.errors.first { throw BenchError(failure) }
        var goalSamples = LatencySamples(), listSamples = LatencySamples()
        goalSamples.merge(goalBox.values)
        listSamples.merge(listBox.values)
        return Result(referrals: referrals, alone: alone, loaded: loaded, goals: goalSamples, lists: listSamples, seconds: seconds)
    }

    /// Writes `clients` clients (`K-2025-0001` …), each with one waiting referral, straight
    /// into the stopped daemon's database; the first client is the one whose plan grows.
    /// Year 2025, so the daemon's own pseudonyms (this year's) never collide with them.
    static func seed(path: String, clients: Int) throws {
        var handle: OpaquePointer?
        guard sqlite3_open(path, &handle) == SQLITE_OK, let db = handle else { throw BenchError("cannot open \(path)") }
        defer { sqlite3_close(db) }
        let user = BenchDaemon.userName
        let now = Int64(time(nil))
        let pseudonym = "'K-2025-' || CASE WHEN i < 1000 THEN substr('000' || i, -4) ELSE CAST(i AS TEXT) END"
        let sql = """
        CREATE TEMP TABLE n AS WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < \(clients)) SELECT i FROM k;
        INSERT INTO clients (pseudonym, caseworker, municipality, status, opened_on, created_at)
        SELECT \(pseudonym), '\(user)', 'ludwigsburg', 'active', '2025-01-02', \(now) FROM n;
        INSERT INTO referrals (client, caseworker, municipality, kind, urgency, urgency_reason, language, interpreter, note, status,
                               referred_on, consent_override_reason, created_at, updated_at)
        SELECT \(pseudonym), '\(user)', 'ludwigsburg', 'assessment', 'routine', 'Erstgespräch', 'de', 0,
               'Benchmark-Anmeldung ' || i, 'waiting', '2025-01-02', 'Benchmark ohne Einwilligung', \(now), \(now) FROM n;
        INSERT INTO id_sequences (name, last) VALUES ('referrals', (SELECT max(id) FROM referrals))
            ON CONFLICT (name) DO UPDATE SET last = excluded.last;
        """
        guard sqlite3_exec(db, "BEGIN; \(sql) COMMIT;", nil, nil, nil) == SQLITE_OK else {
            throw BenchError("seeding failed: \(String(cString: sqlite3_errmsg(db)))")
        }
    }
}

/// A flag shared by the benchmark's threads.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Bool
    init(_ value: Bool) { stored = value }
    var value: Bool { lock.withLock { stored } }
    func set(_ value: Bool) { lock.withLock { stored = value } }
}
