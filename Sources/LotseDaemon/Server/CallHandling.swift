import LotseVarlink

/// What the socket server hands connections to. The server owns sockets, threads,
/// limits and shutdown; the handler owns meaning (lookup, validation, authorisation,
/// methods).
public protocol CallHandling: Sendable {
    /// Whether `peer` may hold a connection at all. Called on the accept thread for every
    /// new connection, before it takes a slot or a thread, so it must be quick and never
    /// wait for the database. A refused peer gets the verdict's one reply and is closed:
    /// it can neither fill the connection slots nor keep one alive.
    func admission(of peer: PeerCredentials) -> Admission

    /// Called once per admitted connection, on that connection's thread, so that work
    /// per caller (account and group look-ups) is done once, not per call.
    func openSession(for peer: PeerCredentials) -> any CallSession
}

/// The per-connection half of a `CallHandling`; used by one thread only.
public protocol CallSession: AnyObject {
    /// Answers `call` by passing one reply (several for a streaming `more` call, all but
    /// the last with `continues`) to `send`. May block; other connections are unaffected.
    func handle(_ call: VarlinkCall, send: (VarlinkReply) -> Void)

    /// False once the connection must end after the reply just sent: its caller lost every
    /// role (a reload), so it may no longer hold a slot, pinging or not.
    var staysAdmitted: Bool { get }
}

extension CallSession {
    /// Sessions whose caller cannot lose admission stay open.
    public var staysAdmitted: Bool { true }
}
