// Generated from the IDL of org.lotse.FollowUps by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension FollowUpsProtocol {
    /// The IDL type `Step`, declared alike in several interfaces.
    public typealias Step = LotseWire.Step

    /// The parameters of `org.lotse.FollowUps.List`.
    public struct ListRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.FollowUps.List"
        /// The reply's type.
        public typealias Reply = ListReply

        /// The values of `scope`.
        public enum Scope: String, WireEnum {
            case mine
            case overdue
            case all
        }

        /// The values of `status`.
        public enum Status: String, WireEnum {
            case `open`
            case done
            case dropped
        }

        /// `scope: ?(mine, overdue, all)`.
        public var scope: Scope?
        /// `client: ?string`.
        public var client: String?
        /// `status: ?(open, done, dropped)`.
        public var status: Status?

        /// Creates the value from its fields.
        public init(scope: Scope? = nil, client: String? = nil, status: Status? = nil) {
            self.scope = scope
            self.client = client
            self.status = status
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(scope: field("scope"), client: field("client"), status: field("status"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["scope": scope.wire, "client": client.wire,
            "status": status.wire]) }
    }

    /// The reply of `org.lotse.FollowUps.List`.
    public struct ListReply: LotseReply, Equatable {
        /// `steps: []Step`.
        public var steps: [Step]

        /// Creates the value from its fields.
        public init(steps: [Step]) {
            self.steps = steps
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(steps: field("steps"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["steps": steps.wire]) }
    }

    /// The parameters of `org.lotse.FollowUps.Done`.
    public struct DoneRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.FollowUps.Done"
        /// The reply's type.
        public typealias Reply = DoneReply

        /// `step: int`.
        public var step: Int64

        /// Creates the value from its fields.
        public init(step: Int64) {
            self.step = step
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(step: field("step"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["step": step.wire]) }
    }

    /// The reply of `org.lotse.FollowUps.Done`.
    public struct DoneReply: LotseReply, Equatable {
        /// `step: Step`.
        public var step: Step

        /// Creates the value from its fields.
        public init(step: Step) {
            self.step = step
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(step: field("step"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["step": step.wire]) }
    }

    /// The parameters of `org.lotse.FollowUps.Reassign`.
    public struct ReassignRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.FollowUps.Reassign"
        /// The reply's type.
        public typealias Reply = ReassignReply

        /// The values of `role`.
        public enum Role: String, WireEnum {
            case caseworker
            case specialist
            case coordinator
        }

        /// `step: int`.
        public var step: Int64
        /// `role: (caseworker, specialist, coordinator)`.
        public var role: Role
        /// `user: ?string`.
        public var user: String?

        /// Creates the value from its fields.
        public init(step: Int64, role: Role, user: String? = nil) {
            self.step = step
            self.role = role
            self.user = user
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(step: field("step"), role: field("role"), user: field("user"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["step": step.wire, "role": role.wire, "user": user.wire]) }
    }

    /// The reply of `org.lotse.FollowUps.Reassign`.
    public struct ReassignReply: LotseReply, Equatable {
        /// `step: Step`.
        public var step: Step

        /// Creates the value from its fields.
        public init(step: Step) {
            self.step = step
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(step: field("step"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["step": step.wire]) }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.FollowUps.List": ListReply.self,
        "org.lotse.FollowUps.Done": DoneReply.self,
        "org.lotse.FollowUps.Reassign": ReassignReply.self,
    ]
}
