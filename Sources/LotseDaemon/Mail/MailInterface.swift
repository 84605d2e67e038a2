import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.Mail`: the outbox for coordinators (and admins) — what is waiting, what
/// went, what failed and why — and sending a failed mail again. No subject or body is
/// shown: those name pseudonyms, and the list is about delivery, not content.
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

    static func entryValue(_ entry: OutboxEntry) -> JSONValue {
        func time(_ date: Date) -> JSONValue { .string(AdminInterface.timestamp(date)) }
        return [
            "id": .integer(entry.id),
            "kind": .string(entry.kind),
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

    @Sendable static func outbox(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        var states: Set<OutboxState> = []
        if let text = request.parameters["state"]?.stringValue {
            guard let state = OutboxState(rawValue: text) else { throw VarlinkError.invalidParameter("state") }
            states = [state]
        }
        let limit = Int(max(1, min(10_000, request.parameters["limit"]?.integerValue ?? 200)))
        do {
            let entries = try request.services.database.read { (db: Connection) throws(StoreError) in
                try OutboxQueue.list(db, states: states, limit: limit)
            }
            return ["entries": .array(entries.map(entryValue))]
        } catch {
            throw VarlinkError("org.lotse.Mail.DatabaseError", parameters: ["message": .string(error.message)])
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
                                                       action: "mail.retry", recordKind: "outbox", recordID: String(id)))
                } catch { throw .store(error) }
                return entry
            }
            MailService.wakeRunning()
            return ["entry": entryValue(entry)]
        } catch {
            switch error {
            case .notFound(let id): throw VarlinkError("org.lotse.Mail.NotFound", parameters: ["id": .integer(id)])
            case .notRetryable(let id, let state):
                throw VarlinkError("org.lotse.Mail.NotRetryable", parameters: ["id": .integer(id), "state": .string(state.rawValue)])
            case .moot(let id): throw VarlinkError("org.lotse.Mail.Moot", parameters: ["id": .integer(id)])
            default: throw VarlinkError("org.lotse.Mail.DatabaseError", parameters: ["message": .string(error.description)])
            }
        }
    }
}
