import Foundation
import LotseCore

/// How an audited action ended.
public enum AuditOutcome: String, Sendable, CaseIterable, DatabaseValueConvertible {
    /// The action was carried out.
    case ok
    /// Authorisation refused it (`PermissionDenied`).
    case denied
    /// It was allowed but failed (bad input, store error).
    case failed
}

/// One line of the audit log: who (Unix uid and user, role) did what (action) to which
/// record, when, and how it ended.
///
/// Holds identifiers only — pseudonyms or a record id, never the content — so that the
/// log can outlive the client data it refers to (see `AuditLog`).
public struct AuditEntry: Sendable, Hashable {
    /// The entry's id, assigned by the store; nil before it is appended.
    public var id: Int64?
    /// When it happened (stored to the second).
    public var at: Date
    /// The caller's Unix uid from `SO_PEERCRED`, nil for the daemon's own actions.
    public var uid: UInt32?
    /// The caller's user name (or `lotsed` for the daemon's own actions).
    public var user: String
    /// The role the caller acted in (`caseworker`, `coordinator`, `specialist`, `admin`, `system`).
    public var role: String
    /// What was done, as a dotted verb (`referral.submit`, `screening.read`, `client.purge`).
    public var action: String
    /// The kind of record touched (`client`, `referral`, …), if any.
    public var recordKind: String?
    /// The record's id or pseudonym, if any.
    public var recordID: String?
    /// How it ended.
    public var outcome: AuditOutcome
    /// A short, content-free remark (a count, a denial reason); never health data.
    public var detail: String?
    /// For a read: every pseudonym whose data the reply carried; for a denial of records
    /// left out of a list: the pseudonyms of those records. Empty for other entries.
    public var subjects: PseudonymList
    /// Whether the retention purge emptied this entry of a deleted client (its pseudonym,
    /// and for an entry about the client's own records the record id and remark).
    public var redacted: Bool

    /// Creates an entry to append.
    public init(id: Int64? = nil, at: Date, uid: UInt32?, user: String, role: String, action: String,
                recordKind: String? = nil, recordID: String? = nil, outcome: AuditOutcome = .ok, detail: String? = nil,
                subjects: PseudonymList = PseudonymList([]), redacted: Bool = false) {
        self.id = id
        self.at = at
        self.uid = uid
        self.user = user
        self.role = role
        self.action = action
        self.recordKind = recordKind
        self.recordID = recordID
        self.outcome = outcome
        self.detail = detail
        self.subjects = subjects
        self.redacted = redacted
    }
}

/// Filters for reading the audit log; every field narrows the result, nil means "any".
public struct AuditQuery: Sendable, Hashable {
    /// Entries at or after this instant.
    public var since: Date?
    /// Entries before this instant.
    public var until: Date?
    /// Entries by this user.
    public var user: String?
    /// Entries about this kind of record.
    public var recordKind: String?
    /// Entries about this record id.
    public var recordID: String?
    /// Entries of this action (`referral.submit`, …).
    public var action: String?
    /// Entries with this outcome (for example every denial).
    public var outcome: AuditOutcome?
    /// Entries older than this id, for paging backwards through a long log.
    public var beforeID: Int64?
    /// At most this many entries, newest first.
    public var limit: Int

    /// A query; by default the newest 1000 entries.
    public init(since: Date? = nil, until: Date? = nil, user: String? = nil, recordKind: String? = nil,
                recordID: String? = nil, action: String? = nil, outcome: AuditOutcome? = nil, beforeID: Int64? = nil,
                limit: Int = 1000) {
        self.since = since
        self.until = until
        self.user = user
        self.recordKind = recordKind
        self.recordID = recordID
        self.action = action
        self.outcome = outcome
        self.beforeID = beforeID
        self.limit = limit
    }
}
