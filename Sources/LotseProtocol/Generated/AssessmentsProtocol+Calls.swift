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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.id = try Int64(wire: wireMembers["id"] ?? .null, at: WireDecoding.join(wirePath, "id"))
            self.referral = try Int64(wire: wireMembers["referral"] ?? .null, at: WireDecoding.join(wirePath, "referral"))
            self.client = try Optional<String>(wire: wireMembers["client"] ?? .null, at: WireDecoding.join(wirePath, "client"))
            self.kind = try Optional<String>(wire: wireMembers["kind"] ?? .null, at: WireDecoding.join(wirePath, "kind"))
            self.urgency = try Optional<Urgency>(wire: wireMembers["urgency"] ?? .null, at: WireDecoding.join(wirePath, "urgency"))
            self.language = try Optional<String>(wire: wireMembers["language"] ?? .null, at: WireDecoding.join(wirePath, "language"))
            self.interpreter = try Optional<Bool>(wire: wireMembers["interpreter"] ?? .null, at: WireDecoding.join(wirePath, "interpreter"))
            self.caseworker = try String(wire: wireMembers["caseworker"] ?? .null, at: WireDecoding.join(wirePath, "caseworker"))
            self.referralNote = try Optional<String>(wire: wireMembers["referralNote"] ?? .null, at: WireDecoding.join(wirePath, "referralNote"))
            self.screening = try Optional<Screening>(wire: wireMembers["screening"] ?? .null, at: WireDecoding.join(wirePath, "screening"))
            self.escalation = try Optional<Escalation>(wire: wireMembers["escalation"] ?? .null, at: WireDecoding.join(wirePath, "escalation"))
            self.session = try Int64(wire: wireMembers["session"] ?? .null, at: WireDecoding.join(wirePath, "session"))
            self.slot = try Int64(wire: wireMembers["slot"] ?? .null, at: WireDecoding.join(wirePath, "slot"))
            self.date = try String(wire: wireMembers["date"] ?? .null, at: WireDecoding.join(wirePath, "date"))
            self.time = try String(wire: wireMembers["time"] ?? .null, at: WireDecoding.join(wirePath, "time"))
            self.minutes = try Int64(wire: wireMembers["minutes"] ?? .null, at: WireDecoding.join(wirePath, "minutes"))
            self.place = try String(wire: wireMembers["place"] ?? .null, at: WireDecoding.join(wirePath, "place"))
            self.specialist = try Int64(wire: wireMembers["specialist"] ?? .null, at: WireDecoding.join(wirePath, "specialist"))
            self.specialistName = try String(wire: wireMembers["specialistName"] ?? .null, at: WireDecoding.join(wirePath, "specialistName"))
            self.attendance = try Optional<String>(wire: wireMembers["attendance"] ?? .null, at: WireDecoding.join(wirePath, "attendance"))
            self.assessment = try Optional<Int64>(wire: wireMembers["assessment"] ?? .null, at: WireDecoding.join(wirePath, "assessment"))
            self.unresolved = try Bool(wire: wireMembers["unresolved"] ?? .null, at: WireDecoding.join(wirePath, "unresolved"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "id": id.wire,
                "referral": referral.wire,
                "client": client.wire,
                "kind": kind.wire,
                "urgency": urgency.wire,
                "language": language.wire,
                "interpreter": interpreter.wire,
                "caseworker": caseworker.wire,
                "referralNote": referralNote.wire,
                "screening": screening.wire,
                "escalation": escalation.wire,
                "session": session.wire,
                "slot": slot.wire,
                "date": date.wire,
                "time": time.wire,
                "minutes": minutes.wire,
                "place": place.wire,
                "specialist": specialist.wire,
                "specialistName": specialistName.wire,
                "attendance": attendance.wire,
                "assessment": assessment.wire,
                "unresolved": unresolved.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.id = try Int64(wire: wireMembers["id"] ?? .null, at: WireDecoding.join(wirePath, "id"))
            self.referral = try Int64(wire: wireMembers["referral"] ?? .null, at: WireDecoding.join(wirePath, "referral"))
            self.client = try Optional<String>(wire: wireMembers["client"] ?? .null, at: WireDecoding.join(wirePath, "client"))
            self.specialist = try Int64(wire: wireMembers["specialist"] ?? .null, at: WireDecoding.join(wirePath, "specialist"))
            self.specialistName = try String(wire: wireMembers["specialistName"] ?? .null, at: WireDecoding.join(wirePath, "specialistName"))
            self.appointmentDate = try String(wire: wireMembers["appointmentDate"] ?? .null, at: WireDecoding.join(wirePath, "appointmentDate"))
            self.noteVisible = try Bool(wire: wireMembers["noteVisible"] ?? .null, at: WireDecoding.join(wirePath, "noteVisible"))
            self.note = try Optional<String>(wire: wireMembers["note"] ?? .null, at: WireDecoding.join(wirePath, "note"))
            self.recommendations = try [Recommendation](wire: wireMembers["recommendations"] ?? .null, at: WireDecoding.join(wirePath, "recommendations"))
            self.steps = try [Step](wire: wireMembers["steps"] ?? .null, at: WireDecoding.join(wirePath, "steps"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "id": id.wire,
                "referral": referral.wire,
                "client": client.wire,
                "specialist": specialist.wire,
                "specialistName": specialistName.wire,
                "appointmentDate": appointmentDate.wire,
                "noteVisible": noteVisible.wire,
                "note": note.wire,
                "recommendations": recommendations.wire,
                "steps": steps.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.screenedOn = try String(wire: wireMembers["screenedOn"] ?? .null, at: WireDecoding.join(wirePath, "screenedOn"))
            self.acuteRisk = try AcuteRisk(wire: wireMembers["acuteRisk"] ?? .null, at: WireDecoding.join(wirePath, "acuteRisk"))
            self.escalationRoute = try String(wire: wireMembers["escalationRoute"] ?? .null, at: WireDecoding.join(wirePath, "escalationRoute"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "screenedOn": screenedOn.wire,
                "acuteRisk": acuteRisk.wire,
                "escalationRoute": escalationRoute.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.code = try String(wire: wireMembers["code"] ?? .null, at: WireDecoding.join(wirePath, "code"))
            self.months = try Optional<Int64>(wire: wireMembers["months"] ?? .null, at: WireDecoding.join(wirePath, "months"))
            self.labelDe = try String(wire: wireMembers["labelDe"] ?? .null, at: WireDecoding.join(wirePath, "labelDe"))
            self.labelEn = try String(wire: wireMembers["labelEn"] ?? .null, at: WireDecoding.join(wirePath, "labelEn"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "code": code.wire,
                "months": months.wire,
                "labelDe": labelDe.wire,
                "labelEn": labelEn.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.code = try String(wire: wireMembers["code"] ?? .null, at: WireDecoding.join(wirePath, "code"))
            self.months = try Optional<Int64>(wire: wireMembers["months"] ?? .null, at: WireDecoding.join(wirePath, "months"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "code": code.wire,
                "months": months.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.description = try String(wire: wireMembers["description"] ?? .null, at: WireDecoding.join(wirePath, "description"))
            self.owner = try String(wire: wireMembers["owner"] ?? .null, at: WireDecoding.join(wirePath, "owner"))
            self.ownerUser = try Optional<String>(wire: wireMembers["ownerUser"] ?? .null, at: WireDecoding.join(wirePath, "ownerUser"))
            self.dueOn = try String(wire: wireMembers["dueOn"] ?? .null, at: WireDecoding.join(wirePath, "dueOn"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "description": description.wire,
                "owner": owner.wire,
                "ownerUser": ownerUser.wire,
                "dueOn": dueOn.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.number = try Int64(wire: wireMembers["number"] ?? .null, at: WireDecoding.join(wirePath, "number"))
            self.note = try Optional<String>(wire: wireMembers["note"] ?? .null, at: WireDecoding.join(wirePath, "note"))
            self.recommendations = try [Recommendation](wire: wireMembers["recommendations"] ?? .null, at: WireDecoding.join(wirePath, "recommendations"))
            self.steps = try [Int64](wire: wireMembers["steps"] ?? .null, at: WireDecoding.join(wirePath, "steps"))
            self.writtenBy = try String(wire: wireMembers["writtenBy"] ?? .null, at: WireDecoding.join(wirePath, "writtenBy"))
            self.writtenAt = try String(wire: wireMembers["writtenAt"] ?? .null, at: WireDecoding.join(wirePath, "writtenAt"))
            self.reason = try Optional<String>(wire: wireMembers["reason"] ?? .null, at: WireDecoding.join(wirePath, "reason"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "number": number.wire,
                "note": note.wire,
                "recommendations": recommendations.wire,
                "steps": steps.wire,
                "writtenBy": writtenBy.wire,
                "writtenAt": writtenAt.wire,
                "reason": reason.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.date = try Optional<String>(wire: wireMembers["date"] ?? .null, at: WireDecoding.join(wirePath, "date"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "date": date.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.date = try String(wire: wireMembers["date"] ?? .null, at: WireDecoding.join(wirePath, "date"))
            self.appointments = try [Appointment](wire: wireMembers["appointments"] ?? .null, at: WireDecoding.join(wirePath, "appointments"))
            self.unresolved = try [Appointment](wire: wireMembers["unresolved"] ?? .null, at: WireDecoding.join(wirePath, "unresolved"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "date": date.wire,
                "appointments": appointments.wire,
                "unresolved": unresolved.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.session = try Int64(wire: wireMembers["session"] ?? .null, at: WireDecoding.join(wirePath, "session"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "session": session.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.session = try Int64(wire: wireMembers["session"] ?? .null, at: WireDecoding.join(wirePath, "session"))
            self.appointments = try [Appointment](wire: wireMembers["appointments"] ?? .null, at: WireDecoding.join(wirePath, "appointments"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "session": session.wire,
                "appointments": appointments.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            _ = try WireDecoding.object(wire, at: wirePath)
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([:])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.appointments = try [Appointment](wire: wireMembers["appointments"] ?? .null, at: WireDecoding.join(wirePath, "appointments"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "appointments": appointments.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.appointment = try Int64(wire: wireMembers["appointment"] ?? .null, at: WireDecoding.join(wirePath, "appointment"))
            self.attendance = try String(wire: wireMembers["attendance"] ?? .null, at: WireDecoding.join(wirePath, "attendance"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "appointment": appointment.wire,
                "attendance": attendance.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.appointment = try Appointment(wire: wireMembers["appointment"] ?? .null, at: WireDecoding.join(wirePath, "appointment"))
            self.referralStatus = try String(wire: wireMembers["referralStatus"] ?? .null, at: WireDecoding.join(wirePath, "referralStatus"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "appointment": appointment.wire,
                "referralStatus": referralStatus.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.appointment = try Int64(wire: wireMembers["appointment"] ?? .null, at: WireDecoding.join(wirePath, "appointment"))
            self.note = try String(wire: wireMembers["note"] ?? .null, at: WireDecoding.join(wirePath, "note"))
            self.recommendations = try [RecommendationInput](wire: wireMembers["recommendations"] ?? .null, at: WireDecoding.join(wirePath, "recommendations"))
            self.steps = try [StepInput](wire: wireMembers["steps"] ?? .null, at: WireDecoding.join(wirePath, "steps"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "appointment": appointment.wire,
                "note": note.wire,
                "recommendations": recommendations.wire,
                "steps": steps.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.assessment = try Assessment(wire: wireMembers["assessment"] ?? .null, at: WireDecoding.join(wirePath, "assessment"))
            self.helpPlanVersion = try Optional<Int64>(wire: wireMembers["helpPlanVersion"] ?? .null, at: WireDecoding.join(wirePath, "helpPlanVersion"))
            self.followUpReferral = try Optional<Int64>(wire: wireMembers["followUpReferral"] ?? .null, at: WireDecoding.join(wirePath, "followUpReferral"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "assessment": assessment.wire,
                "helpPlanVersion": helpPlanVersion.wire,
                "followUpReferral": followUpReferral.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.id = try Int64(wire: wireMembers["id"] ?? .null, at: WireDecoding.join(wirePath, "id"))
            self.reason = try String(wire: wireMembers["reason"] ?? .null, at: WireDecoding.join(wirePath, "reason"))
            self.note = try Optional<String>(wire: wireMembers["note"] ?? .null, at: WireDecoding.join(wirePath, "note"))
            self.recommendations = try Optional<[RecommendationInput]>(wire: wireMembers["recommendations"] ?? .null, at: WireDecoding.join(wirePath, "recommendations"))
            self.steps = try Optional<[StepInput]>(wire: wireMembers["steps"] ?? .null, at: WireDecoding.join(wirePath, "steps"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "id": id.wire,
                "reason": reason.wire,
                "note": note.wire,
                "recommendations": recommendations.wire,
                "steps": steps.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.assessment = try Assessment(wire: wireMembers["assessment"] ?? .null, at: WireDecoding.join(wirePath, "assessment"))
            self.version = try Int64(wire: wireMembers["version"] ?? .null, at: WireDecoding.join(wirePath, "version"))
            self.helpPlanVersion = try Optional<Int64>(wire: wireMembers["helpPlanVersion"] ?? .null, at: WireDecoding.join(wirePath, "helpPlanVersion"))
            self.followUpReferral = try Optional<Int64>(wire: wireMembers["followUpReferral"] ?? .null, at: WireDecoding.join(wirePath, "followUpReferral"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "assessment": assessment.wire,
                "version": version.wire,
                "helpPlanVersion": helpPlanVersion.wire,
                "followUpReferral": followUpReferral.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.id = try Int64(wire: wireMembers["id"] ?? .null, at: WireDecoding.join(wirePath, "id"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "id": id.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.versions = try [Version](wire: wireMembers["versions"] ?? .null, at: WireDecoding.join(wirePath, "versions"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "versions": versions.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.id = try Int64(wire: wireMembers["id"] ?? .null, at: WireDecoding.join(wirePath, "id"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "id": id.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.assessment = try Assessment(wire: wireMembers["assessment"] ?? .null, at: WireDecoding.join(wirePath, "assessment"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "assessment": assessment.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.client = try String(wire: wireMembers["client"] ?? .null, at: WireDecoding.join(wirePath, "client"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "client": client.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.assessments = try [Assessment](wire: wireMembers["assessments"] ?? .null, at: WireDecoding.join(wirePath, "assessments"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "assessments": assessments.wire,
            ])
        }
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
