#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseVarlink
import Testing

extension Proof {
    /// Crash suite: `lotsed` is killed with SIGKILL at random moments while 8 clients submit
    /// and update referrals. After every restart each write whose success reply reached its
    /// client is there, `PRAGMA integrity_check` says `ok`, and nothing half-written is
    /// visible (a referral without its audit entry, an update without its entry or the
    /// other way round, a note that is neither the submitted nor the updated text).
    ///
    /// Fast: 10 cycles in `swift test`. Full: `LOTSE_PROOF=full swift test --filter CrashRecoveryProof`
    /// (100 cycles). `LOTSE_PROOF_SEED` replays a run's kill moments.
    @Suite(.serialized) struct CrashRecoveryProofTests {
        /// What the clients were told, shared by the writer threads.
        final class Ledger: @unchecked Sendable {
            private let lock = NSLock()
            /// Acknowledged note per referral id.
            private var acknowledged: [Int64: String] = [:]
            /// An update sent but not (yet) acknowledged: the row may hold either text.
            private var inFlight: [Int64: String] = [:]
            private var problems: [String] = []
            private(set) var submits = 0
            private(set) var updates = 0

            func submitted(_ id: Int64, note: String) {
                lock.withLock {
                    if acknowledged[id] != nil { problems.append("referral id \(id) was handed out twice") }
                    acknowledged[id] = note
                    submits += 1
                }
            }
            func updating(_ id: Int64, note: String) { lock.withLock { inFlight[id] = note } }
            func updated(_ id: Int64, note: String) {
                lock.withLock {
                    acknowledged[id] = note
                    inFlight[id] = nil
                    updates += 1
                }
            }
            func problem(_ text: String) { lock.withLock { problems.append(text) } }
            var snapshot: (acknowledged: [Int64: String], inFlight: [Int64: String], problems: [String]) {
                lock.withLock { (acknowledged, inFlight, problems) }
            }
        }

        @Test func killedAtRandomMomentsTheDaemonKeepsEveryAcknowledgedWriteAndNothingHalfWritten() throws {
            let cycles = ProofLevel.count(fast: 10, full: 100)
            var random = SeededGenerator(seed: ProofLevel.seed)
            let daemon = try ProofDaemon.make()
            let ledger = Ledger()
            for cycle in 0..<cycles {
                try daemon.start()
                if cycle > 0 { try verify(daemon, ledger, after: cycle) }
                let socket = daemon.socketPath
                let group = DispatchGroup()
                for writer in 0..<8 {
                    group.enter()
                    let thread = Thread {
                        Self.write(socket: socket, prefix: "c\(cycle)-w\(writer)", ledger: ledger)
                        group.leave()
                    }
                    thread.stackSize = 1 << 20
                    thread.start()
                }
                // The kill lands anywhere from the first submits to well into the stream.
                usleep(UInt32.random(in: 50_000...800_000, using: &random))
                daemon.kill9()
                #expect(group.wait(timeout: .now() + 60) == .success, "writers did not notice the dead daemon")
            }
            try daemon.start()
            try verify(daemon, ledger, after: cycles)
            let totals = ledger.snapshot
            #expect(totals.problems == [])
            // The run must have written something in most cycles, or it proves nothing.
            #expect(ledger.submits >= cycles && ledger.updates > 0, "only \(ledger.submits) acknowledged submits and \(ledger.updates) updates in \(cycles) cycles")
            print("crash suite: \(cycles) kill -9 cycles, \(ledger.submits) acknowledged submits, \(ledger.updates) acknowledged updates, all present")
            #expect(daemon.stop() == 0)
        }

        /// One writer: submit, then update, until the connection breaks.
        static func write(socket: String, prefix: String, ledger: Ledger) {
            guard let client = try? VarlinkClient(path: socket) else { return }
            defer { client.close() }
            var sequence = 0
            while true {
                sequence += 1
                let note = "\(prefix)-\(sequence)"
                let id: Int64
                do {
                    id = try ProofDaemon.submit(client, note: note, timeout: 20_000)
                } catch VarlinkClientError.remote(let error) {
                    ledger.problem("\(note): Submit answered \(error)")
                    return
                } catch {
                    return
                }
                ledger.submitted(id, note: note)
                let changed = note + "-u"
                ledger.updating(id, note: changed)
                do {
                    try ProofDaemon.update(client, id: id, note: changed, timeout: 20_000)
                } catch VarlinkClientError.remote(let error) {
                    ledger.problem("\(changed): Update answered \(error)")
                    return
                } catch {
                    return
                }
                ledger.updated(id, note: changed)
            }
        }

        func verify(_ daemon: DaemonHarness, _ ledger: Ledger, after cycle: Int) throws {
            let db = daemon.databasePath
            #expect(try ProofDaemon.query(db, "PRAGMA integrity_check") == "ok", "cycle \(cycle)")
            #expect(try ProofDaemon.query(db, "PRAGMA foreign_key_check") == "", "cycle \(cycle)")
            var rows: [Int64: String] = [:]
            let listing = try ProofDaemon.query(db, "SELECT id, note FROM referrals")
            for line in listing.split(separator: "\n") {
                let parts = line.split(separator: "|", maxSplits: 1)
                guard parts.count == 2, let id = Int64(parts[0]) else { continue }
                rows[id] = String(parts[1])
            }
            let (acknowledged, inFlight, _) = ledger.snapshot
            for (id, note) in acknowledged {
                guard let stored = rows[id] else {
                    Issue.record("cycle \(cycle): acknowledged referral \(id) (\(note)) is missing")
                    continue
                }
                if stored != note && stored != inFlight[id] {
                    Issue.record("cycle \(cycle): referral \(id) holds \"\(stored)\", acknowledged was \"\(note)\"")
                }
            }
            // Nothing half-written: each row is whole, with exactly its audit entries.
            let pattern = /c\d+-w\d-\d+(-u)?/
            for (id, note) in rows where note.wholeMatch(of: pattern) == nil {
                Issue.record("cycle \(cycle): referral \(id) holds a note no client sent: \"\(note)\"")
            }
            // Joins on grouped audit rows (the log has no index on record_id; correlated
            // subqueries would grow quadratically with the run).
            #expect(try ProofDaemon.query(db, """
                SELECT count(*) FROM referrals r LEFT JOIN (SELECT record_id, count(*) AS n FROM audit_log
                  WHERE action = 'referral.submit' GROUP BY record_id) a ON a.record_id = CAST(r.id AS TEXT)
                WHERE ifnull(a.n, 0) != 1
                """) == "0", "cycle \(cycle): a referral without exactly one submit audit entry")
            #expect(try ProofDaemon.query(db, """
                SELECT count(*) FROM referrals r LEFT JOIN (SELECT DISTINCT record_id FROM audit_log
                  WHERE action = 'referral.update') u ON u.record_id = CAST(r.id AS TEXT)
                WHERE (r.note LIKE '%-u') != (u.record_id IS NOT NULL)
                """) == "0", "cycle \(cycle): an update and its audit entry disagree")
            #expect(try ProofDaemon.query(db, """
                SELECT count(*) FROM audit_log a LEFT JOIN referrals r ON r.id = CAST(a.record_id AS INTEGER)
                WHERE a.action IN ('referral.submit', 'referral.update') AND r.id IS NULL
                """) == "0", "cycle \(cycle): an audit entry for a referral that is not there")
        }
    }
}
