#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseVarlink
import Testing

extension Proof {
    /// Reproduction 3 of issue 12: 64 idle connections of an account without a role locked
    /// every caseworker out, and pinging kept them past the idle timeout. Admission now
    /// happens at accept, by real Unix accounts' peer credentials: an account without a
    /// role holds no connection at all, and one account holds at most
    /// `max_connections_per_account`. Run alone: `swift test --filter AdmissionProof`.
    @Suite(.serialized) struct AdmissionProofTests {
        static let stranger = "lotse-e2e-nobody"
        static let crowdCaseworker = "lotse-e2e-adm-cw1"
        static let probeCaseworker = "lotse-e2e-adm-cw2"

        /// Threads of a process (`Threads:` in /proc/PID/status): one per held connection.
        static func threadCount(_ pid: Int32) -> Int {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
            for line in text.split(separator: "\n") where line.hasPrefix("Threads:") { return Int(line.filter(\.isNumber)) ?? 0 }
            return 0
        }

        /// The median and the largest of `values`.
        static func median(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            return sorted.isEmpty ? .infinity : sorted[sorted.count / 2]
        }

        /// The figure of the issue: a role-less account keeps 1 000 connections pinging every
        /// second (each refused one reconnects the next second, about 1 000 connects a
        /// second), a caseworker holds 200 more, pinging every second; a second caseworker's
        /// call — a fresh connection and `Specialists.List`, timed from connect to reply —
        /// still answers: the **median** of the probes is at most 100 ms and none fails (the
        /// largest is printed). The limits are raised so that the first caseworker's 200 are
        /// really held (the default per-account limit, 16, is proven below). Every refused
        /// connection is in the audit log, coalesced, with the exact count.
        @Test func aRoleLessThousandAndTwoHundredCaseworkerConnectionsLeaveAnotherCaseworkerServed() throws {
            let stranger = try TestUser.ensure(Self.stranger)
            let holder = try TestUser.ensure(Self.crowdCaseworker)
            let prober = try TestUser.ensure(Self.probeCaseworker)
            let seconds = Double(ProofLevel.count(fast: 12, full: 60))
            let probes = ProofLevel.count(fast: 25, full: 200)
            let daemon = try DaemonHarness(roles: "admins = root\ncaseworkers = \(holder.name), \(prober.name)",
                                           daemonSection: "max_connections = 256\nmax_connections_per_account = 200")
            try daemon.start()

            let roleLess = ForeignCrowd.crowd(socket: daemon.socketPath, count: 1000, seconds: seconds, as: stranger)
            let caseworker = ForeignCrowd.crowd(socket: daemon.socketPath, count: 200, seconds: seconds, as: holder)
            // Let both crowds be in (the caseworker's 200 admitted, the role-less reconnecting).
            usleep(3_000_000)
            let threadSamples = Collected<Int>()
            let daemonPID = daemon.pid
            let watcher = Thread {
                let until = Date().addingTimeInterval(seconds - 4)
                while Date() < until {
                    threadSamples.append(Self.threadCount(daemonPID))
                    usleep(100_000)
                }
            }
            watcher.start()
            let probe = try ForeignCrowd.probe(socket: daemon.socketPath, count: probes, method: "org.lotse.Specialists.List", as: prober)
            let strangerReport = try roleLess.wait()
            let holderReport = try caseworker.wait()
            let threadsSeen = threadSamples.values.max() ?? 0

            let median = Self.median(probe.latencies)
            print("admission: \(probe.latencies.count) probes of a second caseworker beside 1000 role-less and 200 caseworker connections: median \(String(format: "%.2f", median)) ms, max \(String(format: "%.2f", probe.latencies.max() ?? 0)) ms; role-less: \(strangerReport.text); caseworker: \(holderReport.text); daemon threads at most \(threadsSeen)")
            #expect(probe.errors == [], "the second caseworker's calls failed: \(probe.errors)")
            #expect(probe.latencies.count == probes)
            #expect(median <= 100, "median \(median) ms")

            // The role-less account tried at least its thousand and held nothing.
            #expect(strangerReport.connected >= 1000, "\(strangerReport.text)")
            #expect(strangerReport.answered == 0 && strangerReport.heldMax == 0, "\(strangerReport.text)")
            #expect(strangerReport.refused.keys.sorted() == ["org.lotse.Admission.NoRole"], "\(strangerReport.text)")
            // The caseworker held its 200, every ping answered, nothing refused.
            #expect(holderReport.heldMax == 200, "\(holderReport.text)")
            #expect(holderReport.connected == 200 && holderReport.refused.isEmpty, "\(holderReport.text)")
            // One thread per held connection: the caseworker's 200 and the probe's one, not
            // the role-less thousand (slack for the daemon's own threads: accept, timers,
            // mail, audit).
            #expect(threadsSeen <= 200 + 1 + 40, "\(threadsSeen) threads in the daemon")

            // Every refused connection is audited, as coalesced denials with the exact count.
            usleep(500_000)
            #expect(daemon.stop() == 0)
            let audit = try ProofDaemon.query(daemon.databasePath,
                "SELECT count(*), \(DeniedCalls.sum), count(DISTINCT at / 60) FROM audit_log WHERE outcome = 'denied' AND uid = \(stranger.uid) AND action = 'daemon.connect'")
            let fields = audit.split(separator: "|").compactMap { Int($0) }
            #expect(fields.count == 3, "\(audit)")
            if fields.count == 3 {
                #expect(fields[1] == strangerReport.connected, "\(fields[1]) refusals audited, \(strangerReport.connected) connects")
                #expect(fields[0] <= 2 * fields[2] + 2, "\(fields[0]) audit entries over \(fields[2]) minutes")
            }
            #expect(daemon.log.contains("connections of uid \(stranger.uid)") || daemon.log.contains("a connection of uid \(stranger.uid)"))
        }

        /// The shipped limits (64 at once, 16 per account): a caseworker who opens 40
        /// connections holds 16, the rest are refused with `ConnectionLimitReached`
        /// (`scope: account`), and their `lotse` exits 75 with a sentence; another
        /// caseworker is served meanwhile.
        @Test func oneAccountHoldsAtMostItsShareAndTheOthersAreServed() throws {
            let holder = try TestUser.ensure(Self.crowdCaseworker)
            let prober = try TestUser.ensure(Self.probeCaseworker)
            let daemon = try DaemonHarness(roles: "admins = root\ncaseworkers = \(holder.name), \(prober.name)",
                                           extraSections: CaseworkFixture.sections)
            try daemon.start()
            let crowd = ForeignCrowd.crowd(socket: daemon.socketPath, count: 40, seconds: 6, as: holder)
            usleep(2_500_000)
            let blocked = try daemon.runLotse(["referral", "list"], as: holder)
            let german = try daemon.runLotse(["referral", "list"], as: holder, environment: ["LANG": "de_DE.UTF-8"])
            let served = try daemon.runLotse(["referral", "list"], as: prober)
            let probe = try ForeignCrowd.probe(socket: daemon.socketPath, count: 5, method: "org.lotse.Specialists.List", as: prober)
            let report = try crowd.wait()
            #expect(report.heldMax == 16, "\(report.text)")
            #expect(report.refused.keys.sorted() == ["org.lotse.Admission.ConnectionLimitReached"], "\(report.text)")
            #expect(blocked.status == 75, "\(blocked.stderr)")
            #expect(blocked.stderr.contains("Your account already holds 16 connections"), "\(blocked.stderr)")
            #expect(german.stderr.contains("Ihr Konto hält schon 16 Verbindungen"), "\(german.stderr)")
            #expect(served.status == 0, "\(served.stderr)")
            #expect(probe.errors == [])
            #expect(daemon.log.contains("the account's connection limit of 16 reached"), "\(daemon.log)")
            #expect(daemon.stop() == 0)
        }

        /// Each connection's idle deadline is its own: a caseworker pinging on three
        /// connections keeps them open, but not another account's silent connection past
        /// `idle_timeout_seconds`; an account without a role holds none to keep alive (its
        /// connection is closed at once, ping or not).
        @Test func pingingOnOneConnectionNeverExtendsAnothersIdleTimeout() throws {
            let holder = try TestUser.ensure(Self.crowdCaseworker)
            let stranger = try TestUser.ensure(Self.stranger)
            let daemon = try DaemonHarness(roles: "admins = root\ncaseworkers = \(holder.name)", daemonSection: "idle_timeout_seconds = 2")
            try daemon.start()
            // Root (admin) holds one silent connection; the caseworker pings on three for 5 s.
            let silent = try VarlinkConnection.connect(path: daemon.socketPath)
            _ = try VarlinkClient(connection: silent).call("org.varlink.service.GetInfo")
            let opened = Date()
            let pinging = ForeignCrowd.crowd(socket: daemon.socketPath, count: 3, seconds: 5, as: holder)
            let roleLess = ForeignCrowd.crowd(socket: daemon.socketPath, count: 3, seconds: 5, as: stranger)
            var poller = pollfd(fd: silent.fileDescriptor, events: Int16(POLLIN), revents: 0)
            #expect(poll(&poller, 1, 6_000) == 1)
            var byte: UInt8 = 0
            #expect(recv(silent.fileDescriptor, &byte, 1, 0) == 0, "the silent connection was not closed")
            let closedAfter = Date().timeIntervalSince(opened)
            #expect(closedAfter < 4, "closed after \(closedAfter) s with a 2 s idle limit")
            silent.close()
            let report = try pinging.wait()
            #expect(report.connected == 3 && report.heldMax == 3 && report.refused.isEmpty, "pinging keeps its own open: \(report.text)")
            let stray = try roleLess.wait()
            #expect(stray.heldMax == 0 && stray.answered == 0, "\(stray.text)")
            #expect(daemon.stop() == 0)
        }

        /// A reload that takes an account's last role ends its open connections at their
        /// next call (one `org.lotse.Admission.NoRole`, then closed), and its reconnects are refused
        /// at accept: pinging keeps nothing alive.
        @Test func aReloadThatTakesTheLastRoleEndsTheAccountsOpenConnections() throws {
            let holder = try TestUser.ensure(Self.crowdCaseworker)
            let daemon = try DaemonHarness(roles: "admins = root\ncaseworkers = \(holder.name)")
            try daemon.start()
            let crowd = ForeignCrowd.crowd(socket: daemon.socketPath, count: 3, seconds: 6, as: holder)
            usleep(2_500_000)
            try daemon.writeConfig(daemon.configText(roles: "admins = root"))
            daemon.signal(SIGHUP)
            try waitFor { daemon.log.contains("configuration reloaded") }
            let report = try crowd.wait()
            #expect(report.heldMax == 3, "\(report.text)")
            // Three open connections refused at their next ping, then every reconnect.
            #expect((report.refused["org.lotse.Admission.NoRole"] ?? 0) >= 6, "\(report.text)")
            #expect(report.connected >= 6, "\(report.text)")
            #expect(daemon.log.contains("the account no longer has a role"), "\(daemon.log)")
            #expect(daemon.stop() == 0)
        }
    }
}
