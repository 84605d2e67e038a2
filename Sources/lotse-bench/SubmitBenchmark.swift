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
        let bare = try BareInserter(path: daemon.directory + "/bare.db")
        try daemon.start()
        defer { daemon.stop() }
        let client = try daemon.client()
        _ = try client.call("org.lotse.Referrals.Submit", BenchDaemon.consultation("warm-up"))
        _ = try bare.insert("warm-up")
        // Interleaved, one bare insert then one submit, so both see the same disk: a
        // virtual disk's fsync time drifts (here between 0.25 and 8 ms) within a minute.
        var bareSamples = LatencySamples()
        var single = LatencySamples()
        for index in 0..<count {
            bareSamples.add(try bare.insert("bare \(index)"))
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
        return Result(bare: bareSamples, single: single, concurrentCount: concurrent.count, concurrentSeconds: seconds, concurrentSamples: concurrent)
    }
}

/// The comparison: one row per transaction, as the daemon commits (BEGIN IMMEDIATE,
/// INSERT, COMMIT), in WAL mode with `synchronous=FULL`, on the daemon's disk.
final class BareInserter {
    private let db: OpaquePointer
    private let statement: OpaquePointer
    private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(path: String) throws {
        var handle: OpaquePointer?
        guard sqlite3_open(path, &handle) == SQLITE_OK, let opened = handle else { throw BenchError("cannot open \(path)") }
        db = opened
        for sql in ["PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                    "CREATE TABLE referrals (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, note TEXT NOT NULL, created_at INTEGER NOT NULL)"]
        where sqlite3_exec(opened, sql, nil, nil, nil) != SQLITE_OK {
            let message = String(cString: sqlite3_errmsg(opened))
            sqlite3_close(opened)
            throw BenchError("\(sql): \(message)")
        }
        var prepared: OpaquePointer?
        guard sqlite3_prepare_v2(opened, "INSERT INTO referrals (kind, note, created_at) VALUES ('consultation', ?, ?)", -1, &prepared, nil) == SQLITE_OK,
              let insert = prepared else {
            sqlite3_close(opened)
            throw BenchError("prepare failed")
        }
        statement = insert
    }

    deinit {
        sqlite3_finalize(statement)
        sqlite3_close(db)
    }

    /// One durable insert; returns its wall time in seconds.
    func insert(_ note: String) throws -> Double {
        let before = BenchMeasure.now()
        guard sqlite3_exec(db, "BEGIN IMMEDIATE", nil, nil, nil) == SQLITE_OK else { throw BenchError("BEGIN failed") }
        sqlite3_bind_text(statement, 1, note, -1, transient)
        sqlite3_bind_int64(statement, 2, Int64(time(nil)))
        guard sqlite3_step(statement) == SQLITE_DONE else { throw BenchError("insert failed: \(String(cString: sqlite3_errmsg(db)))") }
        sqlite3_reset(statement)
        guard sqlite3_exec(db, "COMMIT", nil, nil, nil) == SQLITE_OK else { throw BenchError("COMMIT failed") }
        return BenchMeasure.now() - before
    }
}
