/// How a transaction takes its locks (SQLite's `BEGIN DEFERRED | IMMEDIATE | EXCLUSIVE`).
public enum TransactionKind: String, Sendable {
    /// Takes a read snapshot at the first read; used for reads, which in WAL mode never
    /// wait for writers.
    case deferred = "DEFERRED"
    /// Takes the write lock at `BEGIN`, so a writer waits (busy timeout) at the start
    /// rather than failing half-way with `SQLITE_BUSY` when upgrading a read lock.
    case immediate = "IMMEDIATE"
}
