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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.id = try Int64(wire: wireMembers["id"] ?? .null, at: WireDecoding.join(wirePath, "id"))
            self.name = try String(wire: wireMembers["name"] ?? .null, at: WireDecoding.join(wirePath, "name"))
            self.qualification = try String(wire: wireMembers["qualification"] ?? .null, at: WireDecoding.join(wirePath, "qualification"))
            self.languages = try [String](wire: wireMembers["languages"] ?? .null, at: WireDecoding.join(wirePath, "languages"))
            self.email = try String(wire: wireMembers["email"] ?? .null, at: WireDecoding.join(wirePath, "email"))
            self.user = try String(wire: wireMembers["user"] ?? .null, at: WireDecoding.join(wirePath, "user"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "id": id.wire,
                "name": name.wire,
                "qualification": qualification.wire,
                "languages": languages.wire,
                "email": email.wire,
                "user": user.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.name = try String(wire: wireMembers["name"] ?? .null, at: WireDecoding.join(wirePath, "name"))
            self.qualification = try String(wire: wireMembers["qualification"] ?? .null, at: WireDecoding.join(wirePath, "qualification"))
            self.languages = try [String](wire: wireMembers["languages"] ?? .null, at: WireDecoding.join(wirePath, "languages"))
            self.email = try String(wire: wireMembers["email"] ?? .null, at: WireDecoding.join(wirePath, "email"))
            self.user = try String(wire: wireMembers["user"] ?? .null, at: WireDecoding.join(wirePath, "user"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "name": name.wire,
                "qualification": qualification.wire,
                "languages": languages.wire,
                "email": email.wire,
                "user": user.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.specialist = try Specialist(wire: wireMembers["specialist"] ?? .null, at: WireDecoding.join(wirePath, "specialist"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "specialist": specialist.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            _ = try WireDecoding.object(wire, at: wirePath)
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([:])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.specialists = try [Specialist](wire: wireMembers["specialists"] ?? .null, at: WireDecoding.join(wirePath, "specialists"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "specialists": specialists.wire,
            ])
        }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Specialists.Add": AddReply.self,
        "org.lotse.Specialists.List": ListReply.self,
    ]
}
