#if canImport(Glibc)
import Glibc
#endif
import CSQLite
import Foundation
import LotseVarlink

/// `lotse-bench submits`: durable submit latency through the daemon next to a bare
/// SQLite insert with `synchronous=FULL` in WAL mode, on the same disk and in the same
/// run (the ratio is the figure), then throughput with 8 concurrent clients against the
/// one-fsync-per-write ceiling the bare insert implies (group commit must beat it).
struct SubmitBenchmark: BenchMode {
    static let name = "submits"
    static let summary = "durable submit vs bare SQLite insert (synchronous=FULL), 8-client throughput [--count 300]"

    struct Result {
        var bare: LatencySamples
        var single: LatencySamples
        var concurrentCount: Int
        var concurrentSeconds: Double
        var concurrentSamples: LatencySamples
        var ratio: Double { bare.mean > 0 ? single.mean / bare.mean : 0 }
        var onePerFsync: Double { bare.mean > 0 ? 1 / bare.mean : 0 }
        var concurrentThroughput: Double { Double(concurrentCount) / concurrentSeconds }
    }

    static func run(_ arguments: [String]) -> Int32 {
        do {
            let result = try measure(count: BenchFormat.option("--count", in: arguments, default: 300))
            print(table(result))
            return 0
        } catch {
            FileHandle.standardError.write(Data("lotse-bench submits: \(error)\n".utf8))
            return 1
        }
    }

    static func table(_ r: Result) -> String {
        [
            BenchFormat.row(["measurement", "mean", "p50", "p99", "rate"]),
            "|---|---|---|---|---|",
            BenchFormat.row(["bare SQLite insert, WAL, synchronous=FULL", BenchFormat.ms(r.bare.mean), BenchFormat.ms(r.bare.percentile(0.5)),
                             BenchFormat.ms(r.bare.percentile(0.99)), BenchFormat.rate(1 / max(r.bare.mean, 1e-9))]),
            BenchFormat.row(["Referrals.Submit, 1 client", BenchFormat.ms(r.single.mean), BenchFormat.ms(r.single.percentile(0.5)),
                             BenchFormat.ms(r.single.percentile(0.99)), BenchFormat.rate(1 / max(r.single.mean, 1e-9))]),
            BenchFormat.row(["ratio submit / bare insert (mean)", String(format: "%.2f×", r.ratio), "", "", ""]),
            BenchFormat.row(["Referrals.Submit, 8 clients", BenchFormat.ms(r.concurrentSamples.mean),
                             BenchFormat.ms(r.concurrentSamples.percentile(0.5)), BenchFormat.ms(r.concurrentSamples.percentile(0.99)),
                             BenchFormat.rate(r.concurrentThroughput)]),
            BenchFormat.row(["one fsync per write (1 / bare insert)", "", "", "", BenchFormat.rate(r.onePerFsync)]),
        ].joined(separator: "\n")
    }

    static func measure(count: Int) throws -> Result {
        let daemon = try BenchDaemon(label: "submits")
        let bare = try bareInserts(path: daemon.directory + "/bare.db", count: count)
        try daemon.start()
        defer { daemon.stop() }
        let client = try daemon.client()
        _ = try client.call("org.lotse.Referrals.Submit", BenchDaemon.consultation("warm-up"))
        var single = LatencySamples()
        for index in 0..<count {
            let before = BenchMeasure.now()
            _ = try client.call("org.lotse.Referrals.Submit", BenchDaemon.consultation("single \(index)"))
            single.add(BenchMeasure.now() - before)
        }
        client.close()

        let box = SampleBox()
        let socket = daemon.socketPath
        let perClient = max(1, count / 2)
        let start = BenchMeasure.now()
        BenchFormat.threads(8) { thread in
            do {
                let client = try VarlinkClient(path: socket)
                defer { client.close() }
                var local: [Double] = []
                for index in 0..<perClient {
                    let before = BenchMeasure.now()
                    _ = try client.call("org.lotse.Referrals.Submit", BenchDaemon.consultation("t\(thread) \(index)"))
                    local.append(BenchMeasure.now() - before)
                }
                box.add(local)
            } catch {
                box.fail("\(error)")
            }
        }
        let seconds = BenchMeasure.now() - start
        if let failure = box.errors.first { throw BenchError("concurrent submits: \(failure)") }
        var concurrent = LatencySamples()
        concurrent.merge(box.values)
        return Result(bare: bare, single: single, concurrentCount: concurrent.count, concurrentSeconds: seconds, concurrentSamples: concurrent)
    }

    /// One row per transaction, as the daemon commits: BEGIN IMMEDIATE, INSERT, COMMIT.
    static func bareInserts(path: String, count: Int) throws -> LatencySamples {
        var handle: OpaquePointer?
        guard sqlite3_open(path, &handle) == SQLITE_OK, let db = handle else { throw BenchError("cannot open \(path)") }
        defer { sqlite3_close(db) }
        func exec(_ sql: String) throws {
            guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
                throw BenchError("\(sql): \(String(cString: sqlite3_errmsg(db)))")
            }
        }
        try exec("PRAGMA journal_mode=WAL")
        try exec("PRAGMA synchronous=FULL")
        try exec("CREATE TABLE referrals (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, note TEXT NOT NULL, created_at INTEGER NOT NULL)")
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, "INSERT INTO referrals (kind, note, created_at) VALUES ('consultation', ?, ?)", -1, &statement, nil) == SQLITE_OK,
              let insert = statement else { throw BenchError("prepare failed") }
        defer { sqlite3_finalize(insert) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        var samples = LatencySamples()
        for index in 0...count {
            let before = BenchMeasure.now()
            try exec("BEGIN IMMEDIATE")
            let note = "bare \(index)"
            sqlite3_bind_text(insert, 1, note, -1, transient)
            sqlite3_bind_int64(insert, 2, Int64(time(nil)))
            guard sqlite3_step(insert) == SQLITE_DONE else { throw BenchError("insert failed: \(String(cString: sqlite3_errmsg(db)))") }
            sqlite3_reset(insert)
            try exec("COMMIT")
            if index > 0 { samples.add(BenchMeasure.now() - before) }  // the first one warms up
        }
        return samples
    }
}
