import Foundation
import LotseVarlink
import Testing

/// org.varlink.service against a real lotsed: introspection and the standard errors.
@Suite struct ServiceInterfaceTests {
    @Test func getInfoListsTheServiceAndEveryInterface() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let info = try daemon.call("org.varlink.service.GetInfo")
        #expect(info["vendor"] == "Lotse")
        #expect(info["product"] == "lotsed")
        #expect(info["version"]?.stringValue?.isEmpty == false)
        #expect(info["url"]?.stringValue?.isEmpty == false)
        let interfaces = info["interfaces"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(interfaces.first == "org.varlink.service")
        #expect(interfaces.contains("org.lotse.Admin"))
        #expect(daemon.stop() == 0)
    }

    @Test func everyInterfaceDescribesItselfInParsableIDL() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let client = try daemon.client()
        let interfaces = try client.call("org.varlink.service.GetInfo")["interfaces"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(interfaces.count >= 3)  // service, Admin, Testing (enabled by the harness)
        for name in interfaces {
            let reply = try client.call("org.varlink.service.GetInterfaceDescription", ["interface": .string(name)])
            let text = try #require(reply["description"]?.stringValue)
            let parsed = try VarlinkInterfaceDescription(parsing: text)
            #expect(parsed.name == name)
            // org.lotse.Admission declares errors only (the refusals at accept).
            #expect(!parsed.methods.isEmpty || (name == "org.lotse.Admission" && !parsed.errors.isEmpty))
        }
        client.close()
        #expect(daemon.stop() == 0)
    }

    @Test func eachStandardErrorComesFromADeliberatelyBadCall() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let client = try daemon.client()
        func error(_ method: String, _ parameters: [String: JSONValue] = [:], more: Bool = false) -> VarlinkError? {
            do {
                var last: [String: JSONValue] = [:]
                try client.call(VarlinkCall(method: method, parameters: parameters, more: more), timeoutMilliseconds: 10_000) { last = $0 }
                _ = last
                return nil
            } catch {
                if case .remote(let remote) = error { return remote }
                Issue.record("connection failed: \(error)")
                return nil
            }
        }
        #expect(error("org.example.Nothing.Call") == .interfaceNotFound("org.example.Nothing"))
        #expect(error("org.varlink.service.GetInterfaceDescription", ["interface": "org.example.Nothing"])
                == .interfaceNotFound("org.example.Nothing"))
        #expect(error("org.lotse.Admin.Explode") == .methodNotFound("org.lotse.Admin.Explode"))
        #expect(error("org.lotse.Testing.Unimplemented") == .methodNotImplemented("org.lotse.Testing.Unimplemented"))
        #expect(error("org.lotse.Admin.Backup", ["path": 42]) == .invalidParameter("path"))
        #expect(error("org.lotse.Admin.Backup", [:]) == .invalidParameter("path"))
        #expect(error("org.varlink.service.GetInterfaceDescription") == .invalidParameter("interface"))
        #expect(error("org.lotse.Testing.Count", ["count": 3]) == .expectedMore)
        // The connection survived every error and still answers.
        #expect(try client.call("org.varlink.service.GetInfo")["product"] == "lotsed")

        // A test user without any role is refused at accept with the admission's own error.
        let stranger = try TestUser.ensure("lotse-e2e-nobody")
        let replies = try ForeignClient.call([VarlinkCall(method: "org.lotse.Admin.Status")], socket: daemon.socketPath, as: stranger)
        #expect(replies.first?.error == "org.lotse.Admission.NoRole")
        client.close()
        #expect(daemon.stop() == 0)
    }

    @Test func streamingCallsDeliverEveryReply() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let client = try daemon.client()
        var indices: [Int64] = []
        try client.call(VarlinkCall(method: "org.lotse.Testing.Count", parameters: ["count": 5], more: true)) {
            indices.append($0["index"]?.integerValue ?? -1)
        }
        #expect(indices == [0, 1, 2, 3, 4])
        client.close()
        #expect(daemon.stop() == 0)
    }

    @Test func onewayCallsGetNoReplyAndTheConnectionGoesOn() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let client = try daemon.client()
        try client.call(VarlinkCall(method: "org.lotse.Testing.Sleep", parameters: ["milliseconds": 1], oneway: true)) { _ in }
        #expect(try client.call("org.varlink.service.GetInfo")["product"] == "lotsed")
        client.close()
        #expect(daemon.stop() == 0)
    }
}
