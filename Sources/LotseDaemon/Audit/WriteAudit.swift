import Foundation
import LotseCore
import LotseStore
import LotseVarlink

/// The entries one write call appends, held until its reply is built: a change answers
/// with the record it changed (a referral, an appointment, a client), so its entries name,
/// like a read's, every pseudonym the reply carries — in `subjects`, nothing of their
/// content. They are appended in the write's own transaction, after the handler returned
/// and before the commit, so a change and its audit still commit (or roll back) together.
///
/// Used by one handler on one thread, inside the write's closure; not shared.
final class WriteAudit {
    /// Whether a write is running: its entries wait for the reply.
    private(set) var holding = false
    private var entries: [AuditEntry] = []

    /// Starts a write (again, if the store runs the closure once more): nothing held.
    func begin() {
        holding = true
        entries = []
    }

    /// Holds `entry` until the reply is known.
    func hold(_ entry: AuditEntry) { entries.append(entry) }

    /// The held entries, each successful one naming the pseudonyms `reply` carries unless
    /// it names some already; the write is over.
    func finish(reply: [String: JSONValue]) -> [AuditEntry] {
        holding = false
        let clients = PseudonymList(Set(Self.clients(in: .object(reply))).sorted())
        defer { entries = [] }
        return entries.map { entry in
            var entry = entry
            if entry.outcome == .ok && entry.subjects.isEmpty { entry.subjects = clients }
            return entry
        }
    }

    /// Ends a write that failed: what it held rolls back with it.
    func abandon() {
        holding = false
        entries = []
    }

    /// Every pseudonym of a reply: under `client` keys (referrals, appointments, steps)
    /// and under `pseudonym` keys (client records).
    static func clients(in value: JSONValue) -> [ClientID] {
        if let object = value.objectValue {
            let own = ["client", "pseudonym"].compactMap { object[$0]?.stringValue.flatMap(ClientID.init) }
            return own + object.values.flatMap { clients(in: $0) }
        }
        return (value.arrayValue ?? []).flatMap { clients(in: $0) }
    }
}
