import LotseVarlink
import Synchronization
import LotseSystem

/// Decides when a refused connection is worth a journal line: the first refusal of an
/// account, then at most one line a minute per account with the count since the last
/// line. A reconnect loop of a refused account (thousands a second) therefore costs the
/// journal one line a minute, and the count still says how hard it tried.
final class RefusalLog: Sendable {
    private struct Entry {
        var loggedAt: Int64
        var count: Int
    }

    private let entries = Mutex<[UInt32: Entry]>([:])
    private let intervalMicroseconds: Int64

    /// At most this many accounts are remembered; beyond it the memory starts afresh
    /// (each account then logs once more), so that many uids cannot grow it without bound.
    static let rememberedAccounts = 4096

    init(intervalMicroseconds: Int64 = 60_000_000) {
        self.intervalMicroseconds = intervalMicroseconds
    }

    /// Counts one refusal of `uid`; returns the number of refusals to report now (this one
    /// included), or nil while the account's minute is not over.
    func note(uid: UInt32, now: Int64 = MonotonicClock.microseconds()) -> Int? {
        entries.withLock { entries -> Int? in
            if entries.count >= Self.rememberedAccounts && entries[uid] == nil { entries.removeAll() }
            guard var entry = entries[uid] else {
                entries[uid] = Entry(loggedAt: now, count: 0)
                return 1
            }
            entry.count += 1
            defer { entries[uid] = entry }
            guard now - entry.loggedAt >= intervalMicroseconds else { return nil }
            let count = entry.count
            entry = Entry(loggedAt: now, count: 0)
            return count
        }
    }
}
