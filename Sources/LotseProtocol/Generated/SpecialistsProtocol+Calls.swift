// Generated from the IDL of org.lotse.Specialists by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension SpecialistsProtocol {
    /// The IDL type `Specialist`.
    public struct Specialist: WireValue, Equatable {
        /// `id: int`.
        public var id: Int64
        /// `name: string`.
        public var name: String
        /// `qualification: string`.
        public var qualification: String
        /// `languages: []string`.
        public var languages: [String]
        /// `email: string`.
        public var email: String
        /// `user: string`.
        public var user: String

        /// Creates the value from its fields.
        public init(id: Int64, name: String, qualification: String, languages: [String], email: String, user: String) {
            self.id = id
            self.name = name
            self.qualification = qualification
            self.languages = languages
            self.email = email
            self.user = user
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"), name: field("name"), qualification: field("qualification"),
                languages: field("languages"), email: field("email"), user: field("user"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire, "name": name.wire,
            "qualification": qualification.wire, "languages": languages.wire, "email": email.wire,
            "user": user.wire]) }
    }

    /// The parameters of `org.lotse.Specialists.Add`.
    public struct AddRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Specialists.Add"
        /// The reply's type.
        public typealias Reply = AddReply

        /// `name: string`.
        public var name: String
        /// `qualification: string`.
        public var qualification: String
        /// `languages: []string`.
        public var languages: [String]
        /// `email: string`.
        public var email: String
        /// `user: string`.
        public var user: String

        /// Creates the value from its fields.
        public init(name: String, qualification: String, languages: [String], email: String, user: String) {
            self.name = name
            self.qualification = qualification
            self.languages = languages
            self.email = email
            self.user = user
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(name: field("name"), qualification: field("qualification"),
                languages: field("languages"), email: field("email"), user: field("user"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["name": name.wire, "qualification": qualification.wire,
            "languages": languages.wire, "email": email.wire, "user": user.wire]) }
    }

    /// The reply of `org.lotse.Specialists.Add`.
    public struct AddReply: LotseReply, Equatable {
        /// `specialist: Specialist`.
        public var specialist: Specialist

        /// Creates the value from its fields.
        public init(specialist: Specialist) {
            self.specialist = specialist
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(specialist: field("specialist"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["specialist": specialist.wire]) }
    }

    /// The parameters of `org.lotse.Specialists.List`.
    public struct ListRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Specialists.List"
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

    /// The reply of `org.lotse.Specialists.List`.
    public struct ListReply: LotseReply, Equatable {
        /// `specialists: []Specialist`.
        public var specialists: [Specialist]

        /// Creates the value from its fields.
        public init(specialists: [Specialist]) {
            self.specialists = specialists
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(specialists: field("specialists"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["specialists": specialists.wire]) }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Specialists.Add": AddReply.self,
        "org.lotse.Specialists.List": ListReply.self,
    ]
}
