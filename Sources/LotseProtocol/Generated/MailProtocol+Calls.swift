// Generated from the IDL of org.lotse.Mail by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension MailProtocol {
    /// The IDL type `Entry`.
    public struct Entry: WireValue, Equatable {
        /// The values of `state`.
        public enum State: String, WireEnum {
            case pending
            case sending
            case sent
            case failed
        }

        /// `id: int`.
        public var id: Int64
        /// `kind: string`.
        public var kind: String
        /// `recipient: string`.
        public var recipient: String
        /// `state: (pending, sending, sent, failed)`.
        public var state: State
        /// `moot: bool`.
        public var moot: Bool
        /// `attempts: int`.
        public var attempts: Int64
        /// `nextAttemptAt: string`.
        public var nextAttemptAt: String
        /// `createdAt: string`.
        public var createdAt: String
        /// `sentAt: ?string`.
        public var sentAt: String?
        /// `lastExitCode: ?int`.
        public var lastExitCode: Int64?
        /// `lastError: ?string`.
        public var lastError: String?
        /// `messageId: string`.
        public var messageId: String

        /// Creates the value from its fields.
        public init(id: Int64, kind: String, recipient: String, state: State, moot: Bool, attempts: Int64, nextAttemptAt: String, createdAt: String, sentAt: String? = nil, lastExitCode: Int64? = nil, lastError: String? = nil, messageId: String) {
            self.id = id
            self.kind = kind
            self.recipient = recipient
            self.state = state
            self.moot = moot
            self.attempts = attempts
            self.nextAttemptAt = nextAttemptAt
            self.createdAt = createdAt
            self.sentAt = sentAt
            self.lastExitCode = lastExitCode
            self.lastError = lastError
            self.messageId = messageId
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"), kind: field("kind"), recipient: field("recipient"),
                state: field("state"), moot: field("moot"), attempts: field("attempts"),
                nextAttemptAt: field("nextAttemptAt"), createdAt: field("createdAt"), sentAt: field("sentAt"),
                lastExitCode: field("lastExitCode"), lastError: field("lastError"),
                messageId: field("messageId"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire, "kind": kind.wire, "recipient": recipient.wire,
            "state": state.wire, "moot": moot.wire, "attempts": attempts.wire,
            "nextAttemptAt": nextAttemptAt.wire, "createdAt": createdAt.wire, "sentAt": sentAt.wire,
            "lastExitCode": lastExitCode.wire, "lastError": lastError.wire, "messageId": messageId.wire]) }
    }

    /// The parameters of `org.lotse.Mail.Outbox`.
    public struct OutboxRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Mail.Outbox"
        /// The reply's type.
        public typealias Reply = OutboxReply

        /// The values of `state`.
        public enum State: String, WireEnum {
            case pending
            case sending
            case sent
            case failed
            case moot
        }

        /// `state: ?(pending, sending, sent, failed, moot)`.
        public var state: State?
        /// `limit: ?int`.
        public var limit: Int64?

        /// Creates the value from its fields.
        public init(state: State? = nil, limit: Int64? = nil) {
            self.state = state
            self.limit = limit
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(state: field("state"), limit: field("limit"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["state": state.wire, "limit": limit.wire]) }
    }

    /// The reply of `org.lotse.Mail.Outbox`.
    public struct OutboxReply: LotseReply, Equatable {
        /// `entries: []Entry`.
        public var entries: [Entry]

        /// Creates the value from its fields.
        public init(entries: [Entry]) {
            self.entries = entries
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(entries: field("entries"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["entries": entries.wire]) }
    }

    /// The parameters of `org.lotse.Mail.Retry`.
    public struct RetryRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Mail.Retry"
        /// The reply's type.
        public typealias Reply = RetryReply

        /// `id: int`.
        public var id: Int64

        /// Creates the value from its fields.
        public init(id: Int64) {
            self.id = id
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire]) }
    }

    /// The reply of `org.lotse.Mail.Retry`.
    public struct RetryReply: LotseReply, Equatable {
        /// `entry: Entry`.
        public var entry: Entry

        /// Creates the value from its fields.
        public init(entry: Entry) {
            self.entry = entry
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(entry: field("entry"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["entry": entry.wire]) }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Mail.Outbox": OutboxReply.self,
        "org.lotse.Mail.Retry": RetryReply.self,
    ]
}
