/// The limits that keep one client from hurting the others.
public struct ServerLimits: Sendable, Equatable {
    /// Largest message accepted, in bytes (without the NUL). Larger: the connection is closed.
    public var maxMessageSize: Int
    /// Most simultaneous connections; further connections are refused at once.
    public var maxConnections: Int
    /// Most simultaneous connections of one Unix account (uid); further ones of that
    /// account are refused at once, so that one account cannot take the slots the others
    /// need. At most `maxConnections`.
    public var maxConnectionsPerAccount: Int
    /// Milliseconds a connection may take to deliver its next complete message (idle
    /// time included); after that it is closed. Bounds slow-drip clients as well as
    /// silent ones. Also bounds how long a reply may wait for a client that does not read.
    /// Each connection has its own deadline: calls on one never extend another's.
    public var idleTimeoutMilliseconds: Int

    /// Creates limits; without `maxConnectionsPerAccount` one account may use every slot
    /// (tests of the global limit).
    public init(maxMessageSize: Int = 1 << 20, maxConnections: Int = 1024, idleTimeoutMilliseconds: Int = 60_000,
                maxConnectionsPerAccount: Int? = nil) {
        self.maxMessageSize = maxMessageSize
        self.maxConnections = maxConnections
        self.maxConnectionsPerAccount = min(maxConnectionsPerAccount ?? maxConnections, maxConnections)
        self.idleTimeoutMilliseconds = idleTimeoutMilliseconds
    }
}
