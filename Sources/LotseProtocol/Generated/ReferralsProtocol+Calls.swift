// Generated from the IDL of org.lotse.Referrals by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension ReferralsProtocol {
    /// The IDL type `AcuteRisk`, declared alike in several interfaces.
    public typealias AcuteRisk = LotseWire.AcuteRisk

    /// The IDL type `CancelledAppointment`.
    public struct CancelledAppointment: WireValue, Equatable {
        /// `id: int`.
        public var id: Int64
        /// `date: string`.
        public var date: String
        /// `time: string`.
        public var time: String

        /// Creates the value from its fields.
        public init(id: Int64, date: String, time: String) {
            self.id = id
            self.date = date
            self.time = time
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"), date: field("date"), time: field("time"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire, "date": date.wire, "time": time.wire]) }
    }

    /// The IDL type `Client`.
    public struct Client: WireValue, Equatable {
        /// The values of `status`.
        public enum Status: String, WireEnum {
            case active
            case closed
        }

        /// `pseudonym: string`.
        public var pseudonym: String
        /// `caseworker: string`.
        public var caseworker: String
        /// `municipality: string`.
        public var municipality: String
        /// `status: (active, closed)`.
        public var status: Status
        /// `openedOn: string`.
        public var openedOn: String
        /// `closedOn: ?string`.
        public var closedOn: String?
        /// `consents: []Consent`.
        public var consents: [Consent]
        /// `openReferral: ?int`.
        public var openReferral: Int64?
        /// `purgeOn: ?string`.
        public var purgeOn: String?

        /// Creates the value from its fields.
        public init(pseudonym: String, caseworker: String, municipality: String, status: Status, openedOn: String, closedOn: String? = nil, consents: [Consent], openReferral: Int64? = nil, purgeOn: String? = nil) {
            self.pseudonym = pseudonym
            self.caseworker = caseworker
            self.municipality = municipality
            self.status = status
            self.openedOn = openedOn
            self.closedOn = closedOn
            self.consents = consents
            self.openReferral = openReferral
            self.purgeOn = purgeOn
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(pseudonym: field("pseudonym"), caseworker: field("caseworker"),
                municipality: field("municipality"), status: field("status"), openedOn: field("openedOn"),
                closedOn: field("closedOn"), consents: field("consents"), openReferral: field("openReferral"),
                purgeOn: field("purgeOn"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["pseudonym": pseudonym.wire, "caseworker": caseworker.wire,
            "municipality": municipality.wire, "status": status.wire, "openedOn": openedOn.wire,
            "closedOn": closedOn.wire, "consents": consents.wire, "openReferral": openReferral.wire,
            "purgeOn": purgeOn.wire]) }
    }

    /// The IDL type `Consent`.
    public struct Consent: WireValue, Equatable {
        /// `givenOn: string`.
        public var givenOn: String
        /// `scope: []string`.
        public var scope: [String]
        /// `withdrawnOn: ?string`.
        public var withdrawnOn: String?
        /// `onPaper: bool`.
        public var onPaper: Bool
        /// `recordedOn: ?string`.
        public var recordedOn: String?

        /// Creates the value from its fields.
        public init(givenOn: String, scope: [String], withdrawnOn: String? = nil, onPaper: Bool, recordedOn: String? = nil) {
            self.givenOn = givenOn
            self.scope = scope
            self.withdrawnOn = withdrawnOn
            self.onPaper = onPaper
            self.recordedOn = recordedOn
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(givenOn: field("givenOn"), scope: field("scope"), withdrawnOn: field("withdrawnOn"),
                onPaper: field("onPaper"), recordedOn: field("recordedOn"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["givenOn": givenOn.wire, "scope": scope.wire,
            "withdrawnOn": withdrawnOn.wire, "onPaper": onPaper.wire, "recordedOn": recordedOn.wire]) }
    }

    /// The IDL type `Escalation`, declared alike in several interfaces.
    public typealias Escalation = LotseWire.Escalation

    /// The IDL type `Placement`, declared alike in several interfaces.
    public typealias Placement = LotseWire.Placement

    /// The IDL type `Referral`.
    public struct Referral: WireValue, Equatable {
        /// The values of `urgency`.
        public enum Urgency: String, WireEnum {
            case routine
            case elevated
            case high
        }

        /// `id: int`.
        public var id: Int64
        /// `client: ?string`.
        public var client: String?
        /// `caseworker: string`.
        public var caseworker: String
        /// `municipality: string`.
        public var municipality: String
        /// `kind: ?string`.
        public var kind: String?
        /// `urgency: ?(routine, elevated, high)`.
        public var urgency: Urgency?
        /// `urgencyReason: ?string`.
        public var urgencyReason: String?
        /// `screening: ?ScreeningResult`.
        public var screening: ScreeningResult?
        /// `language: ?string`.
        public var language: String?
        /// `interpreter: ?bool`.
        public var interpreter: Bool?
        /// `unavailableDates: []string`.
        public var unavailableDates: [String]
        /// `preferredSpecialist: ?int`.
        public var preferredSpecialist: Int64?
        /// `excludedSpecialists: []int`.
        public var excludedSpecialists: [Int64]
        /// `note: ?string`.
        public var note: String?
        /// `status: string`.
        public var status: String
        /// `referredOn: string`.
        public var referredOn: String
        /// `notBefore: ?string`.
        public var notBefore: String?
        /// `consentGivenOn: ?string`.
        public var consentGivenOn: String?
        /// `consentOverrideReason: ?string`.
        public var consentOverrideReason: String?
        /// `withdrawalReason: ?string`.
        public var withdrawalReason: String?
        /// `waitingDays: int`.
        public var waitingDays: Int64
        /// `overWaitingLimit: ?bool`.
        public var overWaitingLimit: Bool?
        /// `placement: ?Placement`.
        public var placement: Placement?

        /// Creates the value from its fields.
        public init(id: Int64, client: String? = nil, caseworker: String, municipality: String, kind: String? = nil, urgency: Urgency? = nil, urgencyReason: String? = nil, screening: ScreeningResult? = nil, language: String? = nil, interpreter: Bool? = nil, unavailableDates: [String], preferredSpecialist: Int64? = nil, excludedSpecialists: [Int64], note: String? = nil, status: String, referredOn: String, notBefore: String? = nil, consentGivenOn: String? = nil, consentOverrideReason: String? = nil, withdrawalReason: String? = nil, waitingDays: Int64, overWaitingLimit: Bool? = nil, placement: Placement? = nil) {
            self.id = id
            self.client = client
            self.caseworker = caseworker
            self.municipality = municipality
            self.kind = kind
            self.urgency = urgency
            self.urgencyReason = urgencyReason
            self.screening = screening
            self.language = language
            self.interpreter = interpreter
            self.unavailableDates = unavailableDates
            self.preferredSpecialist = preferredSpecialist
            self.excludedSpecialists = excludedSpecialists
            self.note = note
            self.status = status
            self.referredOn = referredOn
            self.notBefore = notBefore
            self.consentGivenOn = consentGivenOn
            self.consentOverrideReason = consentOverrideReason
            self.withdrawalReason = withdrawalReason
            self.waitingDays = waitingDays
            self.overWaitingLimit = overWaitingLimit
            self.placement = placement
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"), client: field("client"), caseworker: field("caseworker"),
                municipality: field("municipality"), kind: field("kind"), urgency: field("urgency"),
                urgencyReason: field("urgencyReason"), screening: field("screening"),
                language: field("language"), interpreter: field("interpreter"),
                unavailableDates: field("unavailableDates"),
                preferredSpecialist: field("preferredSpecialist"),
                excludedSpecialists: field("excludedSpecialists"), note: field("note"),
                status: field("status"), referredOn: field("referredOn"), notBefore: field("notBefore"),
                consentGivenOn: field("consentGivenOn"),
                consentOverrideReason: field("consentOverrideReason"),
                withdrawalReason: field("withdrawalReason"), waitingDays: field("waitingDays"),
                overWaitingLimit: field("overWaitingLimit"), placement: field("placement"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire, "client": client.wire,
            "caseworker": caseworker.wire, "municipality": municipality.wire, "kind": kind.wire,
            "urgency": urgency.wire, "urgencyReason": urgencyReason.wire, "screening": screening.wire,
            "language": language.wire, "interpreter": interpreter.wire,
            "unavailableDates": unavailableDates.wire, "preferredSpecialist": preferredSpecialist.wire,
            "excludedSpecialists": excludedSpecialists.wire, "note": note.wire, "status": status.wire,
            "referredOn": referredOn.wire, "notBefore": notBefore.wire, "consentGivenOn": consentGivenOn.wire,
            "consentOverrideReason": consentOverrideReason.wire, "withdrawalReason": withdrawalReason.wire,
            "waitingDays": waitingDays.wire, "overWaitingLimit": overWaitingLimit.wire,
            "placement": placement.wire]) }
    }

    /// The IDL type `ScreeningResult`, declared alike in several interfaces.
    public typealias ScreeningResult = LotseWire.ScreeningResult

    /// The parameters of `org.lotse.Referrals.CreateClient`.
    public struct CreateClientRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Referrals.CreateClient"
        /// The reply's type.
        public typealias Reply = CreateClientReply

        /// `pseudonym: ?string`.
        public var pseudonym: String?
        /// `municipality: string`.
        public var municipality: String
        /// `caseworker: ?string`.
        public var caseworker: String?

        /// Creates the value from its fields.
        public init(pseudonym: String? = nil, municipality: String, caseworker: String? = nil) {
            self.pseudonym = pseudonym
            self.municipality = municipality
            self.caseworker = caseworker
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(pseudonym: field("pseudonym"), municipality: field("municipality"),
                caseworker: field("caseworker"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["pseudonym": pseudonym.wire, "municipality": municipality.wire,
            "caseworker": caseworker.wire]) }
    }

    /// The reply of `org.lotse.Referrals.CreateClient`.
    public struct CreateClientReply: LotseReply, Equatable {
        /// `client: Client`.
        public var client: Client

        /// Creates the value from its fields.
        public init(client: Client) {
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

    /// The parameters of `org.lotse.Referrals.GetClient`.
    public struct GetClientRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Referrals.GetClient"
        /// The reply's type.
        public typealias Reply = GetClientReply

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

    /// The reply of `org.lotse.Referrals.GetClient`.
    public struct GetClientReply: LotseReply, Equatable {
        /// `client: Client`.
        public var client: Client

        /// Creates the value from its fields.
        public init(client: Client) {
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

    /// The parameters of `org.lotse.Referrals.ListClients`.
    public struct ListClientsRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Referrals.ListClients"
        /// The reply's type.
        public typealias Reply = ListClientsReply

        /// `caseworker: ?string`.
        public var caseworker: String?

        /// Creates the value from its fields.
        public init(caseworker: String? = nil) {
            self.caseworker = caseworker
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(caseworker: field("caseworker"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["caseworker": caseworker.wire]) }
    }

    /// The reply of `org.lotse.Referrals.ListClients`.
    public struct ListClientsReply: LotseReply, Equatable {
        /// `clients: []Client`.
        public var clients: [Client]

        /// Creates the value from its fields.
        public init(clients: [Client]) {
            self.clients = clients
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(clients: field("clients"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["clients": clients.wire]) }
    }

    /// The parameters of `org.lotse.Referrals.RecordConsent`.
    public struct RecordConsentRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Referrals.RecordConsent"
        /// The reply's type.
        public typealias Reply = RecordConsentReply

        /// `client: string`.
        public var client: String
        /// `givenOn: string`.
        public var givenOn: String
        /// `scope: []string`.
        public var scope: [String]
        /// `onPaper: ?bool`.
        public var onPaper: Bool?

        /// Creates the value from its fields.
        public init(client: String, givenOn: String, scope: [String], onPaper: Bool? = nil) {
            self.client = client
            self.givenOn = givenOn
            self.scope = scope
            self.onPaper = onPaper
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(client: field("client"), givenOn: field("givenOn"), scope: field("scope"),
                onPaper: field("onPaper"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["client": client.wire, "givenOn": givenOn.wire,
            "scope": scope.wire, "onPaper": onPaper.wire]) }
    }

    /// The reply of `org.lotse.Referrals.RecordConsent`.
    public struct RecordConsentReply: LotseReply, Equatable {
        /// `client: Client`.
        public var client: Client

        /// Creates the value from its fields.
        public init(client: Client) {
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

    /// The parameters of `org.lotse.Referrals.CloseClient`.
    public struct CloseClientRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Referrals.CloseClient"
        /// The reply's type.
        public typealias Reply = CloseClientReply

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

    /// The reply of `org.lotse.Referrals.CloseClient`.
    public struct CloseClientReply: LotseReply, Equatable {
        /// `client: Client`.
        public var client: Client

        /// Creates the value from its fields.
        public init(client: Client) {
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

    /// The parameters of `org.lotse.Referrals.ReopenClient`.
    public struct ReopenClientRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Referrals.ReopenClient"
        /// The reply's type.
        public typealias Reply = ReopenClientReply

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

    /// The reply of `org.lotse.Referrals.ReopenClient`.
    public struct ReopenClientReply: LotseReply, Equatable {
        /// `client: Client`.
        public var client: Client

        /// Creates the value from its fields.
        public init(client: Client) {
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

    /// The parameters of `org.lotse.Referrals.WithdrawConsent`.
    public struct WithdrawConsentRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Referrals.WithdrawConsent"
        /// The reply's type.
        public typealias Reply = WithdrawConsentReply

        /// `client: string`.
        public var client: String
        /// `withdrawnOn: ?string`.
        public var withdrawnOn: String?
        /// `scope: ?[]string`.
        public var scope: [String]?

        /// Creates the value from its fields.
        public init(client: String, withdrawnOn: String? = nil, scope: [String]? = nil) {
            self.client = client
            self.withdrawnOn = withdrawnOn
            self.scope = scope
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(client: field("client"), withdrawnOn: field("withdrawnOn"), scope: field("scope"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["client": client.wire, "withdrawnOn": withdrawnOn.wire,
            "scope": scope.wire]) }
    }

    /// The reply of `org.lotse.Referrals.WithdrawConsent`.
    public struct WithdrawConsentReply: LotseReply, Equatable {
        /// `client: Client`.
        public var client: Client
        /// `withdrawn: int`.
        public var withdrawn: Int64

        /// Creates the value from its fields.
        public init(client: Client, withdrawn: Int64) {
            self.client = client
            self.withdrawn = withdrawn
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(client: field("client"), withdrawn: field("withdrawn"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["client": client.wire, "withdrawn": withdrawn.wire]) }
    }

    /// The parameters of `org.lotse.Referrals.HandOver`.
    public struct HandOverRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Referrals.HandOver"
        /// The reply's type.
        public typealias Reply = HandOverReply

        /// `client: string`.
        public var client: String
        /// `caseworker: string`.
        public var caseworker: String

        /// Creates the value from its fields.
        public init(client: String, caseworker: String) {
            self.client = client
            self.caseworker = caseworker
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(client: field("client"), caseworker: field("caseworker"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["client": client.wire, "caseworker": caseworker.wire]) }
    }

    /// The reply of `org.lotse.Referrals.HandOver`.
    public struct HandOverReply: LotseReply, Equatable {
        /// `client: Client`.
        public var client: Client

        /// Creates the value from its fields.
        public init(client: Client) {
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

    /// The parameters of `org.lotse.Referrals.Submit`.
    public struct SubmitRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Referrals.Submit"
        /// The reply's type.
        public typealias Reply = SubmitReply

        /// The values of `urgency`.
        public enum Urgency: String, WireEnum {
            case routine
            case elevated
            case high
        }

        /// `client: ?string`.
        public var client: String?
        /// `acuteRisk: AcuteRisk`.
        public var acuteRisk: AcuteRisk
        /// `kind: string`.
        public var kind: String
        /// `language: string`.
        public var language: String
        /// `interpreter: bool`.
        public var interpreter: Bool
        /// `urgency: ?(routine, elevated, high)`.
        public var urgency: Urgency?
        /// `urgencyReason: ?string`.
        public var urgencyReason: String?
        /// `screening: ?int`.
        public var screening: Int64?
        /// `unavailableDates: ?[]string`.
        public var unavailableDates: [String]?
        /// `preferredSpecialist: ?int`.
        public var preferredSpecialist: Int64?
        /// `excludedSpecialists: ?[]int`.
        public var excludedSpecialists: [Int64]?
        /// `note: ?string`.
        public var note: String?
        /// `consentOverrideReason: ?string`.
        public var consentOverrideReason: String?

        /// Creates the value from its fields.
        public init(client: String? = nil, acuteRisk: AcuteRisk, kind: String, language: String, interpreter: Bool, urgency: Urgency? = nil, urgencyReason: String? = nil, screening: Int64? = nil, unavailableDates: [String]? = nil, preferredSpecialist: Int64? = nil, excludedSpecialists: [Int64]? = nil, note: String? = nil, consentOverrideReason: String? = nil) {
            self.client = client
            self.acuteRisk = acuteRisk
            self.kind = kind
            self.language = language
            self.interpreter = interpreter
            self.urgency = urgency
            self.urgencyReason = urgencyReason
            self.screening = screening
            self.unavailableDates = unavailableDates
            self.preferredSpecialist = preferredSpecialist
            self.excludedSpecialists = excludedSpecialists
            self.note = note
            self.consentOverrideReason = consentOverrideReason
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(client: field("client"), acuteRisk: field("acuteRisk"), kind: field("kind"),
                language: field("language"), interpreter: field("interpreter"), urgency: field("urgency"),
                urgencyReason: field("urgencyReason"), screening: field("screening"),
                unavailableDates: field("unavailableDates"),
                preferredSpecialist: field("preferredSpecialist"),
                excludedSpecialists: field("excludedSpecialists"), note: field("note"),
                consentOverrideReason: field("consentOverrideReason"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["client": client.wire, "acuteRisk": acuteRisk.wire,
            "kind": kind.wire, "language": language.wire, "interpreter": interpreter.wire,
            "urgency": urgency.wire, "urgencyReason": urgencyReason.wire, "screening": screening.wire,
            "unavailableDates": unavailableDates.wire, "preferredSpecialist": preferredSpecialist.wire,
            "excludedSpecialists": excludedSpecialists.wire, "note": note.wire,
            "consentOverrideReason": consentOverrideReason.wire]) }
    }

    /// The reply of `org.lotse.Referrals.Submit`.
    public struct SubmitReply: LotseReply, Equatable {
        /// `referral: ?Referral`.
        public var referral: Referral?
        /// `escalation: ?Escalation`.
        public var escalation: Escalation?

        /// Creates the value from its fields.
        public init(referral: Referral? = nil, escalation: Escalation? = nil) {
            self.referral = referral
            self.escalation = escalation
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(referral: field("referral"), escalation: field("escalation"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["referral": referral.wire, "escalation": escalation.wire]) }
    }

    /// The parameters of `org.lotse.Referrals.List`.
    public struct ListRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Referrals.List"
        /// The reply's type.
        public typealias Reply = ListReply

        /// `status: ?[]string`.
        public var status: [String]?
        /// `month: ?string`.
        public var month: String?
        /// `caseworker: ?string`.
        public var caseworker: String?

        /// Creates the value from its fields.
        public init(status: [String]? = nil, month: String? = nil, caseworker: String? = nil) {
            self.status = status
            self.month = month
            self.caseworker = caseworker
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(status: field("status"), month: field("month"), caseworker: field("caseworker"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["status": status.wire, "month": month.wire,
            "caseworker": caseworker.wire]) }
    }

    /// The reply of `org.lotse.Referrals.List`.
    public struct ListReply: LotseReply, Equatable {
        /// `referrals: []Referral`.
        public var referrals: [Referral]
        /// `today: string`.
        public var today: String
        /// `waitingLimitWeeks: int`.
        public var waitingLimitWeeks: Int64

        /// Creates the value from its fields.
        public init(referrals: [Referral], today: String, waitingLimitWeeks: Int64) {
            self.referrals = referrals
            self.today = today
            self.waitingLimitWeeks = waitingLimitWeeks
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(referrals: field("referrals"), today: field("today"),
                waitingLimitWeeks: field("waitingLimitWeeks"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["referrals": referrals.wire, "today": today.wire,
            "waitingLimitWeeks": waitingLimitWeeks.wire]) }
    }

    /// The parameters of `org.lotse.Referrals.Get`.
    public struct GetRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Referrals.Get"
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

    /// The reply of `org.lotse.Referrals.Get`.
    public struct GetReply: LotseReply, Equatable {
        /// `referral: Referral`.
        public var referral: Referral
        /// `today: string`.
        public var today: String

        /// Creates the value from its fields.
        public init(referral: Referral, today: String) {
            self.referral = referral
            self.today = today
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(referral: field("referral"), today: field("today"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["referral": referral.wire, "today": today.wire]) }
    }

    /// The parameters of `org.lotse.Referrals.Update`.
    public struct UpdateRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Referrals.Update"
        /// The reply's type.
        public typealias Reply = UpdateReply

        /// The values of `urgency`.
        public enum Urgency: String, WireEnum {
            case routine
            case elevated
            case high
        }

        /// `id: int`.
        public var id: Int64
        /// `kind: ?string`.
        public var kind: String?
        /// `language: ?string`.
        public var language: String?
        /// `interpreter: ?bool`.
        public var interpreter: Bool?
        /// `urgency: ?(routine, elevated, high)`.
        public var urgency: Urgency?
        /// `urgencyReason: ?string`.
        public var urgencyReason: String?
        /// `unavailableDates: ?[]string`.
        public var unavailableDates: [String]?
        /// `preferredSpecialist: ?int`.
        public var preferredSpecialist: Int64?
        /// `excludedSpecialists: ?[]int`.
        public var excludedSpecialists: [Int64]?
        /// `note: ?string`.
        public var note: String?

        /// Creates the value from its fields.
        public init(id: Int64, kind: String? = nil, language: String? = nil, interpreter: Bool? = nil, urgency: Urgency? = nil, urgencyReason: String? = nil, unavailableDates: [String]? = nil, preferredSpecialist: Int64? = nil, excludedSpecialists: [Int64]? = nil, note: String? = nil) {
            self.id = id
            self.kind = kind
            self.language = language
            self.interpreter = interpreter
            self.urgency = urgency
            self.urgencyReason = urgencyReason
            self.unavailableDates = unavailableDates
            self.preferredSpecialist = preferredSpecialist
            self.excludedSpecialists = excludedSpecialists
            self.note = note
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"), kind: field("kind"), language: field("language"),
                interpreter: field("interpreter"), urgency: field("urgency"),
                urgencyReason: field("urgencyReason"), unavailableDates: field("unavailableDates"),
                preferredSpecialist: field("preferredSpecialist"),
                excludedSpecialists: field("excludedSpecialists"), note: field("note"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire, "kind": kind.wire, "language": language.wire,
            "interpreter": interpreter.wire, "urgency": urgency.wire, "urgencyReason": urgencyReason.wire,
            "unavailableDates": unavailableDates.wire, "preferredSpecialist": preferredSpecialist.wire,
            "excludedSpecialists": excludedSpecialists.wire, "note": note.wire]) }
    }

    /// The reply of `org.lotse.Referrals.Update`.
    public struct UpdateReply: LotseReply, Equatable {
        /// `referral: Referral`.
        public var referral: Referral

        /// Creates the value from its fields.
        public init(referral: Referral) {
            self.referral = referral
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(referral: field("referral"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["referral": referral.wire]) }
    }

    /// The parameters of `org.lotse.Referrals.Withdraw`.
    public struct WithdrawRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Referrals.Withdraw"
        /// The reply's type.
        public typealias Reply = WithdrawReply

        /// `id: int`.
        public var id: Int64
        /// `reason: string`.
        public var reason: String

        /// Creates the value from its fields.
        public init(id: Int64, reason: String) {
            self.id = id
            self.reason = reason
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"), reason: field("reason"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire, "reason": reason.wire]) }
    }

    /// The reply of `org.lotse.Referrals.Withdraw`.
    public struct WithdrawReply: LotseReply, Equatable {
        /// `referral: Referral`.
        public var referral: Referral
        /// `cancelledAppointment: ?CancelledAppointment`.
        public var cancelledAppointment: CancelledAppointment?

        /// Creates the value from its fields.
        public init(referral: Referral, cancelledAppointment: CancelledAppointment? = nil) {
            self.referral = referral
            self.cancelledAppointment = cancelledAppointment
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(referral: field("referral"), cancelledAppointment: field("cancelledAppointment"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["referral": referral.wire,
            "cancelledAppointment": cancelledAppointment.wire]) }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Referrals.CreateClient": CreateClientReply.self,
        "org.lotse.Referrals.GetClient": GetClientReply.self,
        "org.lotse.Referrals.ListClients": ListClientsReply.self,
        "org.lotse.Referrals.RecordConsent": RecordConsentReply.self,
        "org.lotse.Referrals.CloseClient": CloseClientReply.self,
        "org.lotse.Referrals.ReopenClient": ReopenClientReply.self,
        "org.lotse.Referrals.WithdrawConsent": WithdrawConsentReply.self,
        "org.lotse.Referrals.HandOver": HandOverReply.self,
        "org.lotse.Referrals.Submit": SubmitReply.self,
        "org.lotse.Referrals.List": ListReply.self,
        "org.lotse.Referrals.Get": GetReply.self,
        "org.lotse.Referrals.Update": UpdateReply.self,
        "org.lotse.Referrals.Withdraw": WithdrawReply.self,
    ]
}
