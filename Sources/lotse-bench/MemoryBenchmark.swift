import CSQLite
import Foundation
import LotseVarlink
import LotseSystem

/// `lotse-bench memory`: the daemon's resident memory (VmRSS) idle on an empty
/// database, then restarted on one holding 100 000 referrals — idle, and after serving
/// reads from 8 clients.
struct MemoryBenchmark: BenchMode {
    static let name = "memory"
    static let summary = "daemon RSS idle and with 100 000 referrals [--referrals 100000]"

    struct Result {
        var idleEmpty: (Int, Int)
        var referrals: Int
        var idleFull: (Int, Int)
        var afterReads: (Int, Int)
        var databaseBytes: Int
    }

    static func run(_ arguments: [String]) -> Int32 {
        do {
            print(table(try measure(referrals: BenchFormat.option("--referrals", in: arguments, default: 100_000))))
            return 0
        } catch {
            FileHandle.standardError.write(Data("lotse-bench memory: \(error)\n".utf8))
            return 1
        }
    }

    static func table(_ r: Result) -> String {
        [
            BenchFormat.row(["daemon state", "RSS", "of which private (RssAnon)"]),
            "|---|---|---|",
            BenchFormat.row(["idle, empty database", BenchFormat.mib(r.idleEmpty.0), BenchFormat.mib(r.idleEmpty.1)]),
            BenchFormat.row(["idle, \(r.referrals) referrals (database \(BenchFormat.mib(r.databaseBytes)))",
                             BenchFormat.mib(r.idleFull.0), BenchFormat.mib(r.idleFull.1)]),
            BenchFormat.row(["after 8 clients × 1 000 audited reads and Admin.Status", BenchFormat.mib(r.afterReads.0),
                             BenchFormat.mib(r.afterReads.1)]),
        ].joined(separator: "\n")
    }

    static func settle(_ daemon: BenchDaemon) throws -> (Int, Int) {
        let client = try daemon.client()
        _ = try client.call("org.varlink.service.GetInfo")
        client.close()
        Pause.milliseconds(500)
        return (daemon.residentBytes, daemon.anonymousBytes)
    }

    static func measure(referrals: Int) throws -> Result {
        let daemon = try BenchDaemon(label: "memory")
        try daemon.start()
        let idleEmpty = try settle(daemon)
        daemon.stop()
        try seed(path: daemon.databasePath, count: referrals)
        try daemon.start()
        defer { daemon.stop() }
        let idleFull = try settle(daemon)
        let box = SampleBox()
        let socket = daemon.socketPath
        BenchFormat.threads(8) { thread in
            do {
                let client = try VarlinkClient(path: socket)
                defer { client.close() }
                for index in 0..<1000 {
                    _ = try client.call("org.lotse.Referrals.Get", ["id": .integer(Int64(1 + (thread * 7919 + index * 97) % referrals))])
                }
                _ = try client.call("org.lotse.Admin.Status")
            } catch {
                box.fail("\(error)")
            }
        }
        if let failure = box.errors.first { throw BenchError("reads: \(failure)") }
        let after = (daemon.residentBytes, daemon.anonymousBytes)
        let size = (try? FileSystem.status(daemon.databasePath))?.size ?? 0
        return Result(idleEmpty: idleEmpty, referrals: referrals, idleFull: idleFull, afterReads: after, databaseBytes: size)
    }

    /// Writes `count` waiting consultation referrals straight into the (stopped) daemon's
    /// database, in one transaction: the figure is about holding them, not writing them.
    static func seed(path: String, count: Int) throws {
        var handle: OpaquePointer?
        guard sqlite3_open(path, &handle) == SQLITE_OK, let db = handle else { throw BenchError("cannot open \(path)") }
        defer { sqlite3_close(db) }
        let user = BenchDaemon.userName
        let now = Int64(time(nil))
        let sql = """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(count))
        INSERT INTO referrals (caseworker, municipality, kind, urgency, urgency_reason, language, interpreter, note, status,
                               referred_on, consent_override_reason, created_at, updated_at)
        SELECT '\(user)', 'ludwigsburg', 'consultation', 'routine', 'Fallberatung', 'de', 0,
               'Benchmark-Anmeldung ' || i, 'waiting', date('now'), 'Fallberatung ohne Klient', \(now), \(now) FROM n
        """
        guard sqlite3_exec(db, "BEGIN; \(sql); COMMIT;", nil, nil, nil) == SQLITE_OK else {
            throw BenchError("seeding failed: \(String(cString: sqlite3_errmsg(db)))")
        }
    }
}
