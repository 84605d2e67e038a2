/// The limits that keep one client from hurting the others.
public struct ServerLimits: Sendable, Equatable {
    /// Largest message accepted, in bytes (without the NUL). Larger: the connection is closed.
    public var maxMessageSize: Int
    /// Most simultaneous connections; further connections are closed at once.
    public var maxConnections: Int
    /// Milliseconds a connection may take to deliver its next complete message (idle
    /// time included); after that it is closed. Bounds slow-drip clients as well as
    /// silent ones. Also bounds how long a reply may wait for a client that does not read.
    public var idleTimeoutMilliseconds: Int

    /// Creates limits.
    public init(maxMessageSize: Int = 1 << 20, maxConnections: Int = 1024, idleTimeoutMilliseconds: Int = 60_000) {
        self.maxMessageSize = maxMessageSize
        self.maxConnections = maxConnections
        self.idleTimeoutMilliseconds = idleTimeoutMilliseconds
    }
}
