import Foundation
import LotseCore

extension Outbox {
    /// Deletes every outbox row that names `pseudonym` anywhere — in its client column, its
    /// subject, its body, its last error or its reminder key — whatever its state, and returns how many went.
    ///
    /// Used by the retention purge: a client's own mail goes with the client row by
    /// cascade, but a specialist's session list or a coordinator's alert lists several
    /// pseudonyms and has no client column, so it would outlive the client. Such a mail is
    /// deleted, not rewritten: it was sent (or became moot) long before a case closed
    /// months ago is purged, and a mail with one line cut out would no longer be the mail
    /// that was sent. A match must stand alone: `K-2026-1234` does not match inside
    /// `K-2026-12345`.
    @discardableResult
    public func deleteMentioning(_ pseudonym: ClientID) throws(StoreError) -> Int {
        let text = pseudonym.description
        let rows = try db.fetchAll("""
            SELECT id, coalesce(client, '') AS client, coalesce(subject_id, '') || ' ' || payload || ' ' || coalesce(last_error, '')
                   || ' ' || coalesce(reminder_key, '') AS text FROM outbox
            WHERE client = ?1 OR instr(payload, ?1) > 0 OR instr(coalesce(subject_id, ''), ?1) > 0
               OR instr(coalesce(last_error, ''), ?1) > 0 OR instr(coalesce(reminder_key, ''), ?1) > 0
            """, [text])
        var deleted = 0
        for row in rows {
            let id = try row.decode(Int64.self, "id")
            let haystack = try row.decode(String.self, "text")
            guard try row.decode(String.self, "client") == text || Self.mentions(haystack, text) else { continue }
            try db.execute("DELETE FROM outbox WHERE id = ?", [id])
            deleted += db.changedRowCount
        }
        return deleted
    }

    /// Whether `text` holds `pseudonym` not followed by another digit (a pseudonym always
    /// starts with `K-`, so what comes before needs no check beyond not being a digit).
    static func mentions(_ text: String, _ pseudonym: String) -> Bool {
        var rest = Substring(text)
        while let range = rest.range(of: pseudonym) {
            let before = range.lowerBound == rest.startIndex ? nil : rest[rest.index(before: range.lowerBound)]
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
            if !(before?.isNumber ?? false) && !(after?.isNumber ?? false) { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }
}
