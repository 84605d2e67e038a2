import Foundation
import LotseCore

/// A record of a purged client named by audit entries: the client itself (`client`,
/// pseudonym) or one of its referrals, appointments and assessments (their numbers).
public struct AuditRecordKey: Sendable, Hashable {
    /// The entries' `record_kind`.
    public var kind: String
    /// The entries' `record_id`.
    public var id: String

    /// A record as audit entries name it.
    public init(kind: String, id: String) {
        self.kind = kind
        self.id = id
    }
}

extension AuditLog {
    /// Empties the audit log of purged clients (in the purge's transaction, after their
    /// data was deleted): the entries about `records` — the clients and their own
    /// referrals, appointments and assessments — lose their record id and remark; every
    /// entry loses these pseudonyms from its subjects, and a remark that names one is
    /// dropped. Each changed entry is marked `redacted`. Returns how many entries changed.
    ///
    /// Why not delete the entries: the log must keep showing that the access happened, who
    /// made it and when; only the link to the person goes. Why not a digest of the
    /// pseudonym: pseudonyms are numbered in order, so any digest without a secret key is
    /// undone by trying every number, and a kept key would undo it just the same.
    @discardableResult
    public func forget(clients: Set<ClientID>, records: Set<AuditRecordKey>) throws(StoreError) -> Int {
        guard !clients.isEmpty || !records.isEmpty else { return 0 }
        var candidates: [Int64: Row] = [:]
        let columns = "SELECT id, record_kind, record_id, detail, subjects FROM audit_log"
        for record in records {
            for row in try db.fetchAll("\(columns) WHERE record_kind = ? AND record_id = ?", [record.kind, record.id]) {
                candidates[try row.decode(Int64.self, "id")] = row
            }
        }
        // Subjects are kept in runs (`K-2026-0001..0420`), so a pseudonym inside a run is
        // not a substring: every list naming the year is read and decoded.
        for year in Set(clients.map(\.year)) {
            for row in try db.fetchAll("\(columns) WHERE instr(subjects, ?) > 0", ["K-\(year)-"]) {
                candidates[try row.decode(Int64.self, "id")] = row
            }
        }
        for client in clients {
            for row in try db.fetchAll("\(columns) WHERE instr(detail, ?) > 0 OR instr(record_id, ?) > 0",
                                       [client.description, client.description]) {
                candidates[try row.decode(Int64.self, "id")] = row
            }
        }
        return try rewrite(candidates.keys.sorted().compactMap { candidates[$0] }, isGone: { clients.contains($0) }, isOwn: { records.contains($0) })
    }

    /// Once, on the first purge after schema version 13: empties the entries of clients
    /// purged before the audit log could forget — every pseudonym the log names that no
    /// longer names a stored client, and the entries about referrals, appointments and
    /// assessments that are no longer stored. Afterwards each purge forgets its own
    /// clients (`forget(clients:records:)`). Returns how many entries changed.
    @discardableResult
    public func forgetClientsPurgedBeforeRedaction() throws(StoreError) -> Int {
        guard try db.fetchValue(Int.self, "SELECT swept FROM audit_purge_gate WHERE id = 1") == 0 else { return 0 }
        var stored = Set<ClientID>()
        for row in try db.fetchAll("SELECT pseudonym FROM clients") { stored.insert(try row.decode(ClientID.self, "pseudonym")) }
        var storedRecords = Set<AuditRecordKey>()
        for (kind, table) in [("referral", "referrals"), ("appointment", "appointments"), ("assessment", "assessments")] {
            for row in try db.fetchAll("SELECT id FROM \(table)") {
                storedRecords.insert(AuditRecordKey(kind: kind, id: String(try row.decode(Int64.self, "id"))))
            }
        }
        let rows = try db.fetchAll("""
            SELECT id, record_kind, record_id, detail, subjects FROM audit_log
            WHERE subjects IS NOT NULL OR record_kind IN ('client', 'referral', 'appointment', 'assessment')
               OR detail GLOB '*K-[0-9][0-9][0-9][0-9]-[0-9]*'
            ORDER BY id
            """)
        let changed = try rewrite(rows, isGone: { !stored.contains($0) }, isOwn: { key in
            switch key.kind {
            case "client": return ClientID(key.id).map { !stored.contains($0) } ?? false
            case "referral", "appointment", "assessment": return Int64(key.id) != nil && !storedRecords.contains(key)
            default: return false
            }
        })
        try db.execute("UPDATE audit_purge_gate SET swept = 1 WHERE id = 1")
        return changed
    }

    /// Rewrites `rows` through the redaction gate: an entry about a record `isOwn` says is
    /// the person's loses record id and remark; pseudonyms `isGone` says are purged leave
    /// its subjects; a remark naming such a pseudonym is dropped. Rows with nothing to
    /// change are left alone.
    private func rewrite(_ rows: [Row], isGone: (ClientID) -> Bool, isOwn: (AuditRecordKey) -> Bool) throws(StoreError) -> Int {
        guard db.isInTransaction else {
            throw StoreError(kind: .invalidValue(field: "transaction"),
                             message: "The audit log is emptied of a purged client only inside the purge's write transaction.")
        }
        var changed = 0
        var gateOpen = false
        for row in rows {
            let id = try row.decode(Int64.self, "id")
            let kind = try row.decodeIfPresent(String.self, "record_kind")
            let recordID = try row.decodeIfPresent(String.self, "record_id")
            let detail = try row.decodeIfPresent(String.self, "detail")
            let subjectsText = try row.decodeIfPresent(String.self, "subjects")
            guard let subjects = PseudonymList(text: subjectsText ?? "") else {
                throw StoreError(kind: .invalidValue(field: "audit_log.subjects"),
                                 message: "Audit entry \(id) names pseudonyms in a form Lotse does not write.")
            }
            let own = kind.flatMap { kind in recordID.map { isOwn(AuditRecordKey(kind: kind, id: $0)) } } ?? false
            let kept = subjects.members.filter { !isGone($0) }
            let remarkNamesGone = detail.map { Self.namesPseudonym($0, where: isGone) } ?? false
            let recordNamesGone = recordID.map { Self.namesPseudonym($0, where: isGone) } ?? false
            guard own || remarkNamesGone || recordNamesGone || kept.count != subjects.count else { continue }
            if !gateOpen {
                try db.execute("UPDATE audit_purge_gate SET redacting = 1 WHERE id = 1")
                gateOpen = true
            }
            let newSubjects = kept.isEmpty ? nil : PseudonymList(kept).description
            try db.execute("UPDATE audit_log SET record_id = ?, detail = ?, subjects = ?, redacted = 1 WHERE id = ?",
                           [own || recordNamesGone ? nil : recordID, own || remarkNamesGone ? nil : detail,
                            subjectsText == nil ? nil : newSubjects, id])
            changed += 1
        }
        if gateOpen { try db.execute("UPDATE audit_purge_gate SET redacting = NULL WHERE id = 1") }
        return changed
    }

    /// Whether `text` contains a pseudonym for which `isGone` holds.
    private static func namesPseudonym(_ text: String, where isGone: (ClientID) -> Bool) -> Bool {
        guard text.contains("K-") else { return false }
        let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") })
        return words.contains { word in ClientID(String(word)).map(isGone) ?? false }
    }
}
