import LotseVarlink

/// A handler's verdict on a new connection, given on the accept thread before the
/// connection takes a slot or a thread (see `CallHandling.admission(of:)`).
public enum Admission: Sendable, Equatable {
    /// The peer may hold a connection (within the connection limits).
    case admitted
    /// The peer is refused: `reply` is written to it once, without waiting (a client's
    /// first call reads it as its answer, so `lotse` can say why), and the connection is
    /// closed at once; `reason` goes to the journal.
    case refused(reply: VarlinkError, reason: String)
}
