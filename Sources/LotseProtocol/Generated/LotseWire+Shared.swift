// Generated from the IDLs by WireCodeGenerator (Tests/LotseProtocolTests); do not edit:
// change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension LotseWire {
    /// The IDL type `AcuteRisk`, declared alike in several interfaces.
    public struct AcuteRisk: WireValue, Equatable {
        /// `suicidality: bool`.
        public var suicidality: Bool
        /// `dangerToOthers: bool`.
        public var dangerToOthers: Bool

        /// Creates the value from its fields.
        public init(suicidality: Bool, dangerToOthers: Bool) {
            self.suicidality = suicidality
            self.dangerToOthers = dangerToOthers
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(suicidality: field("suicidality"), dangerToOthers: field("dangerToOthers"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["suicidality": suicidality.wire,
            "dangerToOthers": dangerToOthers.wire]) }
    }

    /// The IDL type `Escalation`, declared alike in several interfaces.
    public struct Escalation: WireValue, Equatable {
        /// The values of `alert`.
        public enum Alert: String, WireEnum {
            case sent
            case coalesced
        }

        /// `emergencyText: [string]string`.
        public var emergencyText: [String: String]
        /// `coordinatorsAlerted: int`.
        public var coordinatorsAlerted: Int64
        /// `client: ?string`.
        public var client: String?
        /// `ownClient: bool`.
        public var ownClient: Bool
        /// `alert: (sent, coalesced)`.
        public var alert: Alert
        /// `firstAlertAt: ?string`.
        public var firstAlertAt: String?
        /// `reports: int`.
        public var reports: Int64
        /// `repeatWindowMinutes: int`.
        public var repeatWindowMinutes: Int64

        /// Creates the value from its fields.
        public init(emergencyText: [String: String], coordinatorsAlerted: Int64, client: String? = nil, ownClient: Bool, alert: Alert, firstAlertAt: String? = nil, reports: Int64, repeatWindowMinutes: Int64) {
            self.emergencyText = emergencyText
            self.coordinatorsAlerted = coordinatorsAlerted
            self.client = client
            self.ownClient = ownClient
            self.alert = alert
            self.firstAlertAt = firstAlertAt
            self.reports = reports
            self.repeatWindowMinutes = repeatWindowMinutes
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(emergencyText: field("emergencyText"),
                coordinatorsAlerted: field("coordinatorsAlerted"), client: field("client"),
                ownClient: field("ownClient"), alert: field("alert"), firstAlertAt: field("firstAlertAt"),
                reports: field("reports"), repeatWindowMinutes: field("repeatWindowMinutes"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["emergencyText": emergencyText.wire,
            "coordinatorsAlerted": coordinatorsAlerted.wire, "client": client.wire,
            "ownClient": ownClient.wire, "alert": alert.wire, "firstAlertAt": firstAlertAt.wire,
            "reports": reports.wire, "repeatWindowMinutes": repeatWindowMinutes.wire]) }
    }

    /// The IDL type `Placement`, declared alike in several interfaces.
    public struct Placement: WireValue, Equatable {
        /// `kind: string`.
        public var kind: String
        /// `sessionId: ?int`.
        public var sessionId: Int64?
        /// `date: ?string`.
        public var date: String?
        /// `time: ?string`.
        public var time: String?
        /// `place: ?string`.
        public var place: String?
        /// `slot: ?int`.
        public var slot: Int64?
        /// `slotId: ?string`.
        public var slotId: String?
        /// `specialist: ?string`.
        public var specialist: String?
        /// `appointment: ?int`.
        public var appointment: Int64?
        /// `reason: ?string`.
        public var reason: String?
        /// `detail: ?string`.
        public var detail: String?
        /// `detailDe: ?string`.
        public var detailDe: String?
        /// `month: ?string`.
        public var month: String?
        /// `version: ?int`.
        public var version: Int64?
        /// `notBefore: ?string`.
        public var notBefore: String?

        /// Creates the value from its fields.
        public init(kind: String, sessionId: Int64? = nil, date: String? = nil, time: String? = nil, place: String? = nil, slot: Int64? = nil, slotId: String? = nil, specialist: String? = nil, appointment: Int64? = nil, reason: String? = nil, detail: String? = nil, detailDe: String? = nil, month: String? = nil, version: Int64? = nil, notBefore: String? = nil) {
            self.kind = kind
            self.sessionId = sessionId
            self.date = date
            self.time = time
            self.place = place
            self.slot = slot
            self.slotId = slotId
            self.specialist = specialist
            self.appointment = appointment
            self.reason = reason
            self.detail = detail
            self.detailDe = detailDe
            self.month = month
            self.version = version
            self.notBefore = notBefore
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(kind: field("kind"), sessionId: field("sessionId"), date: field("date"),
                time: field("time"), place: field("place"), slot: field("slot"), slotId: field("slotId"),
                specialist: field("specialist"), appointment: field("appointment"), reason: field("reason"),
                detail: field("detail"), detailDe: field("detailDe"), month: field("month"),
                version: field("version"), notBefore: field("notBefore"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["kind": kind.wire, "sessionId": sessionId.wire,
            "date": date.wire, "time": time.wire, "place": place.wire, "slot": slot.wire,
            "slotId": slotId.wire, "specialist": specialist.wire, "appointment": appointment.wire,
            "reason": reason.wire, "detail": detail.wire, "detailDe": detailDe.wire, "month": month.wire,
            "version": version.wire, "notBefore": notBefore.wire]) }
    }

    /// The IDL type `ScreeningResult`, declared alike in several interfaces.
    public struct ScreeningResult: WireValue, Equatable {
        /// The values of `urgency`.
        public enum Urgency: String, WireEnum {
            case routine
            case elevated
            case high
        }

        /// `instrument: string`.
        public var instrument: String
        /// `score: int`.
        public var score: Int64
        /// `band: string`.
        public var band: String
        /// `positive: bool`.
        public var positive: Bool
        /// `positiveByItemRule: bool`.
        public var positiveByItemRule: Bool
        /// `decidedBy: string`.
        public var decidedBy: String
        /// `rule: ?string`.
        public var rule: String?
        /// `ruleItem: ?int`.
        public var ruleItem: Int64?
        /// `urgency: (routine, elevated, high)`.
        public var urgency: Urgency

        /// Creates the value from its fields.
        public init(instrument: String, score: Int64, band: String, positive: Bool, positiveByItemRule: Bool, decidedBy: String, rule: String? = nil, ruleItem: Int64? = nil, urgency: Urgency) {
            self.instrument = instrument
            self.score = score
            self.band = band
            self.positive = positive
            self.positiveByItemRule = positiveByItemRule
            self.decidedBy = decidedBy
            self.rule = rule
            self.ruleItem = ruleItem
            self.urgency = urgency
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(instrument: field("instrument"), score: field("score"), band: field("band"),
                positive: field("positive"), positiveByItemRule: field("positiveByItemRule"),
                decidedBy: field("decidedBy"), rule: field("rule"), ruleItem: field("ruleItem"),
                urgency: field("urgency"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["instrument": instrument.wire, "score": score.wire,
            "band": band.wire, "positive": positive.wire, "positiveByItemRule": positiveByItemRule.wire,
            "decidedBy": decidedBy.wire, "rule": rule.wire, "ruleItem": ruleItem.wire,
            "urgency": urgency.wire]) }
    }

    /// The IDL type `Step`, declared alike in several interfaces.
    public struct Step: WireValue, Equatable {
        /// The values of `ownerRole`.
        public enum OwnerRole: String, WireEnum {
            case caseworker
            case specialist
            case coordinator
        }

        /// The values of `status`.
        public enum Status: String, WireEnum {
            case `open`
            case done
            case dropped
        }

        /// `id: int`.
        public var id: Int64
        /// `client: ?string`.
        public var client: String?
        /// `assessment: ?int`.
        public var assessment: Int64?
        /// `description: string`.
        public var description: String
        /// `ownerRole: (caseworker, specialist, coordinator)`.
        public var ownerRole: OwnerRole
        /// `ownerUser: string`.
        public var ownerUser: String
        /// `dueOn: string`.
        public var dueOn: String
        /// `status: (open, done, dropped)`.
        public var status: Status
        /// `overdue: bool`.
        public var overdue: Bool

        /// Creates the value from its fields.
        public init(id: Int64, client: String? = nil, assessment: Int64? = nil, description: String, ownerRole: OwnerRole, ownerUser: String, dueOn: String, status: Status, overdue: Bool) {
            self.id = id
            self.client = client
            self.assessment = assessment
            self.description = description
            self.ownerRole = ownerRole
            self.ownerUser = ownerUser
            self.dueOn = dueOn
            self.status = status
            self.overdue = overdue
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"), client: field("client"), assessment: field("assessment"),
                description: field("description"), ownerRole: field("ownerRole"),
                ownerUser: field("ownerUser"), dueOn: field("dueOn"), status: field("status"),
                overdue: field("overdue"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire, "client": client.wire,
            "assessment": assessment.wire, "description": description.wire, "ownerRole": ownerRole.wire,
            "ownerUser": ownerUser.wire, "dueOn": dueOn.wire, "status": status.wire,
            "overdue": overdue.wire]) }
    }

}
