// Generated from the IDL of org.lotse.HelpPlans by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension HelpPlansProtocol {
    /// The IDL type `Goal`.
    public struct Goal: WireValue, Equatable {
        /// `id: int`.
        public var id: Int64
        /// `domain: string`.
        public var domain: String
        /// `title: string`.
        public var title: String
        /// `status: string`.
        public var status: String
        /// `targetDate: ?string`.
        public var targetDate: String?
        /// `notes: string`.
        public var notes: String
        /// `titleDe: string`.
        public var titleDe: String
        /// `titleEn: string`.
        public var titleEn: String
        /// `notesDe: string`.
        public var notesDe: String
        /// `notesEn: string`.
        public var notesEn: String

        /// Creates the value from its fields.
        public init(id: Int64, domain: String, title: String, status: String, targetDate: String? = nil, notes: String, titleDe: String, titleEn: String, notesDe: String, notesEn: String) {
            self.id = id
            self.domain = domain
            self.title = title
            self.status = status
            self.targetDate = targetDate
            self.notes = notes
            self.titleDe = titleDe
            self.titleEn = titleEn
            self.notesDe = notesDe
            self.notesEn = notesEn
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"), domain: field("domain"), title: field("title"),
                status: field("status"), targetDate: field("targetDate"), notes: field("notes"),
                titleDe: field("titleDe"), titleEn: field("titleEn"), notesDe: field("notesDe"),
                notesEn: field("notesEn"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire, "domain": domain.wire, "title": title.wire,
            "status": status.wire, "targetDate": targetDate.wire, "notes": notes.wire,
            "titleDe": titleDe.wire, "titleEn": titleEn.wire, "notesDe": notesDe.wire,
            "notesEn": notesEn.wire]) }
    }

    /// The IDL type `Plan`.
    public struct Plan: WireValue, Equatable {
        /// `client: string`.
        public var client: String
        /// `version: Version`.
        public var version: Version
        /// `reviewDue: bool`.
        public var reviewDue: Bool

        /// Creates the value from its fields.
        public init(client: String, version: Version, reviewDue: Bool) {
            self.client = client
            self.version = version
            self.reviewDue = reviewDue
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(client: field("client"), version: field("version"), reviewDue: field("reviewDue"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["client": client.wire, "version": version.wire,
            "reviewDue": reviewDue.wire]) }
    }

    /// The IDL type `Version`.
    public struct Version: WireValue, Equatable {
        /// `number: int`.
        public var number: Int64
        /// `author: string`.
        public var author: String
        /// `authorRole: string`.
        public var authorRole: String
        /// `authoredAt: string`.
        public var authoredAt: String
        /// `change: string`.
        public var change: String
        /// `reviewOn: string`.
        public var reviewOn: String
        /// `goals: []Goal`.
        public var goals: [Goal]

        /// Creates the value from its fields.
        public init(number: Int64, author: String, authorRole: String, authoredAt: String, change: String, reviewOn: String, goals: [Goal]) {
            self.number = number
            self.author = author
            self.authorRole = authorRole
            self.authoredAt = authoredAt
            self.change = change
            self.reviewOn = reviewOn
            self.goals = goals
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(number: field("number"), author: field("author"), authorRole: field("authorRole"),
                authoredAt: field("authoredAt"), change: field("change"), reviewOn: field("reviewOn"),
                goals: field("goals"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["number": number.wire, "author": author.wire,
            "authorRole": authorRole.wire, "authoredAt": authoredAt.wire, "change": change.wire,
            "reviewOn": reviewOn.wire, "goals": goals.wire]) }
    }

    /// The parameters of `org.lotse.HelpPlans.Get`.
    public struct GetRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.HelpPlans.Get"
        /// The reply's type.
        public typealias Reply = GetReply

        /// `client: string`.
        public var client: String

        /// Creates the value from its fields.
        public init(client: String) {
            self.client = client
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(client: field("client"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["client": client.wire]) }
    }

    /// The reply of `org.lotse.HelpPlans.Get`.
    public struct GetReply: LotseReply, Equatable {
        /// `plan: ?Plan`.
        public var plan: Plan?

        /// Creates the value from its fields.
        public init(plan: Plan? = nil) {
            self.plan = plan
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(plan: field("plan"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["plan": plan.wire]) }
    }

    /// The parameters of `org.lotse.HelpPlans.AddGoal`.
    public struct AddGoalRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.HelpPlans.AddGoal"
        /// The reply's type.
        public typealias Reply = AddGoalReply

        /// `client: string`.
        public var client: String
        /// `domain: string`.
        public var domain: String
        /// `title: string`.
        public var title: String
        /// `targetDate: ?string`.
        public var targetDate: String?
        /// `notes: ?string`.
        public var notes: String?

        /// Creates the value from its fields.
        public init(client: String, domain: String, title: String, targetDate: String? = nil, notes: String? = nil) {
            self.client = client
            self.domain = domain
            self.title = title
            self.targetDate = targetDate
            self.notes = notes
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(client: field("client"), domain: field("domain"), title: field("title"),
                targetDate: field("targetDate"), notes: field("notes"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["client": client.wire, "domain": domain.wire,
            "title": title.wire, "targetDate": targetDate.wire, "notes": notes.wire]) }
    }

    /// The reply of `org.lotse.HelpPlans.AddGoal`.
    public struct AddGoalReply: LotseReply, Equatable {
        /// `plan: Plan`.
        public var plan: Plan
        /// `goal: int`.
        public var goal: Int64

        /// Creates the value from its fields.
        public init(plan: Plan, goal: Int64) {
            self.plan = plan
            self.goal = goal
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(plan: field("plan"), goal: field("goal"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["plan": plan.wire, "goal": goal.wire]) }
    }

    /// The parameters of `org.lotse.HelpPlans.UpdateGoal`.
    public struct UpdateGoalRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.HelpPlans.UpdateGoal"
        /// The reply's type.
        public typealias Reply = UpdateGoalReply

        /// `client: string`.
        public var client: String
        /// `goal: int`.
        public var goal: Int64
        /// `status: ?string`.
        public var status: String?
        /// `targetDate: ?string`.
        public var targetDate: String?
        /// `notes: ?string`.
        public var notes: String?

        /// Creates the value from its fields.
        public init(client: String, goal: Int64, status: String? = nil, targetDate: String? = nil, notes: String? = nil) {
            self.client = client
            self.goal = goal
            self.status = status
            self.targetDate = targetDate
            self.notes = notes
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(client: field("client"), goal: field("goal"), status: field("status"),
                targetDate: field("targetDate"), notes: field("notes"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["client": client.wire, "goal": goal.wire, "status": status.wire,
            "targetDate": targetDate.wire, "notes": notes.wire]) }
    }

    /// The reply of `org.lotse.HelpPlans.UpdateGoal`.
    public struct UpdateGoalReply: LotseReply, Equatable {
        /// `plan: Plan`.
        public var plan: Plan

        /// Creates the value from its fields.
        public init(plan: Plan) {
            self.plan = plan
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(plan: field("plan"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["plan": plan.wire]) }
    }

    /// The parameters of `org.lotse.HelpPlans.Review`.
    public struct ReviewRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.HelpPlans.Review"
        /// The reply's type.
        public typealias Reply = ReviewReply

        /// `client: string`.
        public var client: String

        /// Creates the value from its fields.
        public init(client: String) {
            self.client = client
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(client: field("client"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["client": client.wire]) }
    }

    /// The reply of `org.lotse.HelpPlans.Review`.
    public struct ReviewReply: LotseReply, Equatable {
        /// `plan: Plan`.
        public var plan: Plan

        /// Creates the value from its fields.
        public init(plan: Plan) {
            self.plan = plan
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(plan: field("plan"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["plan": plan.wire]) }
    }

    /// The parameters of `org.lotse.HelpPlans.History`.
    public struct HistoryRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.HelpPlans.History"
        /// The reply's type.
        public typealias Reply = HistoryReply

        /// `client: string`.
        public var client: String

        /// Creates the value from its fields.
        public init(client: String) {
            self.client = client
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(client: field("client"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["client": client.wire]) }
    }

    /// The reply of `org.lotse.HelpPlans.History`.
    public struct HistoryReply: LotseReply, Equatable {
        /// `versions: []Version`.
        public var versions: [Version]

        /// Creates the value from its fields.
        public init(versions: [Version]) {
            self.versions = versions
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(versions: field("versions"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["versions": versions.wire]) }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.HelpPlans.Get": GetReply.self,
        "org.lotse.HelpPlans.AddGoal": AddGoalReply.self,
        "org.lotse.HelpPlans.UpdateGoal": UpdateGoalReply.self,
        "org.lotse.HelpPlans.Review": ReviewReply.self,
        "org.lotse.HelpPlans.History": HistoryReply.self,
    ]
}
