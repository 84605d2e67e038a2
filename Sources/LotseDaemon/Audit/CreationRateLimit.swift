import Foundation
import Synchronization

/// How many clients each account created within the last hour (a sliding window, in
/// memory): `[daemon] new_clients_per_hour` bounds it, so that no single account can burn
/// through a year's pseudonyms or flood the writer with new cases. A restart forgets the
/// window, which costs at most one more hour's allowance.
public final class CreationRateLimit: Sendable {
    private let recent = Mutex<[UInt32: [Date]]>([:])

    /// The window.
    static let window: TimeInterval = 3600

    /// Creates an empty record.
    public init() {}

    /// Counts one creation by `uid` at `now` and returns nil, or returns the seconds until
    /// the account may create again when `limit` creations lie within the last hour (then
    /// nothing is counted).
    public func admit(uid: UInt32, now: Date, limit: Int) -> Int? {
        recent.withLock { recent -> Int? in
            var times = recent[uid, default: []].filter { now.timeIntervalSince($0) < Self.window }
            if times.count >= limit, let oldest = times.first {
                recent[uid] = times
                return max(1, Int((Self.window - now.timeIntervalSince(oldest)).rounded(.up)))
            }
            times.append(now)
            recent[uid] = times
            return nil
        }
    }

    /// Takes back the creation counted last for `uid` (the creation then failed).
    public func release(uid: UInt32) {
        recent.withLock { recent in _ = recent[uid]?.popLast() }
    }
}
