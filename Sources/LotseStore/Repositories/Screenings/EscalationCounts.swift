import Foundation
import LotseCore

/// The acute-risk escalations the report counts (`acute_risk_escalations`): one dated row
/// per escalation that alerted the coordinators, holding nothing a count does not need.
/// Kept apart from the audit log, whose entries expire, so that a report of an older
/// year still has them; the pseudonym ties a row to its client only until the client is
/// purged, after which the row stays as an anonymous count.
public struct EscalationCounts {
    /// The connection, inside the caller's transaction.
    public let db: Connection

    /// The escalations as seen through `db`.
    public init(_ db: Connection) { self.db = db }

    /// Records an escalation on `day`. `pseudonym` is linked only when it names a stored
    /// client (an alert for a mistyped or unknown pseudonym counts, linked to nothing);
    /// the caller's right to that client plays no part, as the row is never shown.
    public func record(on day: CalendarDate, pseudonym: String?) throws(StoreError) {
        try db.execute("""
            INSERT INTO acute_risk_escalations (raised_on, client) VALUES (?, (SELECT pseudonym FROM clients WHERE pseudonym = ?))
            """, [day, pseudonym])
    }

    /// The day of every escalation, oldest first.
    public func days() throws(StoreError) -> [CalendarDate] {
        try db.fetchAll("SELECT raised_on FROM acute_risk_escalations ORDER BY raised_on, id").map { row throws(StoreError) in
            try row.decode(CalendarDate.self, "raised_on")
        }
    }
}
