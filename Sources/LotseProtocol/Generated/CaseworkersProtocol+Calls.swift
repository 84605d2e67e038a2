// Generated from the IDL of org.lotse.Caseworkers by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension CaseworkersProtocol {
    /// The IDL type `Caseworker`.
    public struct Caseworker: WireValue, Equatable {
        /// The values of `language`.
        public enum Language: String, WireEnum {
            case de
            case en
        }

        /// `user: string`.
        public var user: String
        /// `email: string`.
        public var email: String
        /// `language: (de, en)`.
        public var language: Language

        /// Creates the value from its fields.
        public init(user: String, email: String, language: Language) {
            self.user = user
            self.email = email
            self.language = language
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(user: field("user"), email: field("email"), language: field("language"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["user": user.wire, "email": email.wire,
            "language": language.wire]) }
    }

    /// The parameters of `org.lotse.Caseworkers.Set`.
    public struct SetRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Caseworkers.Set"
        /// The reply's type.
        public typealias Reply = SetReply

        /// The values of `language`.
        public enum Language: String, WireEnum {
            case de
            case en
        }

        /// `user: string`.
        public var user: String
        /// `email: string`.
        public var email: String
        /// `language: ?(de, en)`.
        public var language: Language?

        /// Creates the value from its fields.
        public init(user: String, email: String, language: Language? = nil) {
            self.user = user
            self.email = email
            self.language = language
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(user: field("user"), email: field("email"), language: field("language"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["user": user.wire, "email": email.wire,
            "language": language.wire]) }
    }

    /// The reply of `org.lotse.Caseworkers.Set`.
    public struct SetReply: LotseReply, Equatable {
        /// `caseworker: Caseworker`.
        public var caseworker: Caseworker

        /// Creates the value from its fields.
        public init(caseworker: Caseworker) {
            self.caseworker = caseworker
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(caseworker: field("caseworker"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["caseworker": caseworker.wire]) }
    }

    /// The parameters of `org.lotse.Caseworkers.Remove`.
    public struct RemoveRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Caseworkers.Remove"
        /// The reply's type.
        public typealias Reply = RemoveReply

        /// `user: string`.
        public var user: String

        /// Creates the value from its fields.
        public init(user: String) {
            self.user = user
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(user: field("user"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["user": user.wire]) }
    }

    /// The reply of `org.lotse.Caseworkers.Remove`.
    public struct RemoveReply: LotseReply, Equatable {
        /// `removed: string`.
        public var removed: String

        /// Creates the value from its fields.
        public init(removed: String) {
            self.removed = removed
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(removed: field("removed"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["removed": removed.wire]) }
    }

    /// The parameters of `org.lotse.Caseworkers.List`.
    public struct ListRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Caseworkers.List"
        /// The reply's type.
        public typealias Reply = ListReply

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

    /// The reply of `org.lotse.Caseworkers.List`.
    public struct ListReply: LotseReply, Equatable {
        /// `caseworkers: []Caseworker`.
        public var caseworkers: [Caseworker]

        /// Creates the value from its fields.
        public init(caseworkers: [Caseworker]) {
            self.caseworkers = caseworkers
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(caseworkers: field("caseworkers"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["caseworkers": caseworkers.wire]) }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Caseworkers.Set": SetReply.self,
        "org.lotse.Caseworkers.Remove": RemoveReply.self,
        "org.lotse.Caseworkers.List": ListReply.self,
    ]
}
