#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LotseVarlink
import Testing

/// Hostile and broken input against a real lotsed: each gets the right error or a clean
/// close, and the daemon keeps serving everyone else.
@Suite struct MalformedInputTests {
    /// What the daemon did with a bad message.
    enum Outcome: Equatable {
        case reply(VarlinkReply)
        case closed
    }

    /// Sends `bytes` on a fresh connection, optionally half-closes, and reports the
    /// daemon's answer: a reply, or a close (EOF or reset).
    func send(_ bytes: [UInt8], to daemon: DaemonHarness, halfClose: Bool = false) throws -> Outcome {
        let connection = try VarlinkConnection.connect(path: daemon.socketPath, maxMessageSize: 4 << 20)
        defer { connection.close() }
        do {
            try connection.sendRaw(bytes)
        } catch {
            // The daemon may close while we are still sending (oversized message).
        }
        if halfClose { shutdown(connection.fileDescriptor, Int32(SHUT_WR)) }
        do {
            return .reply(try connection.readReply(timeoutMilliseconds: 20_000))
        } catch VarlinkProtocolError.closed {
            return .closed
        } catch VarlinkProtocolError.truncated {
            return .closed
        } catch VarlinkProtocolError.system(_, let code) where code == ECONNRESET {
            return .closed
        }
    }

    func expectStillServing(_ daemon: DaemonHarness) throws {
        #expect(try daemon.call("org.varlink.service.GetInfo")["product"] == "lotsed")
    }

    static func framed(_ text: String) -> [UInt8] { Array(text.utf8) + [0] }

    @Test func truncatedMessageIsClosedCleanly() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        #expect(try send(Array(#"{"method":"org.varlink.serv"#.utf8), to: daemon, halfClose: true) == .closed)
        try expectStillServing(daemon)
        #expect(daemon.stop() == 0)
    }

    @Test func messageWithoutNULIsNeverAnsweredAndClosedAtEndOfInput() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        #expect(try send(Array(#"{"method":"org.varlink.service.GetInfo"}"#.utf8), to: daemon, halfClose: true) == .closed)
        try expectStillServing(daemon)
        #expect(daemon.stop() == 0)
    }

    @Test func messageWithoutNULIsClosedAtTheIdleTimeout() throws {
        let daemon = try DaemonHarness(daemonSection: "idle_timeout_seconds = 1")
        try daemon.start()
        #expect(try send(Array(#"{"method":"org.varlink.service.GetInfo"}"#.utf8), to: daemon) == .closed)
        try expectStillServing(daemon)
        #expect(daemon.stop() == 0)
    }

    @Test func twoMebibyteMessageIsCutOffAtTheLimit() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let big = Array(#"{"method":"org.varlink.service.GetInfo","parameters":{"x":""#.utf8)
            + [UInt8](repeating: UInt8(ascii: "a"), count: 2 << 20) + Array(#""}}"#.utf8) + [0]
        #expect(try send(big, to: daemon) == .closed)
        try expectStillServing(daemon)
        #expect(daemon.log.contains("larger than the limit"))
        #expect(daemon.stop() == 0)
    }

    @Test(arguments: [
        ("invalid JSON", Self.framed(#"{"method": org.varlink}"#)),
        ("JSON that is not an object", Self.framed(#"["org.varlink.service.GetInfo"]"#)),
        ("a bare string", Self.framed(#""hello""#)),
        ("invalid UTF-8", Array(#"{"method":"org.varlink.service.GetInfo","parameters":{"x":""#.utf8) + [0xC3, 0x28] + Array(#""}}"#.utf8) + [0]),
        ("deep nesting", Self.framed(#"{"method":"org.varlink.service.GetInfo","parameters":{"x":"# + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "}}")),
        // 1e999 is valid JSON and now reaches the field check; a number of thousands of
        // digits is still refused before it costs anything.
        ("a number of two thousand digits", Self.framed(#"{"method":"org.varlink.service.GetInfo","parameters":{"x":"# + String(repeating: "9", count: 2000) + "}}")),
        ("an empty message", [0]),
    ])
    func undecodableMessageClosesTheConnection(_ name: String, _ bytes: [UInt8]) throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        #expect(try send(bytes, to: daemon) == .closed, "\(name)")
        try expectStillServing(daemon)
        #expect(daemon.stop() == 0)
    }

    @Test func badCallsGetTheStandardErrorAndTheConnectionStaysUsable() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let connection = try VarlinkConnection.connect(path: daemon.socketPath)
        func exchange(_ text: String) throws -> VarlinkReply {
            try connection.sendRaw(Self.framed(text))
            return try connection.readReply(timeoutMilliseconds: 10_000)
        }
        // Unknown method and interface.
        #expect(try exchange(#"{"method":"org.lotse.Admin.Nope"}"#).error == "org.varlink.service.MethodNotFound")
        #expect(try exchange(#"{"method":"nodots"}"#).error == "org.varlink.service.InterfaceNotFound")
        // Wrong parameter types, named.
        let wrongType = try exchange(#"{"method":"org.lotse.Admin.Backup","parameters":{"path":["x"]}}"#)
        #expect(wrongType.error == "org.varlink.service.InvalidParameter")
        #expect(wrongType.parameters["parameter"] == "path")
        let wrongInt = try exchange(#"{"method":"org.lotse.Testing.Sleep","parameters":{"milliseconds":"1"}}"#)
        #expect(wrongInt.parameters["parameter"] == "milliseconds")
        // Extra parameters, named.
        let extra = try exchange(#"{"method":"org.lotse.Admin.Status","parameters":{"verbose":true}}"#)
        #expect(extra.error == "org.varlink.service.InvalidParameter")
        #expect(extra.parameters["parameter"] == "verbose")
        let extraService = try exchange(#"{"method":"org.varlink.service.GetInfo","parameters":{"x":1}}"#)
        #expect(extraService.parameters["parameter"] == "x")
        // A call whose envelope fields have the wrong type names the field.
        let badEnvelope = try exchange(#"{"method":"org.varlink.service.GetInfo","parameters":[]}"#)
        #expect(badEnvelope.error == "org.varlink.service.InvalidParameter")
        #expect(badEnvelope.parameters["parameter"] == "parameters")
        let noMethod = try exchange(#"{"parameters":{}}"#)
        #expect(noMethod.parameters["parameter"] == "method")
        let badMore = try exchange(#"{"method":"org.varlink.service.GetInfo","more":"yes"}"#)
        #expect(badMore.parameters["parameter"] == "more")
        // Still usable.
        #expect(try exchange(#"{"method":"org.varlink.service.GetInfo"}"#).parameters["product"] == "lotsed")
        connection.close()
        #expect(daemon.stop() == 0)
    }

    @Test func pipelinedCallsAreAnsweredInOrder() throws {
        let daemon = try DaemonHarness()
        try daemon.start()
        let connection = try VarlinkConnection.connect(path: daemon.socketPath)
        try connection.sendRaw(Self.framed(#"{"method":"org.lotse.Testing.Sleep","parameters":{"milliseconds":1}}"#)
                               + Self.framed(#"{"method":"org.lotse.Testing.Sleep","parameters":{"milliseconds":2}}"#)
                               + Self.framed(#"{"method":"org.lotse.Testing.Sleep","parameters":{"milliseconds":3}}"#))
        for expected in [1, 2, 3] as [Int64] {
            #expect(try connection.readReply(timeoutMilliseconds: 10_000).parameters["slept"]?.integerValue == expected)
        }
        connection.close()
        #expect(daemon.stop() == 0)
    }
}
