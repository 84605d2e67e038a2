import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.Mail`: the outbox for coordinators (and admins) — what is waiting, what
/// went, what failed and why — and sending a failed mail again. No subject, body or
/// pseudonym is shown (the Message-ID is opaque): the list is about delivery, not content.
public struct MailInterface: VarlinkInterface {
    /// Creates the interface.
    public init() {}

    /// The IDL (`MailProtocol`).
    public let idl = MailProtocol.idl

    /// Coordinators and admins.
    public var methods: [String: MethodEntry] {
        [
            "Outbox": .single(roles: [.coordinator, .admin], Self.outbox),
            "Retry": .single(roles: [.coordinator, .admin], Self.retry),
        ]
    }

    /// Kinds of mail whose very kind is health-derived or casework an admin never sees
    /// (the consent table: no screening or escalation, no follow-up steps, no help plan):
    /// an admin's list shows them as `withheld`. Coordinators see every kind.
    static let kindsWithheldFromAdmins: Set<String> = [
        ReminderKind.acuteRiskAlert.rawValue, ReminderKind.followUpDue.rawValue, ReminderKind.helpPlanReviewDue.rawValue,
    ]

    /// One row as the caller may see it: delivery facts and an opaque Message-ID, never a
    /// subject, body or pseudonym; for an admin (`coordinator` false) the kind of a mail
    /// about screening, steps or a help plan is `withheld`.
    static func entryValue(_ entry: OutboxEntry, coordinator: Bool) -> JSONValue {
        func time(_ date: Date) -> JSONValue { .string(AdminInterface.timestamp(date)) }
        let kind = coordinator || !kindsWithheldFromAdmins.contains(entry.kind) ? entry.kind : "withheld"
        return [
            "id": .integer(entry.id),
            "kind": .string(kind),
            "recipient": .string(entry.recipient),
            "state": .string(entry.state.rawValue),
            "moot": .bool(entry.moot),
            "attempts": .integer(Int64(entry.attempts)),
            "nextAttemptAt": time(entry.nextAttemptAt),
            "createdAt": time(entry.createdAt),
            "sentAt": entry.sentAt.map(time) ?? .null,
            "lastExitCode": entry.lastExitCode.map { .integer(Int64($0)) } ?? .null,
            "lastError": entry.lastError.map { .string($0) } ?? .null,
            "messageId": .string(entry.messageID),
        ]
    }

    /// The client a row is about: its client column, or the pseudonym an alert names
    /// (an alert for a pseudonym not stored has no client column).
    static func client(of entry: OutboxEntry) -> ClientID? {
        (entry.message.content.client ?? entry.subjectID).flatMap(ClientID.init)
    }

    /// The outbox, newest first. The read is audited like every read of client data: one
    /// `mail.outbox` entry naming every client whose mail the reply lists, written (and
    /// committed) before the reply leaves.
    @Sendable static func outbox(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        // A moot mail is listed as moot, not under the state it stopped in: "moot" asks for
        // those alone, any other state leaves them out.
        var states: Set<OutboxState> = []
        var moot: Bool?
        if let text = request.parameters["state"]?.stringValue {
            if text == "moot" {
                moot = true
            } else {
                guard let state = OutboxState(rawValue: text) else { throw VarlinkError.invalidParameter("state") }
                states = [state]
                moot = false
            }
        }
        let limit = Int(max(1, min(10_000, request.parameters["limit"]?.integerValue ?? 200)))
        let services = request.services
        let caller = request.caller
        let coordinator = caller.roles.contains(.coordinator)
        do {
            let entries = try services.database.read { (db: Connection) throws(StoreError) in
                try OutboxQueue.list(db, states: states, moot: moot, limit: limit)
            }
            let audit = ReadAudit()
            audit.describe(kind: "outbox", id: nil, detail: "\(EnglishCount.of(entries.count, "mail"))")
            audit.disclose(entries.compactMap(client(of:)))
            let entry = audit.entries(action: "mail.outbox", at: services.now(), caller: caller,
                                      role: coordinator ? "coordinator" : "admin").read
            try services.recordRead(entry)
            return ["entries": .array(entries.map { entryValue($0, coordinator: coordinator) })]
        } catch {
            throw .databaseError(MailProtocol.name, error)
        }
    }

    @Sendable static func retry(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        guard let id = request.parameters["id"]?.integerValue else { throw VarlinkError.invalidParameter("id") }
        let services = request.services
        let caller = request.caller
        let role = caller.roles.contains(.coordinator) ? "coordinator" : "admin"
        let now = services.now()
        do throws(OutboxError) {
            let entry = try services.database.write { (db: Connection) throws(OutboxError) -> OutboxEntry in
                let entry = try OutboxQueue.retry(db, id: id, now: now)
                do throws(StoreError) {
                    _ = try AuditLog(db).append(AuditEntry(at: now, uid: caller.uid, user: caller.userName, role: role,
                                                       action: "mail.retry", recordKind: "outbox", recordID: String(id),
                                                       subjects: PseudonymList([client(of: entry)].compactMap { $0 })))
                } catch { throw .store(error) }
                return entry
            }
            MailService.wakeRunning()
            return ["entry": entryValue(entry, coordinator: role == "coordinator")]
        } catch {
            switch error {
            case .notFound(let id): throw RecordNotFound.error(MailProtocol.name, "outbox message", String(id))
            case .notRetryable(let id, let state):
                throw VarlinkError("org.lotse.Mail.NotRetryable", parameters: ["id": .integer(id), "state": .string(state.rawValue)])
            case .moot(let id): throw VarlinkError("org.lotse.Mail.Moot", parameters: ["id": .integer(id)])
            case .store(let error): throw .databaseError(MailProtocol.name, error)
            default: throw .databaseError(MailProtocol.name, en: error.description, de: error.german)
            }
        }
    }
}
