import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink
import LotseSystem

/// `org.lotse.Admin`: operating the daemon — what it runs with, reloading the
/// configuration, and an online backup. Admins only; each reload and backup is audited.
public struct AdminInterface: VarlinkInterface {
    /// Creates the interface.
    public init() {}

    /// The IDL (`AdminProtocol`).
    public let idl = AdminProtocol.idl

    /// Admin only.
    public var methods: [String: MethodEntry] {
        [
            "Status": .single(roles: [.admin], Self.status),
            "Reload": .single(roles: [.admin], Self.reload),
            "Backup": .single(roles: [.admin], Self.backup),
            "Purge": .single(roles: [.admin], Self.purge),
        ]
    }

    /// Tables counted by Status, where they exist.
    static let countedTables = ["clients", "referrals", "specialists", "sessions", "slots", "appointments",
                                "assessments", "help_plans", "outbox", "audit_log"]

    static func timestamp(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        return Self.iso8601(seconds)
    }

    /// ISO 8601 UTC from Unix seconds, without a shared formatter (not Sendable).
    static func iso8601(_ seconds: Int64) -> String {
        UTCTime.iso8601(seconds: seconds)
    }

    static func fileSize(_ path: String) -> Int64 {
        (try? FileSystem.status(path)).map { Int64($0.size) } ?? 0
    }

    static func configurationValue(_ loaded: LoadedConfiguration) -> JSONValue {
        ["path": .string(loaded.path), "loadedAt": .string(timestamp(loaded.loadedAt)),
         "unknownRoleMembers": .array(loaded.unknownRoleMembers.map { .string($0) })]
    }

    @Sendable static func status(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let services = request.services
        let path = services.database.path
        let mailSettings = services.configuration.configuration.mail
        let overdueBefore = services.now().addingTimeInterval(-TimeInterval(mailSettings.alertAfterSeconds))
        let (version, counts, health): (Int, [String: Int], OutboxHealth)
        do {
            (version, counts, health) = try services.database.read { (db: Connection) throws(StoreError) -> (Int, [String: Int], OutboxHealth) in
                let version = try db.fetchValue(Int.self, "PRAGMA user_version") ?? 0
                let existing = Set(try db.fetchAll("SELECT name FROM sqlite_master WHERE type = 'table'").compactMap { row in
                    row.values.first.flatMap { value -> String? in if case .text(let name) = value { return name } else { return nil } }
                })
                var counts: [String: Int] = [:]
                for table in countedTables where existing.contains(table) {
                    counts[table] = try db.fetchValue(Int.self, "SELECT count(*) FROM \(table)") ?? 0
                }
                let health = existing.contains("outbox") ? try Outbox(db).health(overdueBefore: overdueBefore) : OutboxHealth()
                return (version, counts, health)
            }
        } catch {
            throw .databaseError(AdminProtocol.name, error)
        }
        let size = fileSize(path) + fileSize(path + "-wal")
        return [
            "version": .string(DaemonServices.version),
            "pid": .integer(Int64(ThisProcess.id)),
            "startedAt": .string(timestamp(services.startedAt)),
            "uptimeSeconds": .integer(services.uptimeSeconds),
            "database": ["path": .string(path), "sizeBytes": .integer(size), "schemaVersion": .integer(Int64(version))],
            "counts": .object(counts.mapValues { .integer(Int64($0)) }),
            "configuration": configurationValue(services.configuration),
            "mail": mailHealthValue(health, settings: mailSettings),
        ]
    }

    static func mailHealthValue(_ health: OutboxHealth, settings: MailSettings) -> JSONValue {
        [
            "pending": .integer(Int64(health.pending)),
            "oldestPendingSince": health.oldestPendingDueAt.map { .string(timestamp($0)) } ?? .null,
            "overdue": .integer(Int64(health.overdue)),
            "alertAfterSeconds": .integer(Int64(settings.alertAfterSeconds)),
            "failed": .integer(Int64(health.failed)),
            "lastError": health.lastError.map { .string($0) } ?? .null,
            "lastErrorAt": health.lastErrorAt.map { .string(timestamp($0)) } ?? .null,
            "bounceMaildir": settings.bounceMaildir.map { .string($0) } ?? .null,
        ]
    }

    @Sendable static func reload(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let services = request.services
        let caller = request.caller
        do {
            let loaded = try services.reload()
            services.audit(AuditEntry(at: services.now(), uid: caller.uid, user: caller.userName, role: "admin",
                                      action: "admin.reload", recordKind: "configuration", recordID: loaded.path))
            return ["configuration": configurationValue(loaded)]
        } catch {
            services.audit(AuditEntry(at: services.now(), uid: caller.uid, user: caller.userName, role: "admin",
                                      action: "admin.reload", recordKind: "configuration", outcome: .failed,
                                      detail: error.line.map { "line \($0)" }))
            var parameters: [String: JSONValue] = [
                "file": .string(error.file), "message": .string(error.description), "messageDe": .string(error.descriptionDe),
            ]
            if let line = error.line { parameters["line"] = .integer(Int64(line)) }
            throw VarlinkError("org.lotse.Admin.ConfigurationInvalid", parameters: parameters)
        }
    }

    @Sendable static func backup(_ request: MethodRequest) throws(VarlinkError) -> [String: JSONValue] {
        let services = request.services
        let caller = request.caller
        let path = request.parameters["path"]?.stringValue ?? ""
        func fail(en message: String, de messageDe: String) -> VarlinkError {
            services.audit(AuditEntry(at: services.now(), uid: caller.uid, user: caller.userName, role: "admin",
                                      action: "admin.backup", recordKind: "backup", recordID: path, outcome: .failed))
            return VarlinkError("org.lotse.Admin.BackupFailed", parameters: [
                "path": .string(path), "message": .string(message), "messageDe": .string(messageDe),
            ])
        }
        guard path.hasPrefix("/") else { throw VarlinkError.invalidParameter("path") }
        if (try? FileSystem.linkStatus(path)) != nil { throw fail(en: "\(path) already exists; choose a new file name", de: "\(path) gibt es schon; wählen Sie einen neuen Dateinamen") }
        // A backup holds every client's data: only into a directory that is the daemon's alone.
        if let finding = PrivateDataCheck.finding(ListeningSocket.parentDirectory(of: path), owner: ThisProcess.effectiveUser) {
            throw fail(en: finding.english, de: finding.german)
        }
        do {
            try services.database.backup(to: path)
        } catch {
            throw fail(en: error.userSentence, de: error.userSentenceDe)
        }
        services.audit(AuditEntry(at: services.now(), uid: caller.uid, user: caller.userName, role: "admin",
                                  action: "admin.backup", recordKind: "backup", recordID: path))
        services.logger.notice(de: "Sicherung nach \(path) geschrieben, von \(caller.userName)", en: "backup written to \(path) by \(caller.userName)")
        return ["path": .string(path), "sizeBytes": .integer(fileSize(path))]
    }
}
