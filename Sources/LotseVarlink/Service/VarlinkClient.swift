/// Why a client call failed: the connection broke, or the server answered with an error.
public enum VarlinkClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Connecting, sending or receiving failed.
    case connection(VarlinkProtocolError)
    /// The server replied with a varlink error.
    case remote(VarlinkError)

    /// One line for logs and tests.
    public var description: String {
        switch self {
        case .connection(let error): return error.description
        case .remote(let error): return error.description
        }
    }
}

/// A blocking varlink client over one connection: send a call, wait for its reply.
/// The `lotse` CLI and the tests use it; one client serves one thread.
public final class VarlinkClient {
    /// The underlying connection (tests use it to send raw bytes).
    public let connection: VarlinkConnection

    /// Wraps an established connection.
    public init(connection: VarlinkConnection) {
        self.connection = connection
    }

    /// Connects to the Unix socket at `path`.
    public convenience init(path: String, maxMessageSize: Int = VarlinkConnection.defaultMaxMessageSize) throws(VarlinkProtocolError) {
        self.init(connection: try VarlinkConnection.connect(path: path, maxMessageSize: maxMessageSize))
    }

    /// Calls `method` and returns the reply's parameters; a varlink error reply is thrown
    /// as `.remote`. `timeoutMilliseconds` bounds the wait for the reply (negative: none).
    public func call(_ method: String, _ parameters: [String: JSONValue] = [:],
                     timeoutMilliseconds: Int = -1) throws(VarlinkClientError) -> [String: JSONValue] {
        var replies: [[String: JSONValue]] = []
        try call(VarlinkCall(method: method, parameters: parameters), timeoutMilliseconds: timeoutMilliseconds) { replies.append($0) }
        return replies.last ?? [:]
    }

    /// Sends `call` and hands each reply to `onReply` (several when the call sets `more`
    /// and the server streams); returns after the last one. A oneway call returns at once.
    public func call(_ call: VarlinkCall, timeoutMilliseconds: Int = -1,
                     onReply: ([String: JSONValue]) -> Void) throws(VarlinkClientError) {
        do {
            try connection.send(call)
        } catch .closed {
            // A server that refuses a connection at accept writes one error reply and
            // closes before the call arrives: that reply, still readable, says why.
            if let refusal = try? connection.readReply(timeoutMilliseconds: 1000), let name = refusal.error {
                throw .remote(VarlinkError(name, parameters: refusal.parameters))
            }
            throw .connection(.closed)
        } catch {
            throw .connection(error)
        }
        if call.oneway { return }
        while true {
            let reply: VarlinkReply
            do {
                reply = try connection.readReply(timeoutMilliseconds: timeoutMilliseconds)
            } catch {
                throw .connection(error)
            }
            if let name = reply.error { throw .remote(VarlinkError(name, parameters: reply.parameters)) }
            onReply(reply.parameters)
            if !reply.continues { return }
        }
    }

    /// Closes the connection.
    public func close() { connection.close() }
}
