#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseVarlink
import Testing

extension Proof {
    /// Full disk: the database lives on a 4 MiB tmpfs that fills up. Writes then fail with
    /// a clear error to the client, the daemon and pure reads keep working, nothing is
    /// corrupted, and writes succeed again as soon as space returns — without a restart.
    /// Reads of client data are audited, so they are refused too while the audit log cannot
    /// be written (no access without a trace). Needs root for `mount` (tests run as root, in
    /// CI too). Run alone: `swift test --filter FullDiskProof`.
    @Suite(.serialized) struct FullDiskProofTests {
        @Test func aFullDiskRefusesWritesClearlyKeepsReadingAndRecoversWhenSpaceReturns() throws {
            let daemon = try ProofDaemon.make()
            let mountPoint = daemon.directory + "/db"
            try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
            let mounted = try DaemonHarness.run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", mountPoint])
            try #require(mounted.status == 0, "mount needs root: \(mounted.stderr)")
            defer { _ = try? DaemonHarness.run("/usr/bin/umount", ["-l", mountPoint]) }
            try daemon.start()
            let client = try daemon.client()
            defer { client.close() }
            let before = try ProofDaemon.submit(client, note: "c0-w0-1")

            // Fill the file system, leaving a little room, then write until SQLite says full.
            let filler = mountPoint + "/filler"
            _ = try DaemonHarness.run("/usr/bin/dd", ["if=/dev/zero", "of=\(filler)", "bs=64k", "count=1000"])
        // Give back 64 KiB, so a few writes still fit before the end.
        let size = (try FileManager.default.attributesOfItem(atPath: filler)[.size] as? NSNumber)?.int64Value ?? 0
        #expect(truncate(filler, off_t(max(0, size - 65_536))) == 0)
            var fullError: VarlinkError?
            var acknowledged: [Int64] = [before]
            for sequence in 2..<5000 {
                do {
                    acknowledged.append(try ProofDaemon.submit(client, note: "c0-w0-\(sequence)" + String(repeating: "x", count: 400)))
                } catch VarlinkClientError.remote(let error) {
                    fullError = error
                    break
                }
            }
            let error = try #require(fullError, "the disk never filled up")
        #expect(acknowledged.count > 1, "no write fitted into the space left")
            #expect(error.name == "org.lotse.Referrals.DatabaseError")
            let message = error.parameters["message"]?.stringValue ?? ""
            #expect(message.lowercased().contains("full"), "the message does not say the disk is full: \(message)")

            // Still serving: the service, and a pure read of the database.
            #expect(daemon.isRunning)
            #expect(try client.call("org.varlink.service.GetInfo", timeoutMilliseconds: 30_000)["product"] == "lotsed")
            let status = try client.call("org.lotse.Admin.Status", timeoutMilliseconds: 30_000)
            #expect(status["counts"]?["referrals"]?.integerValue == Int64(acknowledged.count))
            #expect(try ProofDaemon.query(daemon.databasePath, "PRAGMA integrity_check") == "ok")

            // Space returns: the very next write succeeds, on the same connection and daemon.
            try FileManager.default.removeItem(atPath: filler)
            let after = try ProofDaemon.submit(client, note: "c0-w0-9999")
            #expect(after > (acknowledged.last ?? 0))
            let listed = try client.call("org.lotse.Referrals.List", [:], timeoutMilliseconds: 30_000)
            #expect(listed["referrals"]?.arrayValue?.count == acknowledged.count + 1)
            client.close()
            #expect(daemon.stop() == 0)
            #expect(try ProofDaemon.query(daemon.databasePath, "PRAGMA integrity_check") == "ok")
            print("full disk: \(acknowledged.count) writes before SQLITE_FULL; error \(error.name): \(message); recovered without restart")
        }
    }
}
