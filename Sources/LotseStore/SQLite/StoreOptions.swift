/// How a `Database` opens its file. Every field has a default that suits the daemon.
public struct StoreOptions: Sendable, Equatable {
    /// How long a connection waits for another connection's lock before failing with
    /// `SQLITE_BUSY`, in milliseconds. SQLite's own default is 0 (fail at once).
    public var busyTimeoutMilliseconds: Int32
    /// How many read-only connections serve `Database.read` in parallel with the writer.
    public var readerCount: Int
    /// Whether to run `PRAGMA quick_check` at open and refuse a damaged file.
    public var quickCheckAtOpen: Bool
    /// Whether concurrent writes share transactions (one fsync for many writes). Off by
    /// default: each write then has a transaction of its own.
    public var groupCommit: Bool

    /// The daemon's defaults: 5 s busy timeout, 4 readers, quick check on, no group commit.
    public init(busyTimeoutMilliseconds: Int32 = 5_000, readerCount: Int = 4, quickCheckAtOpen: Bool = true,
                groupCommit: Bool = false) {
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        self.readerCount = readerCount
        self.quickCheckAtOpen = quickCheckAtOpen
        self.groupCommit = groupCommit
    }
}
