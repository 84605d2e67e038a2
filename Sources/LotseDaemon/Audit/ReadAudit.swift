import Foundation
import LotseCore
import LotseStore
import LotseVarlink

/// What one read call disclosed, gathered while its reply is built: the one audit entry
/// the call writes names every pseudonym whose data the reply carries, and the records a
/// list left out because the caller may not see them become one denial entry.
///
/// Why gathered rather than written as the read goes: the read runs on a reader
/// connection (a snapshot that never waits for the writer and never holds it), and only
/// when the reply is complete is its entry appended, in one short write transaction that
/// commits before the reply is sent — the audit of a read is durable before the data
/// leaves the daemon, and however long the list, the writer is held for one row.
///
/// Used by one handler on one thread, inside the read's closure; not shared.
final class ReadAudit {
    /// The record the read was about (`client` and a pseudonym, `day` and a date, …).
    private(set) var recordKind: String?
    /// Its id.
    private(set) var recordID: String?
    /// A content-free remark (a count), never health data.
    private(set) var detail: String?
    /// The pseudonyms whose data the reply carries.
    private(set) var disclosed: Set<ClientID> = []
    /// Records of the list left out for lack of right: their kind, id and client.
    private(set) var withheld: [(kind: String, id: String, client: ClientID?)] = []

    /// Names the record the read was about and a remark for its entry.
    func describe(kind: String?, id: String?, detail: String? = nil) {
        recordKind = kind
        recordID = id
        self.detail = detail
    }

    /// The reply carries data of `client`.
    func disclose(_ client: ClientID) { disclosed.insert(client) }

    /// The reply carries data of each of `clients`.
    func disclose<S: Sequence>(_ clients: S) where S.Element == ClientID { disclosed.formUnion(clients) }

    /// A record (`kind`, `id`) of `client` that the list the caller asked for holds but
    /// the reply leaves out, because the caller may not see it.
    func withhold(kind: String, id: String, client: ClientID?) { withheld.append((kind, id, client)) }

    /// Every pseudonym under a `client` key anywhere in `value`: the clients a structured
    /// reply (a roster, a waiting list) carries, whatever its nesting.
    static func clients(in value: JSONValue) -> [ClientID] {
        var found: [ClientID] = []
        func walk(_ value: JSONValue) {
            if let object = value.objectValue {
                for (key, member) in object {
                    if key == "client", let text = member.stringValue, let id = ClientID(text) { found.append(id) } else { walk(member) }
                }
            } else if let array = value.arrayValue {
                for member in array { walk(member) }
            }
        }
        walk(value)
        return found
    }

    /// The entry of the read (outcome ok, naming every disclosed pseudonym) and, when a
    /// list left records out, the denial naming them (their ids in the detail as far as
    /// it holds them, their pseudonyms in `subjects`).
    func entries(action: String, at now: Date, caller: Caller, role: String) -> (read: AuditEntry, denial: AuditEntry?) {
        let read = AuditEntry(at: now, uid: caller.uid, user: caller.userName, role: role, action: action,
                              recordKind: recordKind, recordID: recordID, outcome: .ok, detail: detail,
                              subjects: PseudonymList(disclosed))
        guard let first = withheld.first else { return (read, nil) }
        let kinds = Set(withheld.map(\.kind))
        let kind = kinds.count == 1 ? first.kind : "record"
        var text = "\(EnglishCount.of(withheld.count, kind)) left out of the list, not the caller's: "
            + withheld.map { kinds.count == 1 ? $0.id : "\($0.kind) \($0.id)" }.joined(separator: ", ")
        if text.count > DenialTally.maxDetailLength { text = String(text.prefix(DenialTally.maxDetailLength - 1)) + "…" }
        let denial = AuditEntry(at: now, uid: caller.uid, user: caller.userName, role: caller.roleSummary, action: action,
                                recordKind: recordKind, recordID: recordID, outcome: .denied, detail: text,
                                subjects: PseudonymList(withheld.compactMap(\.client)))
        return (read, denial)
    }
}
