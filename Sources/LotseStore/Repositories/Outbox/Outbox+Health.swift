import Foundation

/// Delivery health and bounces: the queries behind `lotse admin status`, the alert after
/// `[mail] alert_after`, and marking a message failed when its bounce arrives.
extension Outbox {
    /// The kind of the once-per-episode notice about mail stuck past the threshold; it is
    /// not itself counted as what starts an episode.
    public static let delayNoticeKind = "delivery-delayed"

    /// The health at `now`; a waiting message is overdue when it fell due before
    /// `overdueBefore` (now minus the alert threshold).
    public func health(overdueBefore: Date) throws(StoreError) -> OutboxHealth {
        var health = OutboxHealth()
        if let row = try db.fetchOne("""
            SELECT count(*) AS pending, min(due_at) AS oldest,
                   sum(CASE WHEN due_at < ? THEN 1 ELSE 0 END) AS overdue
            FROM outbox WHERE state IN ('pending', 'sending') AND moot = 0
            """, [overdueBefore]) {
            health.pending = try row.decodeIfPresent(Int.self, "pending") ?? 0
            health.oldestPendingDueAt = try row.decodeIfPresent(Date.self, "oldest")
            health.overdue = try row.decodeIfPresent(Int.self, "overdue") ?? 0
        }
        if let row = try db.fetchOne("""
            SELECT * FROM outbox WHERE state IN ('pending', 'sending') AND moot = 0 AND due_at < ? AND kind <> ?
            ORDER BY due_at, id LIMIT 1
            """, [overdueBefore, Self.delayNoticeKind]) {
            health.oldestOverdue = try Self.decode(row)
        }
        health.failed = try db.fetchValue(Int.self, "SELECT count(*) FROM outbox WHERE state = 'failed' AND moot = 0") ?? 0
        if let row = try db.fetchOne("""
            SELECT last_error, last_attempt_at FROM outbox
            WHERE state IN ('pending', 'failed') AND moot = 0 AND last_error IS NOT NULL
            ORDER BY last_attempt_at DESC NULLS LAST, id DESC LIMIT 1
            """) {
            health.lastError = try row.decodeIfPresent(String.self, "last_error")
            health.lastErrorAt = try row.decodeIfPresent(Date.self, "last_attempt_at")
        }
        return health
    }

    /// True when a delay notice was queued at or after `instant` (the moment the oldest
    /// overdue message became overdue): the coordinators already know about this episode.
    public func delayNoticeQueued(since instant: Date) throws(StoreError) -> Bool {
        try db.fetchValue(Int.self, "SELECT count(*) FROM outbox WHERE kind = ? AND created_at >= ?",
                          [Self.delayNoticeKind, instant]) ?? 0 > 0
    }

    /// The message with this Message-ID (as stored: with angle brackets), or nil. A mail
    /// sent before Message-IDs became opaque is found by its old id, kept as its key.
    public func message(withMessageID messageID: String) throws(StoreError) -> OutboxMessage? {
        guard let row = try db.fetchOne("SELECT * FROM outbox WHERE message_id = ?1 OR reminder_key = ?1 ORDER BY message_id = ?1 DESC LIMIT 1",
                                        [messageID]) else { return nil }
        return try Self.decode(row)
    }

    /// Records a bounce: a sent (or waiting) message failed for good after the MTA took
    /// it; `error` says status and diagnostic. Refused for a message in any other state.
    public func markBounced(_ id: Int64, error: String) throws(StoreError) {
        try move(id, from: [.sent, .pending], set: "state = 'failed', last_exit_code = NULL, last_error = ?1",
                 [Self.excerpt(error)], action: "marked bounced")
    }
}
