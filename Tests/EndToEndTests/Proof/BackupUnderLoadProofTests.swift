import Foundation
import LotseVarlink
import Testing

extension Proof {
    /// Backup while writers run: `Admin.Backup` (what `lotse admin backup` calls) taken in
    /// the middle of a stream of submits gives a file that passes `integrity_check`, holds
    /// only whole transactions, and that a fresh daemon starts from and serves.
    /// Run alone: `swift test --filter BackupUnderLoadProof`.
    @Suite(.serialized) struct BackupUnderLoadProofTests {
        final class Flag: @unchecked Sendable {
            private let lock = NSLock()
            private var raised = false
            var isRaised: Bool { lock.withLock { raised } }
            func raise() { lock.withLock { raised = true } }
        }

        @Test func aBackupTakenWhileFourClientsWriteIsConsistentAndAFreshDaemonStartsFromIt() throws {
            let daemon = try ProofDaemon.make()
            try daemon.start()
            let socket = daemon.socketPath
            let stop = Flag()
            let written = Collected<Int64>()
            let failures = Collected<String>()
            let group = DispatchGroup()
            for writer in 0..<4 {
                group.enter()
                Thread {
                    defer { group.leave() }
                    do {
                        let client = try VarlinkClient(path: socket)
                        defer { client.close() }
                        var sequence = 0
                        while !stop.isRaised {
                            sequence += 1
                            written.append(try ProofDaemon.submit(client, note: "c0-w\(writer)-\(sequence)"))
                        }
                    } catch {
                        failures.append("writer \(writer): \(error)")
                    }
                }.start()
            }
            while written.values.count < 20 { usleep(10_000) }
            var backups: [String] = []
            // Backups go only into a directory that is the daemon's alone.
            try FileManager.default.createDirectory(atPath: daemon.directory + "/backups", withIntermediateDirectories: true)
            chmod(daemon.directory + "/backups", 0o700)
            for index in 0..<3 {
                let path = daemon.directory + "/backups/backup-\(index).db"
                let output = try daemon.runLotse(["admin", "backup", path])
                #expect(output.status == 0, "\(output.stderr)")
                backups.append(path)
                usleep(50_000)
            }
            stop.raise()
            group.wait()
            #expect(failures.values == [])
            #expect(daemon.stop() == 0)
            let total = written.values.count

            for path in backups {
                #expect(try ProofDaemon.query(path, "PRAGMA integrity_check") == "ok")
                #expect(try ProofDaemon.query(path, "PRAGMA foreign_key_check") == "")
                // Whole transactions only: every referral has its submit audit entry and back.
                #expect(try ProofDaemon.query(path, """
                    SELECT count(*) FROM referrals r WHERE NOT EXISTS (SELECT 1 FROM audit_log a
                      WHERE a.action = 'referral.submit' AND a.record_id = CAST(r.id AS TEXT))
                    """) == "0")
                #expect(try ProofDaemon.query(path, """
                    SELECT count(*) FROM audit_log a WHERE a.action = 'referral.submit'
                      AND NOT EXISTS (SELECT 1 FROM referrals r WHERE CAST(r.id AS TEXT) = a.record_id)
                    """) == "0")
                let inBackup = Int(try ProofDaemon.query(path, "SELECT count(*) FROM referrals")) ?? -1
                #expect(inBackup > 0 && inBackup <= total)

                // A fresh daemon on a copy of the backup starts and serves it.
                let fresh = try ProofDaemon.make()
                try fresh.makePrivateDatabaseDirectory()
                try FileManager.default.copyItem(atPath: path, toPath: fresh.databasePath)
                chmod(fresh.databasePath, 0o600)
                try fresh.start()
                let listed = try fresh.call("org.lotse.Referrals.List", [:])
                #expect(listed["referrals"]?.arrayValue?.count == inBackup)
                let next = try fresh.client()
                #expect(try ProofDaemon.submit(next, note: "c1-w0-1") > 0)
                next.close()
                #expect(fresh.stop() == 0)
            }
            print("backup under load: \(total) submits by 4 writers, \(backups.count) backups consistent and served by a fresh daemon")
        }
    }
}
