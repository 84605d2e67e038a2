import Foundation
import LotseVarlink
import Testing

/// Many clients at once against a real lotsed.
@Suite struct ConcurrencyTests {
    @Test func fiftyClientsCallingAtOnceAllGetCorrectRepliesWhileTwentySitIdle() throws {
        // 70 connections at once: above the configuration's default limit of 64.
        let daemon = try DaemonHarness(daemonSection: "max_connections = 100\nmax_connections_per_account = 100")
        try daemon.start()
        // Twenty connections that connect and then say nothing.
        var idle: [VarlinkConnection] = []
        for _ in 0..<20 { idle.append(try VarlinkConnection.connect(path: daemon.socketPath)) }

        let socket = daemon.socketPath
        let failures = Collected<String>()
        let successes = Collected<Int>()
        concurrently(50) { index in
            do {
                let client = try VarlinkClient(path: socket)
                defer { client.close() }
                // Each client's own value comes back to it, not to a neighbour.
                let slept = try client.call("org.lotse.Testing.Sleep", ["milliseconds": .integer(Int64(index % 7))],
                                            timeoutMilliseconds: 30_000)
                guard slept["slept"]?.integerValue == Int64(index % 7) else {
                    failures.append("client \(index): Sleep replied \(slept)")
                    return
                }
                let status = try client.call("org.lotse.Admin.Status", timeoutMilliseconds: 30_000)
                guard status["version"]?.stringValue?.isEmpty == false, status["counts"]?.objectValue != nil else {
                    failures.append("client \(index): Status replied \(status)")
                    return
                }
                let info = try client.call("org.varlink.service.GetInfo", timeoutMilliseconds: 30_000)
                guard info["product"] == "lotsed" else {
                    failures.append("client \(index): GetInfo replied \(info)")
                    return
                }
                successes.append(index)
            } catch {
                failures.append("client \(index): \(error)")
            }
        }
        #expect(failures.values == [])
        #expect(successes.values.sorted() == Array(0..<50))

        // The idle connections are still open and served.
        for connection in idle {
            let client = VarlinkClient(connection: connection)
            #expect(try client.call("org.varlink.service.GetInfo", timeoutMilliseconds: 10_000)["product"] == "lotsed")
            client.close()
        }
        #expect(daemon.stop() == 0)
    }

    @Test func aSilentClientDoesNotDelayOthers() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        // One client sends half a message and stalls; another is served meanwhile.
        let stalled = try VarlinkConnection.connect(path: daemon.socketPath)
        try stalled.sendRaw(Array(#"{"method":"org.varlink.serv"#.utf8))
        let busy = try daemon.client()
        try busy.call(VarlinkCall(method: "org.lotse.Testing.Sleep", parameters: ["milliseconds": 5_000], oneway: true)) { _ in }
        #expect(try daemon.call("org.varlink.service.GetInfo")["product"] == "lotsed")
        stalled.close()
        busy.close()
        #expect(daemon.stop() == 0)
    }

    @Test func connectionsBeyondTheLimitAreClosedAndOthersServed() throws {
        let daemon = try DaemonHarness(daemonSection: "max_connections = 3")
        try daemon.start()
        var held: [VarlinkClient] = []
        // The harness's own readiness probe may still count against the limit until the
        // server has noticed its close (asynchronously, slower under load): retry a refused
        // connect instead of failing on it, but hold exactly three in the end.
        for _ in 0..<3 {
            var admitted: VarlinkClient?
            for _ in 0..<200 where admitted == nil {
                let client = try daemon.client()
                if (try? client.call("org.varlink.service.GetInfo")) != nil { admitted = client } else { client.close(); usleep(20_000) }
            }
            let client = try #require(admitted, "a connection below the limit was never admitted")
            held.append(client)
        }
        let extra = try daemon.client()
        #expect(throws: VarlinkClientError.self) { _ = try extra.call("org.varlink.service.GetInfo", timeoutMilliseconds: 10_000) }
        held.removeLast().close()
        // The freed slot is usable again (the server notices the close asynchronously).
        var served = false
        for _ in 0..<200 where !served {
            if let reply = try? daemon.call("org.varlink.service.GetInfo"), reply["product"] == "lotsed" { served = true } else { usleep(20_000) }
        }
        #expect(served)
        #expect(daemon.log.contains("connection limit of 3 reached"))
        for client in held { client.close() }
        #expect(daemon.stop() == 0)
    }
}
