// Generated from the IDL of org.lotse.Screening by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension ScreeningProtocol {
    /// The IDL type `AcuteRisk`, declared alike in several interfaces.
    public typealias AcuteRisk = LotseWire.AcuteRisk

    /// The IDL type `Band`.
    public struct Band: WireValue, Equatable {
        /// The values of `urgency`.
        public enum Urgency: String, WireEnum {
            case routine
            case elevated
            case high
        }

        /// `name: string`.
        public var name: String
        /// `low: int`.
        public var low: Int64
        /// `high: int`.
        public var high: Int64
        /// `urgency: (routine, elevated, high)`.
        public var urgency: Urgency
        /// `positive: bool`.
        public var positive: Bool

        /// Creates the value from its fields.
        public init(name: String, low: Int64, high: Int64, urgency: Urgency, positive: Bool) {
            self.name = name
            self.low = low
            self.high = high
            self.urgency = urgency
            self.positive = positive
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(name: field("name"), low: field("low"), high: field("high"),
                urgency: field("urgency"), positive: field("positive"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["name": name.wire, "low": low.wire, "high": high.wire,
            "urgency": urgency.wire, "positive": positive.wire]) }
    }

    /// The IDL type `Escalation`, declared alike in several interfaces.
    public typealias Escalation = LotseWire.Escalation

    /// The IDL type `Instrument`.
    public struct Instrument: WireValue, Equatable {
        /// `name: string`.
        public var name: String
        /// `title: string`.
        public var title: String
        /// `titleDe: string`.
        public var titleDe: String
        /// `items: int`.
        public var items: Int64
        /// `answerRanges: []Range`.
        public var answerRanges: [Range]
        /// `scoring: string`.
        public var scoring: String
        /// `scoredItems: []int`.
        public var scoredItems: [Int64]
        /// `bands: []Band`.
        public var bands: [Band]
        /// `positiveIf: ?string`.
        public var positiveIf: String?

        /// Creates the value from its fields.
        public init(name: String, title: String, titleDe: String, items: Int64, answerRanges: [Range], scoring: String, scoredItems: [Int64], bands: [Band], positiveIf: String? = nil) {
            self.name = name
            self.title = title
            self.titleDe = titleDe
            self.items = items
            self.answerRanges = answerRanges
            self.scoring = scoring
            self.scoredItems = scoredItems
            self.bands = bands
            self.positiveIf = positiveIf
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(name: field("name"), title: field("title"), titleDe: field("titleDe"),
                items: field("items"), answerRanges: field("answerRanges"), scoring: field("scoring"),
                scoredItems: field("scoredItems"), bands: field("bands"), positiveIf: field("positiveIf"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["name": name.wire, "title": title.wire, "titleDe": titleDe.wire,
            "items": items.wire, "answerRanges": answerRanges.wire, "scoring": scoring.wire,
            "scoredItems": scoredItems.wire, "bands": bands.wire, "positiveIf": positiveIf.wire]) }
    }

    /// The IDL type `Range`.
    public struct Range: WireValue, Equatable {
        /// `low: int`.
        public var low: Int64
        /// `high: int`.
        public var high: Int64

        /// Creates the value from its fields.
        public init(low: Int64, high: Int64) {
            self.low = low
            self.high = high
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(low: field("low"), high: field("high"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["low": low.wire, "high": high.wire]) }
    }

    /// The IDL type `Result`, declared alike in several interfaces.
    public typealias Result = LotseWire.ScreeningResult

    /// The IDL type `Screening`.
    public struct Screening: WireValue, Equatable {
        /// `id: int`.
        public var id: Int64
        /// `client: string`.
        public var client: String
        /// `screenedOn: string`.
        public var screenedOn: String
        /// `recordedBy: string`.
        public var recordedBy: String
        /// `instrument: string`.
        public var instrument: String
        /// `answers: []int`.
        public var answers: [Int64]
        /// `acuteRisk: AcuteRisk`.
        public var acuteRisk: AcuteRisk
        /// `escalated: bool`.
        public var escalated: Bool
        /// `escalationRoute: ?string`.
        public var escalationRoute: String?
        /// `result: ?Result`.
        public var result: Result?

        /// Creates the value from its fields.
        public init(id: Int64, client: String, screenedOn: String, recordedBy: String, instrument: String, answers: [Int64], acuteRisk: AcuteRisk, escalated: Bool, escalationRoute: String? = nil, result: Result? = nil) {
            self.id = id
            self.client = client
            self.screenedOn = screenedOn
            self.recordedBy = recordedBy
            self.instrument = instrument
            self.answers = answers
            self.acuteRisk = acuteRisk
            self.escalated = escalated
            self.escalationRoute = escalationRoute
            self.result = result
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"), client: field("client"), screenedOn: field("screenedOn"),
                recordedBy: field("recordedBy"), instrument: field("instrument"), answers: field("answers"),
                acuteRisk: field("acuteRisk"), escalated: field("escalated"),
                escalationRoute: field("escalationRoute"), result: field("result"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire, "client": client.wire,
            "screenedOn": screenedOn.wire, "recordedBy": recordedBy.wire, "instrument": instrument.wire,
            "answers": answers.wire, "acuteRisk": acuteRisk.wire, "escalated": escalated.wire,
            "escalationRoute": escalationRoute.wire, "result": result.wire]) }
    }

    /// The parameters of `org.lotse.Screening.Instruments`.
    public struct InstrumentsRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Screening.Instruments"
        /// The reply's type.
        public typealias Reply = InstrumentsReply

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

    /// The reply of `org.lotse.Screening.Instruments`.
    public struct InstrumentsReply: LotseReply, Equatable {
        /// `instruments: []Instrument`.
        public var instruments: [Instrument]

        /// Creates the value from its fields.
        public init(instruments: [Instrument]) {
            self.instruments = instruments
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(instruments: field("instruments"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["instruments": instruments.wire]) }
    }

    /// The parameters of `org.lotse.Screening.Record`.
    public struct RecordRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Screening.Record"
        /// The reply's type.
        public typealias Reply = RecordReply

        /// `client: string`.
        public var client: String
        /// `instrument: string`.
        public var instrument: String
        /// `answers: []int`.
        public var answers: [Int64]
        /// `acuteRisk: AcuteRisk`.
        public var acuteRisk: AcuteRisk

        /// Creates the value from its fields.
        public init(client: String, instrument: String, answers: [Int64], acuteRisk: AcuteRisk) {
            self.client = client
            self.instrument = instrument
            self.answers = answers
            self.acuteRisk = acuteRisk
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(client: field("client"), instrument: field("instrument"), answers: field("answers"),
                acuteRisk: field("acuteRisk"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["client": client.wire, "instrument": instrument.wire,
            "answers": answers.wire, "acuteRisk": acuteRisk.wire]) }
    }

    /// The reply of `org.lotse.Screening.Record`.
    public struct RecordReply: LotseReply, Equatable {
        /// `screening: ?Screening`.
        public var screening: Screening?
        /// `escalation: ?Escalation`.
        public var escalation: Escalation?

        /// Creates the value from its fields.
        public init(screening: Screening? = nil, escalation: Escalation? = nil) {
            self.screening = screening
            self.escalation = escalation
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(screening: field("screening"), escalation: field("escalation"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["screening": screening.wire, "escalation": escalation.wire]) }
    }

    /// The parameters of `org.lotse.Screening.List`.
    public struct ListRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Screening.List"
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

    /// The reply of `org.lotse.Screening.List`.
    public struct ListReply: LotseReply, Equatable {
        /// `screenings: []Screening`.
        public var screenings: [Screening]

        /// Creates the value from its fields.
        public init(screenings: [Screening]) {
            self.screenings = screenings
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(screenings: field("screenings"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["screenings": screenings.wire]) }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Screening.Instruments": InstrumentsReply.self,
        "org.lotse.Screening.Record": RecordReply.self,
        "org.lotse.Screening.List": ListReply.self,
    ]
}
