import LotseVarlink

/// What the socket server hands each call to. The server owns sockets, threads, limits
/// and shutdown; the handler owns meaning (lookup, validation, authorisation, methods).
public protocol CallHandling: Sendable {
    /// Answers `call` from `peer` by passing one reply (several for a streaming `more`
    /// call, all but the last with `continues`) to `send`. Runs on the connection's own
    /// thread and may block; other connections are unaffected.
    func handle(_ call: VarlinkCall, from peer: PeerCredentials, send: (VarlinkReply) -> Void)
}
