// Generated from the IDL of org.lotse.Sessions by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension SessionsProtocol {
    /// The IDL type `Session`.
    public struct Session: WireValue, Equatable {
        /// The values of `status`.
        public enum Status: String, WireEnum {
            case scheduled
            case cancelled
        }

        /// `id: int`.
        public var id: Int64
        /// `specialist: int`.
        public var specialist: Int64
        /// `specialistName: string`.
        public var specialistName: String
        /// `date: string`.
        public var date: String
        /// `start: string`.
        public var start: String
        /// `slots: int`.
        public var slots: Int64
        /// `slotMinutes: int`.
        public var slotMinutes: Int64
        /// `place: string`.
        public var place: String
        /// `kinds: []string`.
        public var kinds: [String]
        /// `interpreterLanguages: []string`.
        public var interpreterLanguages: [String]
        /// `status: (scheduled, cancelled)`.
        public var status: Status
        /// `series: ?int`.
        public var series: Int64?

        /// Creates the value from its fields.
        public init(id: Int64, specialist: Int64, specialistName: String, date: String, start: String, slots: Int64, slotMinutes: Int64, place: String, kinds: [String], interpreterLanguages: [String], status: Status, series: Int64? = nil) {
            self.id = id
            self.specialist = specialist
            self.specialistName = specialistName
            self.date = date
            self.start = start
            self.slots = slots
            self.slotMinutes = slotMinutes
            self.place = place
            self.kinds = kinds
            self.interpreterLanguages = interpreterLanguages
            self.status = status
            self.series = series
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.id = try Int64(wire: wireMembers["id"] ?? .null, at: WireDecoding.join(wirePath, "id"))
            self.specialist = try Int64(wire: wireMembers["specialist"] ?? .null, at: WireDecoding.join(wirePath, "specialist"))
            self.specialistName = try String(wire: wireMembers["specialistName"] ?? .null, at: WireDecoding.join(wirePath, "specialistName"))
            self.date = try String(wire: wireMembers["date"] ?? .null, at: WireDecoding.join(wirePath, "date"))
            self.start = try String(wire: wireMembers["start"] ?? .null, at: WireDecoding.join(wirePath, "start"))
            self.slots = try Int64(wire: wireMembers["slots"] ?? .null, at: WireDecoding.join(wirePath, "slots"))
            self.slotMinutes = try Int64(wire: wireMembers["slotMinutes"] ?? .null, at: WireDecoding.join(wirePath, "slotMinutes"))
            self.place = try String(wire: wireMembers["place"] ?? .null, at: WireDecoding.join(wirePath, "place"))
            self.kinds = try [String](wire: wireMembers["kinds"] ?? .null, at: WireDecoding.join(wirePath, "kinds"))
            self.interpreterLanguages = try [String](wire: wireMembers["interpreterLanguages"] ?? .null, at: WireDecoding.join(wirePath, "interpreterLanguages"))
            self.status = try Status(wire: wireMembers["status"] ?? .null, at: WireDecoding.join(wirePath, "status"))
            self.series = try Optional<Int64>(wire: wireMembers["series"] ?? .null, at: WireDecoding.join(wirePath, "series"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "id": id.wire,
                "specialist": specialist.wire,
                "specialistName": specialistName.wire,
                "date": date.wire,
                "start": start.wire,
                "slots": slots.wire,
                "slotMinutes": slotMinutes.wire,
                "place": place.wire,
                "kinds": kinds.wire,
                "interpreterLanguages": interpreterLanguages.wire,
                "status": status.wire,
                "series": series.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Sessions.Add`.
    public struct AddRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Sessions.Add"
        /// The reply's type.
        public typealias Reply = AddReply

        /// `specialist: int`.
        public var specialist: Int64
        /// `date: string`.
        public var date: String
        /// `start: string`.
        public var start: String
        /// `slots: int`.
        public var slots: Int64
        /// `slotMinutes: int`.
        public var slotMinutes: Int64
        /// `place: string`.
        public var place: String
        /// `kinds: []string`.
        public var kinds: [String]
        /// `interpreterLanguages: ?[]string`.
        public var interpreterLanguages: [String]?
        /// `rrule: ?string`.
        public var rrule: String?
        /// `past: ?bool`.
        public var past: Bool?

        /// Creates the value from its fields.
        public init(specialist: Int64, date: String, start: String, slots: Int64, slotMinutes: Int64, place: String, kinds: [String], interpreterLanguages: [String]? = nil, rrule: String? = nil, past: Bool? = nil) {
            self.specialist = specialist
            self.date = date
            self.start = start
            self.slots = slots
            self.slotMinutes = slotMinutes
            self.place = place
            self.kinds = kinds
            self.interpreterLanguages = interpreterLanguages
            self.rrule = rrule
            self.past = past
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.specialist = try Int64(wire: wireMembers["specialist"] ?? .null, at: WireDecoding.join(wirePath, "specialist"))
            self.date = try String(wire: wireMembers["date"] ?? .null, at: WireDecoding.join(wirePath, "date"))
            self.start = try String(wire: wireMembers["start"] ?? .null, at: WireDecoding.join(wirePath, "start"))
            self.slots = try Int64(wire: wireMembers["slots"] ?? .null, at: WireDecoding.join(wirePath, "slots"))
            self.slotMinutes = try Int64(wire: wireMembers["slotMinutes"] ?? .null, at: WireDecoding.join(wirePath, "slotMinutes"))
            self.place = try String(wire: wireMembers["place"] ?? .null, at: WireDecoding.join(wirePath, "place"))
            self.kinds = try [String](wire: wireMembers["kinds"] ?? .null, at: WireDecoding.join(wirePath, "kinds"))
            self.interpreterLanguages = try Optional<[String]>(wire: wireMembers["interpreterLanguages"] ?? .null, at: WireDecoding.join(wirePath, "interpreterLanguages"))
            self.rrule = try Optional<String>(wire: wireMembers["rrule"] ?? .null, at: WireDecoding.join(wirePath, "rrule"))
            self.past = try Optional<Bool>(wire: wireMembers["past"] ?? .null, at: WireDecoding.join(wirePath, "past"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "specialist": specialist.wire,
                "date": date.wire,
                "start": start.wire,
                "slots": slots.wire,
                "slotMinutes": slotMinutes.wire,
                "place": place.wire,
                "kinds": kinds.wire,
                "interpreterLanguages": interpreterLanguages.wire,
                "rrule": rrule.wire,
                "past": past.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Sessions.Add`.
    public struct AddReply: LotseReply, Equatable {
        /// `series: ?int`.
        public var series: Int64?
        /// `sessions: []Session`.
        public var sessions: [Session]

        /// Creates the value from its fields.
        public init(series: Int64? = nil, sessions: [Session]) {
            self.series = series
            self.sessions = sessions
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.series = try Optional<Int64>(wire: wireMembers["series"] ?? .null, at: WireDecoding.join(wirePath, "series"))
            self.sessions = try [Session](wire: wireMembers["sessions"] ?? .null, at: WireDecoding.join(wirePath, "sessions"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "series": series.wire,
                "sessions": sessions.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Sessions.List`.
    public struct ListRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Sessions.List"
        /// The reply's type.
        public typealias Reply = ListReply

        /// `month: ?string`.
        public var month: String?

        /// Creates the value from its fields.
        public init(month: String? = nil) {
            self.month = month
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.month = try Optional<String>(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "month": month.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Sessions.List`.
    public struct ListReply: LotseReply, Equatable {
        /// `sessions: []Session`.
        public var sessions: [Session]

        /// Creates the value from its fields.
        public init(sessions: [Session]) {
            self.sessions = sessions
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.sessions = try [Session](wire: wireMembers["sessions"] ?? .null, at: WireDecoding.join(wirePath, "sessions"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "sessions": sessions.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Sessions.Cancel`.
    public struct CancelRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Sessions.Cancel"
        /// The reply's type.
        public typealias Reply = CancelReply

        /// `session: int`.
        public var session: Int64
        /// `series: ?bool`.
        public var series: Bool?

        /// Creates the value from its fields.
        public init(session: Int64, series: Bool? = nil) {
            self.session = session
            self.series = series
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.session = try Int64(wire: wireMembers["session"] ?? .null, at: WireDecoding.join(wirePath, "session"))
            self.series = try Optional<Bool>(wire: wireMembers["series"] ?? .null, at: WireDecoding.join(wirePath, "series"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "session": session.wire,
                "series": series.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Sessions.Cancel`.
    public struct CancelReply: LotseReply, Equatable {
        /// `cancelled: []int`.
        public var cancelled: [Int64]
        /// `returnedReferrals: []int`.
        public var returnedReferrals: [Int64]
        /// `mailsQueued: int`.
        public var mailsQueued: Int64

        /// Creates the value from its fields.
        public init(cancelled: [Int64], returnedReferrals: [Int64], mailsQueued: Int64) {
            self.cancelled = cancelled
            self.returnedReferrals = returnedReferrals
            self.mailsQueued = mailsQueued
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.cancelled = try [Int64](wire: wireMembers["cancelled"] ?? .null, at: WireDecoding.join(wirePath, "cancelled"))
            self.returnedReferrals = try [Int64](wire: wireMembers["returnedReferrals"] ?? .null, at: WireDecoding.join(wirePath, "returnedReferrals"))
            self.mailsQueued = try Int64(wire: wireMembers["mailsQueued"] ?? .null, at: WireDecoding.join(wirePath, "mailsQueued"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "cancelled": cancelled.wire,
                "returnedReferrals": returnedReferrals.wire,
                "mailsQueued": mailsQueued.wire,
            ])
        }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Sessions.Add": AddReply.self,
        "org.lotse.Sessions.List": ListReply.self,
        "org.lotse.Sessions.Cancel": CancelReply.self,
    ]
}
