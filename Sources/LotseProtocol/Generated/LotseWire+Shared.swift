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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.suicidality = try Bool(wire: wireMembers["suicidality"] ?? .null, at: WireDecoding.join(wirePath, "suicidality"))
            self.dangerToOthers = try Bool(wire: wireMembers["dangerToOthers"] ?? .null, at: WireDecoding.join(wirePath, "dangerToOthers"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "suicidality": suicidality.wire,
                "dangerToOthers": dangerToOthers.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.emergencyText = try [String: String](wire: wireMembers["emergencyText"] ?? .null, at: WireDecoding.join(wirePath, "emergencyText"))
            self.coordinatorsAlerted = try Int64(wire: wireMembers["coordinatorsAlerted"] ?? .null, at: WireDecoding.join(wirePath, "coordinatorsAlerted"))
            self.client = try Optional<String>(wire: wireMembers["client"] ?? .null, at: WireDecoding.join(wirePath, "client"))
            self.ownClient = try Bool(wire: wireMembers["ownClient"] ?? .null, at: WireDecoding.join(wirePath, "ownClient"))
            self.alert = try Alert(wire: wireMembers["alert"] ?? .null, at: WireDecoding.join(wirePath, "alert"))
            self.firstAlertAt = try Optional<String>(wire: wireMembers["firstAlertAt"] ?? .null, at: WireDecoding.join(wirePath, "firstAlertAt"))
            self.reports = try Int64(wire: wireMembers["reports"] ?? .null, at: WireDecoding.join(wirePath, "reports"))
            self.repeatWindowMinutes = try Int64(wire: wireMembers["repeatWindowMinutes"] ?? .null, at: WireDecoding.join(wirePath, "repeatWindowMinutes"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "emergencyText": emergencyText.wire,
                "coordinatorsAlerted": coordinatorsAlerted.wire,
                "client": client.wire,
                "ownClient": ownClient.wire,
                "alert": alert.wire,
                "firstAlertAt": firstAlertAt.wire,
                "reports": reports.wire,
                "repeatWindowMinutes": repeatWindowMinutes.wire,
            ])
        }
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
        /// `month: ?string`.
        public var month: String?
        /// `version: ?int`.
        public var version: Int64?
        /// `notBefore: ?string`.
        public var notBefore: String?

        /// Creates the value from its fields.
        public init(kind: String, sessionId: Int64? = nil, date: String? = nil, time: String? = nil, place: String? = nil, slot: Int64? = nil, slotId: String? = nil, specialist: String? = nil, appointment: Int64? = nil, reason: String? = nil, detail: String? = nil, month: String? = nil, version: Int64? = nil, notBefore: String? = nil) {
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
            self.month = month
            self.version = version
            self.notBefore = notBefore
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.kind = try String(wire: wireMembers["kind"] ?? .null, at: WireDecoding.join(wirePath, "kind"))
            self.sessionId = try Optional<Int64>(wire: wireMembers["sessionId"] ?? .null, at: WireDecoding.join(wirePath, "sessionId"))
            self.date = try Optional<String>(wire: wireMembers["date"] ?? .null, at: WireDecoding.join(wirePath, "date"))
            self.time = try Optional<String>(wire: wireMembers["time"] ?? .null, at: WireDecoding.join(wirePath, "time"))
            self.place = try Optional<String>(wire: wireMembers["place"] ?? .null, at: WireDecoding.join(wirePath, "place"))
            self.slot = try Optional<Int64>(wire: wireMembers["slot"] ?? .null, at: WireDecoding.join(wirePath, "slot"))
            self.slotId = try Optional<String>(wire: wireMembers["slotId"] ?? .null, at: WireDecoding.join(wirePath, "slotId"))
            self.specialist = try Optional<String>(wire: wireMembers["specialist"] ?? .null, at: WireDecoding.join(wirePath, "specialist"))
            self.appointment = try Optional<Int64>(wire: wireMembers["appointment"] ?? .null, at: WireDecoding.join(wirePath, "appointment"))
            self.reason = try Optional<String>(wire: wireMembers["reason"] ?? .null, at: WireDecoding.join(wirePath, "reason"))
            self.detail = try Optional<String>(wire: wireMembers["detail"] ?? .null, at: WireDecoding.join(wirePath, "detail"))
            self.month = try Optional<String>(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
            self.version = try Optional<Int64>(wire: wireMembers["version"] ?? .null, at: WireDecoding.join(wirePath, "version"))
            self.notBefore = try Optional<String>(wire: wireMembers["notBefore"] ?? .null, at: WireDecoding.join(wirePath, "notBefore"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "kind": kind.wire,
                "sessionId": sessionId.wire,
                "date": date.wire,
                "time": time.wire,
                "place": place.wire,
                "slot": slot.wire,
                "slotId": slotId.wire,
                "specialist": specialist.wire,
                "appointment": appointment.wire,
                "reason": reason.wire,
                "detail": detail.wire,
                "month": month.wire,
                "version": version.wire,
                "notBefore": notBefore.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.instrument = try String(wire: wireMembers["instrument"] ?? .null, at: WireDecoding.join(wirePath, "instrument"))
            self.score = try Int64(wire: wireMembers["score"] ?? .null, at: WireDecoding.join(wirePath, "score"))
            self.band = try String(wire: wireMembers["band"] ?? .null, at: WireDecoding.join(wirePath, "band"))
            self.positive = try Bool(wire: wireMembers["positive"] ?? .null, at: WireDecoding.join(wirePath, "positive"))
            self.positiveByItemRule = try Bool(wire: wireMembers["positiveByItemRule"] ?? .null, at: WireDecoding.join(wirePath, "positiveByItemRule"))
            self.decidedBy = try String(wire: wireMembers["decidedBy"] ?? .null, at: WireDecoding.join(wirePath, "decidedBy"))
            self.rule = try Optional<String>(wire: wireMembers["rule"] ?? .null, at: WireDecoding.join(wirePath, "rule"))
            self.ruleItem = try Optional<Int64>(wire: wireMembers["ruleItem"] ?? .null, at: WireDecoding.join(wirePath, "ruleItem"))
            self.urgency = try Urgency(wire: wireMembers["urgency"] ?? .null, at: WireDecoding.join(wirePath, "urgency"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "instrument": instrument.wire,
                "score": score.wire,
                "band": band.wire,
                "positive": positive.wire,
                "positiveByItemRule": positiveByItemRule.wire,
                "decidedBy": decidedBy.wire,
                "rule": rule.wire,
                "ruleItem": ruleItem.wire,
                "urgency": urgency.wire,
            ])
        }
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
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.id = try Int64(wire: wireMembers["id"] ?? .null, at: WireDecoding.join(wirePath, "id"))
            self.client = try Optional<String>(wire: wireMembers["client"] ?? .null, at: WireDecoding.join(wirePath, "client"))
            self.assessment = try Optional<Int64>(wire: wireMembers["assessment"] ?? .null, at: WireDecoding.join(wirePath, "assessment"))
            self.description = try String(wire: wireMembers["description"] ?? .null, at: WireDecoding.join(wirePath, "description"))
            self.ownerRole = try OwnerRole(wire: wireMembers["ownerRole"] ?? .null, at: WireDecoding.join(wirePath, "ownerRole"))
            self.ownerUser = try String(wire: wireMembers["ownerUser"] ?? .null, at: WireDecoding.join(wirePath, "ownerUser"))
            self.dueOn = try String(wire: wireMembers["dueOn"] ?? .null, at: WireDecoding.join(wirePath, "dueOn"))
            self.status = try Status(wire: wireMembers["status"] ?? .null, at: WireDecoding.join(wirePath, "status"))
            self.overdue = try Bool(wire: wireMembers["overdue"] ?? .null, at: WireDecoding.join(wirePath, "overdue"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "id": id.wire,
                "client": client.wire,
                "assessment": assessment.wire,
                "description": description.wire,
                "ownerRole": ownerRole.wire,
                "ownerUser": ownerUser.wire,
                "dueOn": dueOn.wire,
                "status": status.wire,
                "overdue": overdue.wire,
            ])
        }
    }

}
