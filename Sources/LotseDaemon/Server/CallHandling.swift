import LotseVarlink

/// What the socket server hands connections to. The server owns sockets, threads,
/// limits and shutdown; the handler owns meaning (lookup, validation, authorisation,
/// methods).
public protocol CallHandling: Sendable {
    /// Called once per accepted connection, on that connection's thread, so that work
    /// per caller (account and group look-ups) is done once, not per call.
    func openSession(for peer: PeerCredentials) -> any CallSession
}

/// The per-connection half of a `CallHandling`; used by one thread only.
public protocol CallSession: AnyObject {
    /// Answers `call` by passing one reply (several for a streaming `more` call, all but
    /// the last with `continues`) to `send`. May block; other connections are unaffected.
    func handle(_ call: VarlinkCall, send: (VarlinkReply) -> Void)
}
