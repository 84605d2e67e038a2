import Foundation
import LotseCore

/// Monthly rosters: each version with its state, entries (slot, weight, pinned, manual),
/// bound and the reasons of those left waiting.
///
/// A draft or approved version is rewritten as the coordinator edits it; a published (or
/// superseded) version is frozen — only its state may move on, and a save that changes
/// its entries is refused. Later changes go into a new version (`Roster.nextVersion`).
public struct RosterRepository {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The rosters as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// A fresh roster id (never reused), for `Roster.draft(id:…)` and `nextVersion(id:)`.
    public func nextID() throws(StoreError) -> RosterID {
        RosterID(try IDSequence(db).next("rosters"))
    }

    /// Stores a new roster version (normally a draft) created by `user`.
    public func insert(_ roster: Roster, by user: UserName, now: Date) throws(StoreError) {
        if let live = try db.fetchValue(Int64.self, "SELECT id FROM rosters WHERE month = ? AND state IN ('draft', 'approved')",
                                        [roster.monthText]), live != roster.id.rawValue {
            throw StoreError(kind: .invalidValue(field: "roster"),
                             message: "Roster \(live) of \(roster.monthText) is still being edited; change it instead of starting another version.",
                             messageDe: "Terminplan \(live) für \(roster.monthText) wird noch bearbeitet; ändern Sie ihn, statt eine weitere Version zu beginnen.")
        }
        try db.execute("""
            INSERT INTO rosters (id, month, version, state, bound, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [roster.id, roster.monthText, roster.version, roster.status, roster.bound, user, now])
        try writeContents(roster)
        try stampState(roster, by: user, now: now)
    }

    /// Saves a changed roster: its state (stamping who approved or published it and
    /// when) and, while it is editable, its entries and waiting reasons.
    public func save(_ roster: Roster, by user: UserName, now: Date) throws(StoreError) {
        guard let stored = try find(roster.id) else { throw Self.notFound(roster.id) }
        if stored.status.isEditable {
            try db.execute("DELETE FROM roster_entries WHERE roster_id = ?", [roster.id])
            try db.execute("DELETE FROM waiting_reasons WHERE roster_id = ?", [roster.id])
            try writeContents(roster)
        } else if stored.entries != roster.entries || stored.waitingReasons != roster.waitingReasons {
            throw StoreError(kind: .invalidValue(field: "roster"),
                             message: "Version \(stored.version) of \(stored.monthText) is \(stored.status.rawValue) and frozen; start a new version to change it.",
                             messageDe: "Version \(stored.version) für \(stored.monthText) ist „\(stored.status.rawValue)“ und festgeschrieben; beginnen Sie eine neue Version, um sie zu ändern.")
        }
        // The bound belongs to the entries: while they may change, it is proven anew with
        // them and stored with them, so show, approve and refill read the same number.
        if stored.status.isEditable {
            try db.execute("UPDATE rosters SET state = ?, bound = ? WHERE id = ?", [roster.status, roster.bound, roster.id])
        } else {
            try db.execute("UPDATE rosters SET state = ? WHERE id = ?", [roster.status, roster.id])
        }
        if stored.status != roster.status { try stampState(roster, by: user, now: now) }
    }

    /// The roster version, or nil.
    public func find(_ id: RosterID) throws(StoreError) -> Roster? {
        guard let row = try db.fetchOne("SELECT * FROM rosters WHERE id = ?", [id]) else { return nil }
        return try restore(row)
    }

    /// Every version of a month (`year`, `month`), oldest first.
    public func versions(year: Int, month: Int) throws(StoreError) -> [Roster] {
        return try db.fetchAll("SELECT * FROM rosters WHERE month = ? ORDER BY version", [Self.monthText(year: year, month: month)],
                               restoring: restore)
    }

    /// The newest version of a month, or nil when the month was never planned.
    public func latest(year: Int, month: Int) throws(StoreError) -> Roster? {
        guard let row = try db.fetchOne("SELECT * FROM rosters WHERE month = ? ORDER BY version DESC LIMIT 1",
                                        [Self.monthText(year: year, month: month)]) else { return nil }
        return try restore(row)
    }

    // MARK: Helpers

    private func writeContents(_ roster: Roster) throws(StoreError) {
        let sessions = SessionRepository(db)
        for entry in roster.entries {
            try db.execute("""
                INSERT INTO roster_entries (roster_id, referral_id, slot_id, weight, pinned, manual) VALUES (?, ?, ?, ?, ?, ?)
                """, [roster.id, entry.referral, try sessions.slotRowID(entry.slot), entry.weight, entry.pinned, entry.manual])
        }
        for (position, reason) in roster.waitingReasons.enumerated() {
            try db.execute("INSERT INTO waiting_reasons (roster_id, referral_id, position, reason, detail) VALUES (?, ?, ?, ?, ?)",
                           [roster.id, reason.referral, position + 1, reason.reason, reason.detail])
        }
    }

    private func stampState(_ roster: Roster, by user: UserName, now: Date) throws(StoreError) {
        switch roster.status {
        case .approved:
            try db.execute("UPDATE rosters SET approved_by = ?, approved_at = ? WHERE id = ?", [user, now, roster.id])
        case .published:
            // Approval and publication may reach the store in one save; publishing implies
            // the approval, so an unstamped approval is stamped with the publication.
            try db.execute("""
                UPDATE rosters SET published_by = ?1, published_at = ?2, approved_by = coalesce(approved_by, ?1),
                       approved_at = coalesce(approved_at, ?2) WHERE id = ?3
                """, [user, now, roster.id])
        case .draft:
            // An edit after approval sends the roster back to draft: the approval is void.
            try db.execute("UPDATE rosters SET approved_by = NULL, approved_at = NULL WHERE id = ?", [roster.id])
        case .superseded:
            break
        }
    }

    private func restore(_ row: Row) throws(StoreError) -> Roster {
        let id = try row.decode(RosterID.self, "id")
        let month = try row.decode(String.self, "month")
        let parts = month.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let monthNumber = Int(parts[1]) else {
            throw StoreError(kind: .decoding(column: "month", expected: "YYYY-MM"), message: "Roster \(id) has the month \"\(month)\".")
        }
        let entries = try db.fetchAll("""
            SELECT e.referral_id, s.session_id, s.position, e.weight, e.pinned, e.manual
            FROM roster_entries e JOIN slots s ON s.id = e.slot_id WHERE e.roster_id = ? ORDER BY s.session_id, s.position
            """, [id]) { entry throws(StoreError) in
            RosterEntry(
                referral: try entry.decode(ReferralID.self, "referral_id"),
                slot: SlotID(session: try entry.decode(SessionID.self, "session_id"), index: try entry.decode(Int.self, "position")),
                weight: try entry.decode(Int.self, "weight"),
                pinned: try entry.decode(Bool.self, "pinned"),
                manual: try entry.decode(Bool.self, "manual"))
        }
        let reasons = try db.fetchAll("SELECT * FROM waiting_reasons WHERE roster_id = ? ORDER BY position",
                                      [id]) { reason throws(StoreError) in
            RosterWaitingReason(
                referral: try reason.decode(ReferralID.self, "referral_id"),
                reason: try reason.decode(String.self, "reason"),
                detail: try reason.decode(String.self, "detail"))
        }
        return Roster.restored(
            id: id, year: year, month: monthNumber,
            version: try row.decode(Int.self, "version"),
            status: try row.decode(RosterStatus.self, "state"),
            entries: entries,
            bound: try row.decode(Int.self, "bound"),
            waitingReasons: reasons)
    }

    static func monthText(year: Int, month: Int) -> String {
        "\(year)-" + (month < 10 ? "0" : "") + String(month)
    }

    static func notFound(_ id: RosterID) -> StoreError {
        StoreError(kind: .notFound(record: "roster", id: id.description), message: "There is no roster \(id).")
    }
}
