#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseVarlink
import Testing

/// Slow and idle clients: 500 connections that say nothing and 50 that send one byte a
/// second do not delay a normal call beyond 100 ms, and the idle limit closes them all
/// as configured (`idle_timeout_seconds` bounds the whole next message, so a drip is
/// cut off like silence). `max_connections` is raised to 1000 for this test; the limit
/// itself is proven in ConcurrencyTests. Run alone: `swift test --filter SlowClientProof`.
@Suite(.serialized) struct SlowClientProofTests {
    static let idleTimeoutSeconds = 6

    @Test func fiveHundredIdleAndFiftyDrippingClientsDoNotDelayANormalCallAndAreClosedByTheLimit() throws {
        let daemon = try ProofDaemon.make(daemonSection: "max_connections = 1000\nidle_timeout_seconds = \(Self.idleTimeoutSeconds)")
        try daemon.start()
        let opened = Date()
        var idle: [VarlinkConnection] = []
        for _ in 0..<500 { idle.append(try VarlinkConnection.connect(path: daemon.socketPath)) }
        let socket = daemon.socketPath
        let dripClosedAfter = Collected<Double>()
        let group = DispatchGroup()
        for _ in 0..<50 {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                guard let connection = try? VarlinkConnection.connect(path: socket) else { return }
                defer { connection.close() }
                let started = Date()
                for byte in Array(#"{"method":"org.varlink.service.GetInfo"}"#.utf8) + [0] {
                    do { try connection.sendRaw([byte]) } catch { break }
                    // Wait a second, noticing a close by the daemon meanwhile.
                    var poller = pollfd(fd: connection.fileDescriptor, events: Int16(POLLIN), revents: 0)
                    if poll(&poller, 1, 1000) > 0 { break }
                }
                dripClosedAfter.append(Date().timeIntervalSince(started))
            }
            thread.stackSize = 256 * 1024
            thread.start()
        }
        usleep(300_000)
        // Normal calls meanwhile: a status read (database) and the service description.
        let client = try daemon.client()
        var latencies: [Double] = []
        for index in 0..<60 {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try client.call(index % 2 == 0 ? "org.lotse.Admin.Status" : "org.varlink.service.GetInfo", timeoutMilliseconds: 30_000)
            latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            usleep(50_000)
        }
        client.close()
        latencies.sort()
        let p95 = latencies[Int(Double(latencies.count - 1) * 0.95)]
        let maximum = latencies.last ?? 0
        // The goal is 100 ms; on a shared two-core machine one outlier may come from the
        // scheduler, so the 95th percentile carries the assertion and the maximum is printed.
        #expect(p95 <= 100, "95th percentile \(p95) ms (max \(maximum) ms)")

        // The limit closes every idle connection after idle_timeout_seconds.
        var closedIdle = 0
        for connection in idle {
            var poller = pollfd(fd: connection.fileDescriptor, events: Int16(POLLIN), revents: 0)
            let remaining = Double(Self.idleTimeoutSeconds + 5) - Date().timeIntervalSince(opened)
            if poll(&poller, 1, Int32(max(0, remaining) * 1000)) > 0 {
                var byte: UInt8 = 0
                if recv(connection.fileDescriptor, &byte, 1, 0) <= 0 { closedIdle += 1 }
            }
            connection.close()
        }
        #expect(closedIdle == 500)
        #expect(group.wait(timeout: .now() + 30) == .success)
        let drips = dripClosedAfter.values
        #expect(drips.count == 50)
        // Each drip needed 42 s to finish its message; the daemon cut every one off at
        // its deadline (plus a second of polling and scheduling slack).
        #expect(drips.allSatisfy { $0 < Double(Self.idleTimeoutSeconds) + 3 }, "drip clients closed after \(drips.max() ?? 0) s")
        #expect(try daemon.call("org.varlink.service.GetInfo")["product"] == "lotsed")
        print("slow clients: 500 idle + 50 dripping; normal call p50 \(latencies[latencies.count / 2]) ms, p95 \(p95) ms, max \(maximum) ms; all 550 closed by the \(Self.idleTimeoutSeconds) s limit")
        #expect(daemon.stop() == 0)
    }
}
