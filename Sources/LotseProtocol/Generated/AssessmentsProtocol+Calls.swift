// Generated from the IDL of org.lotse.Assessments by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension AssessmentsProtocol {
    /// The IDL type `AcuteRisk`, declared alike in several interfaces.
    public typealias AcuteRisk = LotseWire.AcuteRisk

    /// The IDL type `Appointment`.
    public struct Appointment: WireValue, Equatable {
        /// The values of `urgency`.
        public enum Urgency: String, WireEnum {
            case routine
            case elevated
            case high
        }

        /// `id: int`.
        public var id: Int64
        /// `referral: int`.
        public var referral: Int64
        /// `client: ?string`.
        public var client: String?
        /// `kind: ?string`.
        public var kind: String?
        /// `urgency: ?(routine, elevated, high)`.
        public var urgency: Urgency?
        /// `language: ?string`.
        public var language: String?
        /// `interpreter: ?bool`.
        public var interpreter: Bool?
        /// `caseworker: string`.
        public var caseworker: String
        /// `referralNote: ?string`.
        public var referralNote: String?
        /// `screening: ?Screening`.
        public var screening: Screening?
        /// `escalation: ?Escalation`.
        public var escalation: Escalation?
        /// `session: int`.
        public var session: Int64
        /// `slot: int`.
        public var slot: Int64
        /// `date: string`.
        public var date: String
        /// `time: string`.
        public var time: String
        /// `minutes: int`.
        public var minutes: Int64
        /// `place: string`.
        public var place: String
        /// `specialist: int`.
        public var specialist: Int64
        /// `specialistName: string`.
        public var specialistName: String
        /// `attendance: ?string`.
        public var attendance: String?
        /// `assessment: ?int`.
        public var assessment: Int64?
        /// `unresolved: bool`.
        public var unresolved: Bool

        /// Creates the value from its fields.
        public init(id: Int64, referral: Int64, client: String? = nil, kind: String? = nil, urgency: Urgency? = nil, language: String? = nil, interpreter: Bool? = nil, caseworker: String, referralNote: String? = nil, screening: Screening? = nil, escalation: Escalation? = nil, session: Int64, slot: Int64, date: String, time: String, minutes: Int64, place: String, specialist: Int64, specialistName: String, attendance: String? = nil, assessment: Int64? = nil, unresolved: Bool) {
            self.id = id
            self.referral = referral
            self.client = client
            self.kind = kind
            self.urgency = urgency
            self.language = language
            self.interpreter = interpreter
            self.caseworker = caseworker
            self.referralNote = referralNote
            self.screening = screening
            self.escalation = escalation
            self.session = session
            self.slot = slot
            self.date = date
            self.time = time
            self.minutes = minutes
            self.place = place
            self.specialist = specialist
            self.specialistName = specialistName
            self.attendance = attendance
            self.assessment = assessment
            self.unresolved = unresolved
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"), referral: field("referral"), client: field("client"),
                kind: field("kind"), urgency: field("urgency"), language: field("language"),
                interpreter: field("interpreter"), caseworker: field("caseworker"),
                referralNote: field("referralNote"), screening: field("screening"),
                escalation: field("escalation"), session: field("session"), slot: field("slot"),
                date: field("date"), time: field("time"), minutes: field("minutes"), place: field("place"),
                specialist: field("specialist"), specialistName: field("specialistName"),
                attendance: field("attendance"), assessment: field("assessment"),
                unresolved: field("unresolved"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire, "referral": referral.wire, "client": client.wire,
            "kind": kind.wire, "urgency": urgency.wire, "language": language.wire,
            "interpreter": interpreter.wire, "caseworker": caseworker.wire, "referralNote": referralNote.wire,
            "screening": screening.wire, "escalation": escalation.wire, "session": session.wire,
            "slot": slot.wire, "date": date.wire, "time": time.wire, "minutes": minutes.wire,
            "place": place.wire, "specialist": specialist.wire, "specialistName": specialistName.wire,
            "attendance": attendance.wire, "assessment": assessment.wire, "unresolved": unresolved.wire]) }
    }

    /// The IDL type `Assessment`.
    public struct Assessment: WireValue, Equatable {
        /// `id: int`.
        public var id: Int64
        /// `referral: int`.
        public var referral: Int64
        /// `client: ?string`.
        public var client: String?
        /// `specialist: int`.
        public var specialist: Int64
        /// `specialistName: string`.
        public var specialistName: String
        /// `appointmentDate: string`.
        public var appointmentDate: String
        /// `noteVisible: bool`.
        public var noteVisible: Bool
        /// `note: ?string`.
        public var note: String?
        /// `recommendations: []Recommendation`.
        public var recommendations: [Recommendation]
        /// `steps: []Step`.
        public var steps: [Step]

        /// Creates the value from its fields.
        public init(id: Int64, referral: Int64, client: String? = nil, specialist: Int64, specialistName: String, appointmentDate: String, noteVisible: Bool, note: String? = nil, recommendations: [Recommendation], steps: [Step]) {
            self.id = id
            self.referral = referral
            self.client = client
            self.specialist = specialist
            self.specialistName = specialistName
            self.appointmentDate = appointmentDate
            self.noteVisible = noteVisible
            self.note = note
            self.recommendations = recommendations
            self.steps = steps
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"), referral: field("referral"), client: field("client"),
                specialist: field("specialist"), specialistName: field("specialistName"),
                appointmentDate: field("appointmentDate"), noteVisible: field("noteVisible"),
                note: field("note"), recommendations: field("recommendations"), steps: field("steps"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire, "referral": referral.wire, "client": client.wire,
            "specialist": specialist.wire, "specialistName": specialistName.wire,
            "appointmentDate": appointmentDate.wire, "noteVisible": noteVisible.wire, "note": note.wire,
            "recommendations": recommendations.wire, "steps": steps.wire]) }
    }

    /// The IDL type `Escalation`.
    public struct Escalation: WireValue, Equatable {
        /// `screenedOn: string`.
        public var screenedOn: String
        /// `acuteRisk: AcuteRisk`.
        public var acuteRisk: AcuteRisk
        /// `escalationRoute: string`.
        public var escalationRoute: String

        /// Creates the value from its fields.
        public init(screenedOn: String, acuteRisk: AcuteRisk, escalationRoute: String) {
            self.screenedOn = screenedOn
            self.acuteRisk = acuteRisk
            self.escalationRoute = escalationRoute
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(screenedOn: field("screenedOn"), acuteRisk: field("acuteRisk"),
                escalationRoute: field("escalationRoute"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["screenedOn": screenedOn.wire, "acuteRisk": acuteRisk.wire,
            "escalationRoute": escalationRoute.wire]) }
    }

    /// The IDL type `Recommendation`.
    public struct Recommendation: WireValue, Equatable {
        /// `code: string`.
        public var code: String
        /// `months: ?int`.
        public var months: Int64?
        /// `labelDe: string`.
        public var labelDe: String
        /// `labelEn: string`.
        public var labelEn: String

        /// Creates the value from its fields.
        public init(code: String, months: Int64? = nil, labelDe: String, labelEn: String) {
            self.code = code
            self.months = months
            self.labelDe = labelDe
            self.labelEn = labelEn
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(code: field("code"), months: field("months"), labelDe: field("labelDe"),
                labelEn: field("labelEn"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["code": code.wire, "months": months.wire,
            "labelDe": labelDe.wire, "labelEn": labelEn.wire]) }
    }

    /// The IDL type `RecommendationInput`.
    public struct RecommendationInput: WireValue, Equatable {
        /// `code: string`.
        public var code: String
        /// `months: ?int`.
        public var months: Int64?

        /// Creates the value from its fields.
        public init(code: String, months: Int64? = nil) {
            self.code = code
            self.months = months
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(code: field("code"), months: field("months"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["code": code.wire, "months": months.wire]) }
    }

    /// The IDL type `Screening`, declared alike in several interfaces.
    public typealias Screening = LotseWire.ScreeningResult

    /// The IDL type `Step`, declared alike in several interfaces.
    public typealias Step = LotseWire.Step

    /// The IDL type `StepInput`.
    public struct StepInput: WireValue, Equatable {
        /// `description: string`.
        public var description: String
        /// `owner: string`.
        public var owner: String
        /// `ownerUser: ?string`.
        public var ownerUser: String?
        /// `dueOn: string`.
        public var dueOn: String

        /// Creates the value from its fields.
        public init(description: String, owner: String, ownerUser: String? = nil, dueOn: String) {
            self.description = description
            self.owner = owner
            self.ownerUser = ownerUser
            self.dueOn = dueOn
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(description: field("description"), owner: field("owner"),
                ownerUser: field("ownerUser"), dueOn: field("dueOn"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["description": description.wire, "owner": owner.wire,
            "ownerUser": ownerUser.wire, "dueOn": dueOn.wire]) }
    }

    /// The IDL type `Version`.
    public struct Version: WireValue, Equatable {
        /// `number: int`.
        public var number: Int64
        /// `note: ?string`.
        public var note: String?
        /// `recommendations: []Recommendation`.
        public var recommendations: [Recommendation]
        /// `steps: []int`.
        public var steps: [Int64]
        /// `writtenBy: string`.
        public var writtenBy: String
        /// `writtenAt: string`.
        public var writtenAt: String
        /// `reason: ?string`.
        public var reason: String?

        /// Creates the value from its fields.
        public init(number: Int64, note: String? = nil, recommendations: [Recommendation], steps: [Int64], writtenBy: String, writtenAt: String, reason: String? = nil) {
            self.number = number
            self.note = note
            self.recommendations = recommendations
            self.steps = steps
            self.writtenBy = writtenBy
            self.writtenAt = writtenAt
            self.reason = reason
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(number: field("number"), note: field("note"),
                recommendations: field("recommendations"), steps: field("steps"),
                writtenBy: field("writtenBy"), writtenAt: field("writtenAt"), reason: field("reason"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["number": number.wire, "note": note.wire,
            "recommendations": recommendations.wire, "steps": steps.wire, "writtenBy": writtenBy.wire,
            "writtenAt": writtenAt.wire, "reason": reason.wire]) }
    }

    /// The parameters of `org.lotse.Assessments.Today`.
    public struct TodayRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Assessments.Today"
        /// The reply's type.
        public typealias Reply = TodayReply

        /// `date: ?string`.
        public var date: String?

        /// Creates the value from its fields.
        public init(date: String? = nil) {
            self.date = date
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(date: field("date"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["date": date.wire]) }
    }

    /// The reply of `org.lotse.Assessments.Today`.
    public struct TodayReply: LotseReply, Equatable {
        /// `date: string`.
        public var date: String
        /// `appointments: []Appointment`.
        public var appointments: [Appointment]
        /// `unresolved: []Appointment`.
        public var unresolved: [Appointment]

        /// Creates the value from its fields.
        public init(date: String, appointments: [Appointment], unresolved: [Appointment]) {
            self.date = date
            self.appointments = appointments
            self.unresolved = unresolved
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(date: field("date"), appointments: field("appointments"),
                unresolved: field("unresolved"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["date": date.wire, "appointments": appointments.wire,
            "unresolved": unresolved.wire]) }
    }

    /// The parameters of `org.lotse.Assessments.Session`.
    public struct SessionRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Assessments.Session"
        /// The reply's type.
        public typealias Reply = SessionReply

        /// `session: int`.
        public var session: Int64

        /// Creates the value from its fields.
        public init(session: Int64) {
            self.session = session
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(session: field("session"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["session": session.wire]) }
    }

    /// The reply of `org.lotse.Assessments.Session`.
    public struct SessionReply: LotseReply, Equatable {
        /// `session: int`.
        public var session: Int64
        /// `appointments: []Appointment`.
        public var appointments: [Appointment]

        /// Creates the value from its fields.
        public init(session: Int64, appointments: [Appointment]) {
            self.session = session
            self.appointments = appointments
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(session: field("session"), appointments: field("appointments"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["session": session.wire, "appointments": appointments.wire]) }
    }

    /// The parameters of `org.lotse.Assessments.Unresolved`.
    public struct UnresolvedRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Assessments.Unresolved"
        /// The reply's type.
        public typealias Reply = UnresolvedReply

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

    /// The reply of `org.lotse.Assessments.Unresolved`.
    public struct UnresolvedReply: LotseReply, Equatable {
        /// `appointments: []Appointment`.
        public var appointments: [Appointment]

        /// Creates the value from its fields.
        public init(appointments: [Appointment]) {
            self.appointments = appointments
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(appointments: field("appointments"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["appointments": appointments.wire]) }
    }

    /// The parameters of `org.lotse.Assessments.RecordAttendance`.
    public struct RecordAttendanceRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Assessments.RecordAttendance"
        /// The reply's type.
        public typealias Reply = RecordAttendanceReply

        /// `appointment: int`.
        public var appointment: Int64
        /// `attendance: string`.
        public var attendance: String

        /// Creates the value from its fields.
        public init(appointment: Int64, attendance: String) {
            self.appointment = appointment
            self.attendance = attendance
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(appointment: field("appointment"), attendance: field("attendance"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["appointment": appointment.wire,
            "attendance": attendance.wire]) }
    }

    /// The reply of `org.lotse.Assessments.RecordAttendance`.
    public struct RecordAttendanceReply: LotseReply, Equatable {
        /// `appointment: Appointment`.
        public var appointment: Appointment
        /// `referralStatus: string`.
        public var referralStatus: String

        /// Creates the value from its fields.
        public init(appointment: Appointment, referralStatus: String) {
            self.appointment = appointment
            self.referralStatus = referralStatus
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(appointment: field("appointment"), referralStatus: field("referralStatus"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["appointment": appointment.wire,
            "referralStatus": referralStatus.wire]) }
    }

    /// The parameters of `org.lotse.Assessments.Record`.
    public struct RecordRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Assessments.Record"
        /// The reply's type.
        public typealias Reply = RecordReply

        /// `appointment: int`.
        public var appointment: Int64
        /// `note: string`.
        public var note: String
        /// `recommendations: []RecommendationInput`.
        public var recommendations: [RecommendationInput]
        /// `steps: []StepInput`.
        public var steps: [StepInput]

        /// Creates the value from its fields.
        public init(appointment: Int64, note: String, recommendations: [RecommendationInput], steps: [StepInput]) {
            self.appointment = appointment
            self.note = note
            self.recommendations = recommendations
            self.steps = steps
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(appointment: field("appointment"), note: field("note"),
                recommendations: field("recommendations"), steps: field("steps"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["appointment": appointment.wire, "note": note.wire,
            "recommendations": recommendations.wire, "steps": steps.wire]) }
    }

    /// The reply of `org.lotse.Assessments.Record`.
    public struct RecordReply: LotseReply, Equatable {
        /// `assessment: Assessment`.
        public var assessment: Assessment
        /// `helpPlanVersion: ?int`.
        public var helpPlanVersion: Int64?
        /// `followUpReferral: ?int`.
        public var followUpReferral: Int64?

        /// Creates the value from its fields.
        public init(assessment: Assessment, helpPlanVersion: Int64? = nil, followUpReferral: Int64? = nil) {
            self.assessment = assessment
            self.helpPlanVersion = helpPlanVersion
            self.followUpReferral = followUpReferral
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(assessment: field("assessment"), helpPlanVersion: field("helpPlanVersion"),
                followUpReferral: field("followUpReferral"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["assessment": assessment.wire,
            "helpPlanVersion": helpPlanVersion.wire, "followUpReferral": followUpReferral.wire]) }
    }

    /// The parameters of `org.lotse.Assessments.Amend`.
    public struct AmendRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Assessments.Amend"
        /// The reply's type.
        public typealias Reply = AmendReply

        /// `id: int`.
        public var id: Int64
        /// `reason: string`.
        public var reason: String
        /// `note: ?string`.
        public var note: String?
        /// `recommendations: ?[]RecommendationInput`.
        public var recommendations: [RecommendationInput]?
        /// `steps: ?[]StepInput`.
        public var steps: [StepInput]?

        /// Creates the value from its fields.
        public init(id: Int64, reason: String, note: String? = nil, recommendations: [RecommendationInput]? = nil, steps: [StepInput]? = nil) {
            self.id = id
            self.reason = reason
            self.note = note
            self.recommendations = recommendations
            self.steps = steps
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"), reason: field("reason"), note: field("note"),
                recommendations: field("recommendations"), steps: field("steps"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire, "reason": reason.wire, "note": note.wire,
            "recommendations": recommendations.wire, "steps": steps.wire]) }
    }

    /// The reply of `org.lotse.Assessments.Amend`.
    public struct AmendReply: LotseReply, Equatable {
        /// `assessment: Assessment`.
        public var assessment: Assessment
        /// `version: int`.
        public var version: Int64
        /// `helpPlanVersion: ?int`.
        public var helpPlanVersion: Int64?
        /// `followUpReferral: ?int`.
        public var followUpReferral: Int64?

        /// Creates the value from its fields.
        public init(assessment: Assessment, version: Int64, helpPlanVersion: Int64? = nil, followUpReferral: Int64? = nil) {
            self.assessment = assessment
            self.version = version
            self.helpPlanVersion = helpPlanVersion
            self.followUpReferral = followUpReferral
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(assessment: field("assessment"), version: field("version"),
                helpPlanVersion: field("helpPlanVersion"), followUpReferral: field("followUpReferral"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["assessment": assessment.wire, "version": version.wire,
            "helpPlanVersion": helpPlanVersion.wire, "followUpReferral": followUpReferral.wire]) }
    }

    /// The parameters of `org.lotse.Assessments.History`.
    public struct HistoryRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Assessments.History"
        /// The reply's type.
        public typealias Reply = HistoryReply

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

    /// The reply of `org.lotse.Assessments.History`.
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

    /// The parameters of `org.lotse.Assessments.Get`.
    public struct GetRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Assessments.Get"
        /// The reply's type.
        public typealias Reply = GetReply

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

    /// The reply of `org.lotse.Assessments.Get`.
    public struct GetReply: LotseReply, Equatable {
        /// `assessment: Assessment`.
        public var assessment: Assessment

        /// Creates the value from its fields.
        public init(assessment: Assessment) {
            self.assessment = assessment
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(assessment: field("assessment"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["assessment": assessment.wire]) }
    }

    /// The parameters of `org.lotse.Assessments.List`.
    public struct ListRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Assessments.List"
        /// The reply's type.
        public typealias Reply = ListReply

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

    /// The reply of `org.lotse.Assessments.List`.
    public struct ListReply: LotseReply, Equatable {
        /// `assessments: []Assessment`.
        public var assessments: [Assessment]

        /// Creates the value from its fields.
        public init(assessments: [Assessment]) {
            self.assessments = assessments
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(assessments: field("assessments"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["assessments": assessments.wire]) }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Assessments.Today": TodayReply.self,
        "org.lotse.Assessments.Session": SessionReply.self,
        "org.lotse.Assessments.Unresolved": UnresolvedReply.self,
        "org.lotse.Assessments.RecordAttendance": RecordAttendanceReply.self,
        "org.lotse.Assessments.Record": RecordReply.self,
        "org.lotse.Assessments.Amend": AmendReply.self,
        "org.lotse.Assessments.History": HistoryReply.self,
        "org.lotse.Assessments.Get": GetReply.self,
        "org.lotse.Assessments.List": ListReply.self,
    ]
}
