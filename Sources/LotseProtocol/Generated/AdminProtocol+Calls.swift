// Generated from the IDL of org.lotse.Admin by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension AdminProtocol {
    /// The IDL type `ConfigurationFile`.
    public struct ConfigurationFile: WireValue, Equatable {
        /// `path: string`.
        public var path: String
        /// `loadedAt: string`.
        public var loadedAt: String
        /// `unknownRoleMembers: []string`.
        public var unknownRoleMembers: [String]

        /// Creates the value from its fields.
        public init(path: String, loadedAt: String, unknownRoleMembers: [String]) {
            self.path = path
            self.loadedAt = loadedAt
            self.unknownRoleMembers = unknownRoleMembers
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(path: field("path"), loadedAt: field("loadedAt"),
                unknownRoleMembers: field("unknownRoleMembers"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["path": path.wire, "loadedAt": loadedAt.wire,
            "unknownRoleMembers": unknownRoleMembers.wire]) }
    }

    /// The IDL type `Database`.
    public struct Database: WireValue, Equatable {
        /// `path: string`.
        public var path: String
        /// `sizeBytes: int`.
        public var sizeBytes: Int64
        /// `schemaVersion: int`.
        public var schemaVersion: Int64

        /// Creates the value from its fields.
        public init(path: String, sizeBytes: Int64, schemaVersion: Int64) {
            self.path = path
            self.sizeBytes = sizeBytes
            self.schemaVersion = schemaVersion
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(path: field("path"), sizeBytes: field("sizeBytes"),
                schemaVersion: field("schemaVersion"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["path": path.wire, "sizeBytes": sizeBytes.wire,
            "schemaVersion": schemaVersion.wire]) }
    }

    /// The IDL type `MailHealth`.
    public struct MailHealth: WireValue, Equatable {
        /// `pending: int`.
        public var pending: Int64
        /// `oldestPendingSince: ?string`.
        public var oldestPendingSince: String?
        /// `overdue: int`.
        public var overdue: Int64
        /// `alertAfterSeconds: int`.
        public var alertAfterSeconds: Int64
        /// `failed: int`.
        public var failed: Int64
        /// `lastError: ?string`.
        public var lastError: String?
        /// `lastErrorAt: ?string`.
        public var lastErrorAt: String?
        /// `bounceMaildir: ?string`.
        public var bounceMaildir: String?

        /// Creates the value from its fields.
        public init(pending: Int64, oldestPendingSince: String? = nil, overdue: Int64, alertAfterSeconds: Int64, failed: Int64, lastError: String? = nil, lastErrorAt: String? = nil, bounceMaildir: String? = nil) {
            self.pending = pending
            self.oldestPendingSince = oldestPendingSince
            self.overdue = overdue
            self.alertAfterSeconds = alertAfterSeconds
            self.failed = failed
            self.lastError = lastError
            self.lastErrorAt = lastErrorAt
            self.bounceMaildir = bounceMaildir
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(pending: field("pending"), oldestPendingSince: field("oldestPendingSince"),
                overdue: field("overdue"), alertAfterSeconds: field("alertAfterSeconds"),
                failed: field("failed"), lastError: field("lastError"), lastErrorAt: field("lastErrorAt"),
                bounceMaildir: field("bounceMaildir"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["pending": pending.wire,
            "oldestPendingSince": oldestPendingSince.wire, "overdue": overdue.wire,
            "alertAfterSeconds": alertAfterSeconds.wire, "failed": failed.wire, "lastError": lastError.wire,
            "lastErrorAt": lastErrorAt.wire, "bounceMaildir": bounceMaildir.wire]) }
    }

    /// The parameters of `org.lotse.Admin.Status`.
    public struct StatusRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Admin.Status"
        /// The reply's type.
        public typealias Reply = StatusReply

        /// Creates the value from its fields.
        public init() {
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            _ = try WireFields(wire)
        }

        /// The JSON form.
        public var wire: JSONValue { .object([:]) }
    }

    /// The reply of `org.lotse.Admin.Status`.
    public struct StatusReply: LotseReply, Equatable {
        /// `version: string`.
        public var version: String
        /// `pid: int`.
        public var pid: Int64
        /// `startedAt: string`.
        public var startedAt: String
        /// `uptimeSeconds: int`.
        public var uptimeSeconds: Int64
        /// `database: Database`.
        public var database: Database
        /// `counts: [string]int`.
        public var counts: [String: Int64]
        /// `configuration: ConfigurationFile`.
        public var configuration: ConfigurationFile
        /// `mail: MailHealth`.
        public var mail: MailHealth

        /// Creates the value from its fields.
        public init(version: String, pid: Int64, startedAt: String, uptimeSeconds: Int64, database: Database, counts: [String: Int64], configuration: ConfigurationFile, mail: MailHealth) {
            self.version = version
            self.pid = pid
            self.startedAt = startedAt
            self.uptimeSeconds = uptimeSeconds
            self.database = database
            self.counts = counts
            self.configuration = configuration
            self.mail = mail
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(version: field("version"), pid: field("pid"), startedAt: field("startedAt"),
                uptimeSeconds: field("uptimeSeconds"), database: field("database"), counts: field("counts"),
                configuration: field("configuration"), mail: field("mail"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["version": version.wire, "pid": pid.wire,
            "startedAt": startedAt.wire, "uptimeSeconds": uptimeSeconds.wire, "database": database.wire,
            "counts": counts.wire, "configuration": configuration.wire, "mail": mail.wire]) }
    }

    /// The parameters of `org.lotse.Admin.Reload`.
    public struct ReloadRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Admin.Reload"
        /// The reply's type.
        public typealias Reply = ReloadReply

        /// Creates the value from its fields.
        public init() {
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            _ = try WireFields(wire)
        }

        /// The JSON form.
        public var wire: JSONValue { .object([:]) }
    }

    /// The reply of `org.lotse.Admin.Reload`.
    public struct ReloadReply: LotseReply, Equatable {
        /// `configuration: ConfigurationFile`.
        public var configuration: ConfigurationFile

        /// Creates the value from its fields.
        public init(configuration: ConfigurationFile) {
            self.configuration = configuration
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(configuration: field("configuration"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["configuration": configuration.wire]) }
    }

    /// The parameters of `org.lotse.Admin.Backup`.
    public struct BackupRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Admin.Backup"
        /// The reply's type.
        public typealias Reply = BackupReply

        /// `path: string`.
        public var path: String

        /// Creates the value from its fields.
        public init(path: String) {
            self.path = path
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(path: field("path"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["path": path.wire]) }
    }

    /// The reply of `org.lotse.Admin.Backup`.
    public struct BackupReply: LotseReply, Equatable {
        /// `path: string`.
        public var path: String
        /// `sizeBytes: int`.
        public var sizeBytes: Int64

        /// Creates the value from its fields.
        public init(path: String, sizeBytes: Int64) {
            self.path = path
            self.sizeBytes = sizeBytes
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(path: field("path"), sizeBytes: field("sizeBytes"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["path": path.wire, "sizeBytes": sizeBytes.wire]) }
    }

    /// The parameters of `org.lotse.Admin.Purge`.
    public struct PurgeRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Admin.Purge"
        /// The reply's type.
        public typealias Reply = PurgeReply

        /// Creates the value from its fields.
        public init() {
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            _ = try WireFields(wire)
        }

        /// The JSON form.
        public var wire: JSONValue { .object([:]) }
    }

    /// The reply of `org.lotse.Admin.Purge`.
    public struct PurgeReply: LotseReply, Equatable {
        /// `purged: []string`.
        public var purged: [String]
        /// `monthsAfterClose: int`.
        public var monthsAfterClose: Int64
        /// `auditEntriesExpired: int`.
        public var auditEntriesExpired: Int64
        /// `auditMonths: int`.
        public var auditMonths: Int64
        /// `day: string`.
        public var day: String

        /// Creates the value from its fields.
        public init(purged: [String], monthsAfterClose: Int64, auditEntriesExpired: Int64, auditMonths: Int64, day: String) {
            self.purged = purged
            self.monthsAfterClose = monthsAfterClose
            self.auditEntriesExpired = auditEntriesExpired
            self.auditMonths = auditMonths
            self.day = day
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(purged: field("purged"), monthsAfterClose: field("monthsAfterClose"),
                auditEntriesExpired: field("auditEntriesExpired"), auditMonths: field("auditMonths"),
                day: field("day"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["purged": purged.wire,
            "monthsAfterClose": monthsAfterClose.wire, "auditEntriesExpired": auditEntriesExpired.wire,
            "auditMonths": auditMonths.wire, "day": day.wire]) }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Admin.Status": StatusReply.self,
        "org.lotse.Admin.Reload": ReloadReply.self,
        "org.lotse.Admin.Backup": BackupReply.self,
        "org.lotse.Admin.Purge": PurgeReply.self,
    ]
}
