import LotseVarlink
import Synchronization
import LotseSystem

/// Callers resolved within the last second, per uid and gid and configuration generation.
///
/// Resolving a caller reads the account database (user, group list, group names); with
/// admission at accept, a refused account that reconnects a thousand times a second would
/// otherwise make the single accept thread do those look-ups a thousand times a second.
/// A second is short enough that a new member of a role group is let in at their next
/// attempt, and a reload (a new generation) is seen at once.
final class CallerCache: Sendable {
    private struct Key: Hashable {
        let uid: UInt32
        let gid: UInt32
    }

    private struct Entry {
        let caller: Caller
        let generation: Int
        let expires: Int64
    }

    private let entries = Mutex<[Key: Entry]>([:])
    private let lifetimeMicroseconds: Int64

    /// At most this many accounts are kept; beyond it the cache starts afresh, so that
    /// many uids cannot grow it without bound.
    static let capacity = 1024

    init(lifetimeMicroseconds: Int64 = 1_000_000) {
        self.lifetimeMicroseconds = lifetimeMicroseconds
    }

    /// The caller for `peer` under configuration `generation`: from the cache while fresh,
    /// else from `resolve` (run without holding the cache's lock, as account look-ups may
    /// be slow). The pid is always the peer's own.
    func caller(for peer: PeerCredentials, generation: Int, now: Int64 = MonotonicClock.microseconds(),
                resolve: () -> Caller) -> Caller {
        let key = Key(uid: peer.uid, gid: peer.gid)
        let cached = entries.withLock { entries -> Caller? in
            guard let entry = entries[key], entry.generation == generation, entry.expires > now else { return nil }
            return entry.caller
        }
        var caller = cached ?? resolve()
        if cached == nil {
            entries.withLock { entries in
                if entries.count >= Self.capacity { entries.removeAll() }
                entries[key] = Entry(caller: caller, generation: generation, expires: now + lifetimeMicroseconds)
            }
        }
        caller.pid = peer.pid
        return caller
    }
}
