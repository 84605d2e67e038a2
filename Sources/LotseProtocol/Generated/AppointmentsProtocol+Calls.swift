// Generated from the IDL of org.lotse.Appointments by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension AppointmentsProtocol {
    /// The parameters of `org.lotse.Appointments.Cancel`.
    public struct CancelRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Appointments.Cancel"
        /// The reply's type.
        public typealias Reply = CancelReply

        /// The values of `by`.
        public enum By: String, WireEnum {
            case client
            case service
        }

        /// `appointment: int`.
        public var appointment: Int64
        /// `reason: string`.
        public var reason: String
        /// `by: ?(client, service)`.
        public var by: By?

        /// Creates the value from its fields.
        public init(appointment: Int64, reason: String, by: By? = nil) {
            self.appointment = appointment
            self.reason = reason
            self.by = by
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(appointment: field("appointment"), reason: field("reason"), by: field("by"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["appointment": appointment.wire, "reason": reason.wire,
            "by": by.wire]) }
    }

    /// The reply of `org.lotse.Appointments.Cancel`.
    public struct CancelReply: LotseReply, Equatable {
        /// `appointment: int`.
        public var appointment: Int64
        /// `referral: int`.
        public var referral: Int64
        /// `client: ?string`.
        public var client: String?
        /// `date: string`.
        public var date: String
        /// `time: string`.
        public var time: String
        /// `slot: string`.
        public var slot: String
        /// `month: string`.
        public var month: String
        /// `attendance: string`.
        public var attendance: String
        /// `referralStatus: string`.
        public var referralStatus: String
        /// `specialistNotified: bool`.
        public var specialistNotified: Bool
        /// `mailsQueued: int`.
        public var mailsQueued: Int64

        /// Creates the value from its fields.
        public init(appointment: Int64, referral: Int64, client: String? = nil, date: String, time: String, slot: String, month: String, attendance: String, referralStatus: String, specialistNotified: Bool, mailsQueued: Int64) {
            self.appointment = appointment
            self.referral = referral
            self.client = client
            self.date = date
            self.time = time
            self.slot = slot
            self.month = month
            self.attendance = attendance
            self.referralStatus = referralStatus
            self.specialistNotified = specialistNotified
            self.mailsQueued = mailsQueued
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(appointment: field("appointment"), referral: field("referral"),
                client: field("client"), date: field("date"), time: field("time"), slot: field("slot"),
                month: field("month"), attendance: field("attendance"),
                referralStatus: field("referralStatus"), specialistNotified: field("specialistNotified"),
                mailsQueued: field("mailsQueued"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["appointment": appointment.wire, "referral": referral.wire,
            "client": client.wire, "date": date.wire, "time": time.wire, "slot": slot.wire,
            "month": month.wire, "attendance": attendance.wire, "referralStatus": referralStatus.wire,
            "specialistNotified": specialistNotified.wire, "mailsQueued": mailsQueued.wire]) }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Appointments.Cancel": CancelReply.self,
    ]
}
