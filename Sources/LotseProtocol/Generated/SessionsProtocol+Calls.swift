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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"), specialist: field("specialist"),
                specialistName: field("specialistName"), date: field("date"), start: field("start"),
                slots: field("slots"), slotMinutes: field("slotMinutes"), place: field("place"),
                kinds: field("kinds"), interpreterLanguages: field("interpreterLanguages"),
                status: field("status"), series: field("series"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire, "specialist": specialist.wire,
            "specialistName": specialistName.wire, "date": date.wire, "start": start.wire,
            "slots": slots.wire, "slotMinutes": slotMinutes.wire, "place": place.wire, "kinds": kinds.wire,
            "interpreterLanguages": interpreterLanguages.wire, "status": status.wire,
            "series": series.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(specialist: field("specialist"), date: field("date"), start: field("start"),
                slots: field("slots"), slotMinutes: field("slotMinutes"), place: field("place"),
                kinds: field("kinds"), interpreterLanguages: field("interpreterLanguages"),
                rrule: field("rrule"), past: field("past"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["specialist": specialist.wire, "date": date.wire,
            "start": start.wire, "slots": slots.wire, "slotMinutes": slotMinutes.wire, "place": place.wire,
            "kinds": kinds.wire, "interpreterLanguages": interpreterLanguages.wire, "rrule": rrule.wire,
            "past": past.wire]) }
    }

    /// The reply of `org.lotse.Sessions.Add`.
    public struct AddReply: LotseReply, Equatable {
        /// `series: ?int`.
        public var series: Int64?
        /// `sessions: []Session`.
        public var sessions: [Session]
        /// `cutAfter: ?string`.
        public var cutAfter: String?

        /// Creates the value from its fields.
        public init(series: Int64? = nil, sessions: [Session], cutAfter: String? = nil) {
            self.series = series
            self.sessions = sessions
            self.cutAfter = cutAfter
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(series: field("series"), sessions: field("sessions"), cutAfter: field("cutAfter"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["series": series.wire, "sessions": sessions.wire,
            "cutAfter": cutAfter.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(month: field("month"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["month": month.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(sessions: field("sessions"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["sessions": sessions.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(session: field("session"), series: field("series"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["session": session.wire, "series": series.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(cancelled: field("cancelled"), returnedReferrals: field("returnedReferrals"),
                mailsQueued: field("mailsQueued"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["cancelled": cancelled.wire,
            "returnedReferrals": returnedReferrals.wire, "mailsQueued": mailsQueued.wire]) }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Sessions.Add": AddReply.self,
        "org.lotse.Sessions.List": ListReply.self,
        "org.lotse.Sessions.Cancel": CancelReply.self,
    ]
}
