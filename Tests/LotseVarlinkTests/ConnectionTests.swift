#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import LotseVarlink
import LotseSystem

/// Framing tests over a socketpair: no daemon, no files.
@Suite struct ConnectionTests {
    func pair(maxMessageSize: Int = 1 << 20) -> (VarlinkConnection, VarlinkConnection) {
        var fds: [Int32] = [0, 0]
        _ = socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds)
        return (VarlinkConnection(adopting: fds[0], maxMessageSize: maxMessageSize),
                VarlinkConnection(adopting: fds[1], maxMessageSize: maxMessageSize))
    }

    @Test func framesSeveralMessagesSentInOneWrite() throws {
        let (a, b) = pair()
        try a.sendRaw(Array(#"{"method":"x.y.A"}"#.utf8) + [0] + Array(#"{"method":"x.y.B","more":true}"#.utf8) + [0])
        #expect(try b.readCall().method == "x.y.A")
        let second = try b.readCall()
        #expect(second.method == "x.y.B" && second.more)
    }

    @Test func reassemblesAMessageSplitAcrossWrites() throws {
        let (a, b) = pair()
        let bytes = Array(#"{"method":"x.y.A","parameters":{"n":1}}"#.utf8) + [0]
        for byte in bytes { try a.sendRaw([byte]) }
        #expect(try b.readCall().parameters == ["n": 1])
    }

    @Test func cutsOffAMessageLargerThanTheLimit() throws {
        let (a, b) = pair(maxMessageSize: 1024)
        try a.sendRaw([UInt8](repeating: 0x20, count: 2000))
        #expect(throws: VarlinkProtocolError.messageTooLarge(limit: 1024)) { _ = try b.readFrame() }
    }

    @Test func acceptsAMessageOfExactlyTheLimit() throws {
        let (a, b) = pair(maxMessageSize: 1024)
        let body = Array(#"{"method":"x.y.A","parameters":{"s":""#.utf8)
        let tail = Array(#""}}"#.utf8)
        let filler = [UInt8](repeating: UInt8(ascii: "a"), count: 1024 - body.count - tail.count)
        try a.sendRaw(body + filler + tail + [0])
        #expect(try b.readCall().parameters["s"]?.stringValue?.count == filler.count)
    }

    @Test func reportsATruncatedMessageAndACleanClose() throws {
        let (a, b) = pair()
        try a.sendRaw(Array(#"{"method":"#.utf8))
        a.close()
        #expect(throws: VarlinkProtocolError.truncated(bytesPending: 10)) { _ = try b.readFrame() }
        let (c, d) = pair()
        c.close()
        #expect(throws: VarlinkProtocolError.closed) { _ = try d.readFrame() }
    }

    @Test func timesOutWithoutACompleteMessage() throws {
        let (a, b) = pair()
        try a.sendRaw(Array("{".utf8))
        #expect(throws: VarlinkProtocolError.timedOut) { _ = try b.readFrame(timeoutMilliseconds: 20) }
    }

    @Test func namesTheBadFieldOfACall() throws {
        #expect(throws: VarlinkProtocolError.invalidField("method", reason: "is missing or not a string")) {
            _ = try VarlinkCall(message: ["parameters": [:]])
        }
        #expect(throws: VarlinkProtocolError.invalidField("parameters", reason: "is a JSON array, not an object")) {
            _ = try VarlinkCall(message: ["method": "a.b.C", "parameters": []])
        }
        #expect(throws: VarlinkProtocolError.malformed("message is a JSON array, not an object")) {
            _ = try VarlinkCall(message: [1])
        }
    }

    @Test func clientCallsAndReceivesStreamedReplies() throws {
        let (server, clientSide) = pair()
        let client = VarlinkClient(connection: clientSide)
        try server.send(VarlinkReply(parameters: ["n": 1], continues: true))
        try server.send(VarlinkReply(parameters: ["n": 2]))
        var seen: [JSONValue?] = []
        try client.call(VarlinkCall(method: "a.b.C", more: true)) { seen.append($0["n"]) }
        #expect(seen == [1, 2])
        #expect(try server.readCall() == VarlinkCall(method: "a.b.C", more: true))
        try server.send(VarlinkReply(error: .permissionDenied))
        #expect(throws: VarlinkClientError.remote(.permissionDenied)) { _ = try client.call("a.b.C") }
    }

    /// A server that refuses a connection at accept writes one error and closes before the
    /// client's call arrives: the client's send fails, and the refusal is still read.
    @Test func aClientReadsTheRefusalOfAServerThatClosedBeforeItsCall() throws {
        let (server, clientSide) = pair()
        let client = VarlinkClient(connection: clientSide)
        try server.send(VarlinkReply(error: VarlinkError("org.example.Refused", parameters: ["why": "test"])))
        server.close()
        #expect(throws: VarlinkClientError.remote(VarlinkError("org.example.Refused", parameters: ["why": "test"]))) {
            _ = try client.call("a.b.C")
        }
        // Without a parting reply, a closed connection stays what it is.
        let (silent, otherSide) = pair()
        silent.close()
        #expect(throws: VarlinkClientError.connection(.closed)) { _ = try VarlinkClient(connection: otherSide).call("a.b.C") }
    }

    @Test func rejectsOverlongSocketPaths() {
        #expect(throws: UnixSocketAddress.Invalid.self) {
            _ = try UnixSocketAddress(path: "/" + String(repeating: "x", count: 107))
        }
        #expect((try? UnixSocketAddress(path: "/" + String(repeating: "x", count: 106))) != nil)
        #expect((try? UnixSocketAddress(path: "@abstract"))?.isAbstract == true)
    }
}
