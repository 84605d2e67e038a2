// Generated from the IDL of org.lotse.Demo by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension DemoProtocol {
    /// The IDL type `ReferralDate`.
    public struct ReferralDate: WireValue, Equatable {
        /// `referral: int`.
        public var referral: Int64
        /// `referredOn: string`.
        public var referredOn: String

        /// Creates the value from its fields.
        public init(referral: Int64, referredOn: String) {
            self.referral = referral
            self.referredOn = referredOn
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(referral: field("referral"), referredOn: field("referredOn"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["referral": referral.wire, "referredOn": referredOn.wire]) }
    }

    /// The parameters of `org.lotse.Demo.ActAs`.
    public struct ActAsRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Demo.ActAs"
        /// The reply's type.
        public typealias Reply = ActAsReply

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

    /// The reply of `org.lotse.Demo.ActAs`.
    public struct ActAsReply: LotseReply, Equatable {
        /// `user: string`.
        public var user: String
        /// `roles: []string`.
        public var roles: [String]

        /// Creates the value from its fields.
        public init(user: String, roles: [String]) {
            self.user = user
            self.roles = roles
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(user: field("user"), roles: field("roles"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["user": user.wire, "roles": roles.wire]) }
    }

    /// The parameters of `org.lotse.Demo.Backdate`.
    public struct BackdateRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Demo.Backdate"
        /// The reply's type.
        public typealias Reply = BackdateReply

        /// `referrals: []ReferralDate`.
        public var referrals: [ReferralDate]

        /// Creates the value from its fields.
        public init(referrals: [ReferralDate]) {
            self.referrals = referrals
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(referrals: field("referrals"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["referrals": referrals.wire]) }
    }

    /// The reply of `org.lotse.Demo.Backdate`.
    public struct BackdateReply: LotseReply, Equatable {
        /// `changed: int`.
        public var changed: Int64

        /// Creates the value from its fields.
        public init(changed: Int64) {
            self.changed = changed
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(changed: field("changed"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["changed": changed.wire]) }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Demo.ActAs": ActAsReply.self,
        "org.lotse.Demo.Backdate": BackdateReply.self,
    ]
}
