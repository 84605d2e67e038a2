// Generated from the IDL of org.lotse.Roster by WireCodeGenerator (Tests/LotseProtocolTests);
// do not edit: change the IDL and run `LOTSE_REGENERATE=1 swift test --filter GeneratedWireTypes`.
import LotseVarlink

extension RosterProtocol {
    /// The IDL type `Change`.
    public struct Change: WireValue, Equatable {
        /// The values of `change`.
        public enum Change: String, WireEnum {
            case added
            case removed
            case moved
        }

        /// `change: (added, removed, moved)`.
        public var change: Change
        /// `referral: int`.
        public var referral: Int64
        /// `client: ?string`.
        public var client: String?
        /// `from: ?string`.
        public var from: String?
        /// `to: ?string`.
        public var to: String?
        /// `text: string`.
        public var text: String

        /// Creates the value from its fields.
        public init(change: Change, referral: Int64, client: String? = nil, from: String? = nil, to: String? = nil, text: String) {
            self.change = change
            self.referral = referral
            self.client = client
            self.from = from
            self.to = to
            self.text = text
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.change = try Change(wire: wireMembers["change"] ?? .null, at: WireDecoding.join(wirePath, "change"))
            self.referral = try Int64(wire: wireMembers["referral"] ?? .null, at: WireDecoding.join(wirePath, "referral"))
            self.client = try Optional<String>(wire: wireMembers["client"] ?? .null, at: WireDecoding.join(wirePath, "client"))
            self.from = try Optional<String>(wire: wireMembers["from"] ?? .null, at: WireDecoding.join(wirePath, "from"))
            self.to = try Optional<String>(wire: wireMembers["to"] ?? .null, at: WireDecoding.join(wirePath, "to"))
            self.text = try String(wire: wireMembers["text"] ?? .null, at: WireDecoding.join(wirePath, "text"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "change": change.wire,
                "referral": referral.wire,
                "client": client.wire,
                "from": from.wire,
                "to": to.wire,
                "text": text.wire,
            ])
        }
    }

    /// The IDL type `Entry`.
    public struct Entry: WireValue, Equatable {
        /// The values of `urgency`.
        public enum Urgency: String, WireEnum {
            case routine
            case elevated
            case high
        }

        /// `referral: int`.
        public var referral: Int64
        /// `client: ?string`.
        public var client: String?
        /// `caseworker: ?string`.
        public var caseworker: String?
        /// `municipality: ?string`.
        public var municipality: String?
        /// `kind: ?string`.
        public var kind: String?
        /// `language: ?string`.
        public var language: String?
        /// `interpreter: ?bool`.
        public var interpreter: Bool?
        /// `urgency: ?(routine, elevated, high)`.
        public var urgency: Urgency?
        /// `referredOn: ?string`.
        public var referredOn: String?
        /// `slot: string`.
        public var slot: String
        /// `date: ?string`.
        public var date: String?
        /// `start: ?string`.
        public var start: String?
        /// `minutes: ?int`.
        public var minutes: Int64?
        /// `place: ?string`.
        public var place: String?
        /// `specialist: ?string`.
        public var specialist: String?
        /// `sessionCancelled: ?bool`.
        public var sessionCancelled: Bool?
        /// `state: ?string`.
        public var state: String?
        /// `weight: int`.
        public var weight: Int64
        /// `pinned: bool`.
        public var pinned: Bool
        /// `manual: bool`.
        public var manual: Bool

        /// Creates the value from its fields.
        public init(referral: Int64, client: String? = nil, caseworker: String? = nil, municipality: String? = nil, kind: String? = nil, language: String? = nil, interpreter: Bool? = nil, urgency: Urgency? = nil, referredOn: String? = nil, slot: String, date: String? = nil, start: String? = nil, minutes: Int64? = nil, place: String? = nil, specialist: String? = nil, sessionCancelled: Bool? = nil, state: String? = nil, weight: Int64, pinned: Bool, manual: Bool) {
            self.referral = referral
            self.client = client
            self.caseworker = caseworker
            self.municipality = municipality
            self.kind = kind
            self.language = language
            self.interpreter = interpreter
            self.urgency = urgency
            self.referredOn = referredOn
            self.slot = slot
            self.date = date
            self.start = start
            self.minutes = minutes
            self.place = place
            self.specialist = specialist
            self.sessionCancelled = sessionCancelled
            self.state = state
            self.weight = weight
            self.pinned = pinned
            self.manual = manual
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.referral = try Int64(wire: wireMembers["referral"] ?? .null, at: WireDecoding.join(wirePath, "referral"))
            self.client = try Optional<String>(wire: wireMembers["client"] ?? .null, at: WireDecoding.join(wirePath, "client"))
            self.caseworker = try Optional<String>(wire: wireMembers["caseworker"] ?? .null, at: WireDecoding.join(wirePath, "caseworker"))
            self.municipality = try Optional<String>(wire: wireMembers["municipality"] ?? .null, at: WireDecoding.join(wirePath, "municipality"))
            self.kind = try Optional<String>(wire: wireMembers["kind"] ?? .null, at: WireDecoding.join(wirePath, "kind"))
            self.language = try Optional<String>(wire: wireMembers["language"] ?? .null, at: WireDecoding.join(wirePath, "language"))
            self.interpreter = try Optional<Bool>(wire: wireMembers["interpreter"] ?? .null, at: WireDecoding.join(wirePath, "interpreter"))
            self.urgency = try Optional<Urgency>(wire: wireMembers["urgency"] ?? .null, at: WireDecoding.join(wirePath, "urgency"))
            self.referredOn = try Optional<String>(wire: wireMembers["referredOn"] ?? .null, at: WireDecoding.join(wirePath, "referredOn"))
            self.slot = try String(wire: wireMembers["slot"] ?? .null, at: WireDecoding.join(wirePath, "slot"))
            self.date = try Optional<String>(wire: wireMembers["date"] ?? .null, at: WireDecoding.join(wirePath, "date"))
            self.start = try Optional<String>(wire: wireMembers["start"] ?? .null, at: WireDecoding.join(wirePath, "start"))
            self.minutes = try Optional<Int64>(wire: wireMembers["minutes"] ?? .null, at: WireDecoding.join(wirePath, "minutes"))
            self.place = try Optional<String>(wire: wireMembers["place"] ?? .null, at: WireDecoding.join(wirePath, "place"))
            self.specialist = try Optional<String>(wire: wireMembers["specialist"] ?? .null, at: WireDecoding.join(wirePath, "specialist"))
            self.sessionCancelled = try Optional<Bool>(wire: wireMembers["sessionCancelled"] ?? .null, at: WireDecoding.join(wirePath, "sessionCancelled"))
            self.state = try Optional<String>(wire: wireMembers["state"] ?? .null, at: WireDecoding.join(wirePath, "state"))
            self.weight = try Int64(wire: wireMembers["weight"] ?? .null, at: WireDecoding.join(wirePath, "weight"))
            self.pinned = try Bool(wire: wireMembers["pinned"] ?? .null, at: WireDecoding.join(wirePath, "pinned"))
            self.manual = try Bool(wire: wireMembers["manual"] ?? .null, at: WireDecoding.join(wirePath, "manual"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "referral": referral.wire,
                "client": client.wire,
                "caseworker": caseworker.wire,
                "municipality": municipality.wire,
                "kind": kind.wire,
                "language": language.wire,
                "interpreter": interpreter.wire,
                "urgency": urgency.wire,
                "referredOn": referredOn.wire,
                "slot": slot.wire,
                "date": date.wire,
                "start": start.wire,
                "minutes": minutes.wire,
                "place": place.wire,
                "specialist": specialist.wire,
                "sessionCancelled": sessionCancelled.wire,
                "state": state.wire,
                "weight": weight.wire,
                "pinned": pinned.wire,
                "manual": manual.wire,
            ])
        }
    }

    /// The IDL type `FreeSlot`.
    public struct FreeSlot: WireValue, Equatable {
        /// `slot: string`.
        public var slot: String
        /// `date: ?string`.
        public var date: String?
        /// `start: ?string`.
        public var start: String?
        /// `minutes: ?int`.
        public var minutes: Int64?
        /// `place: ?string`.
        public var place: String?
        /// `specialist: ?string`.
        public var specialist: String?
        /// `sessionCancelled: ?bool`.
        public var sessionCancelled: Bool?

        /// Creates the value from its fields.
        public init(slot: String, date: String? = nil, start: String? = nil, minutes: Int64? = nil, place: String? = nil, specialist: String? = nil, sessionCancelled: Bool? = nil) {
            self.slot = slot
            self.date = date
            self.start = start
            self.minutes = minutes
            self.place = place
            self.specialist = specialist
            self.sessionCancelled = sessionCancelled
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.slot = try String(wire: wireMembers["slot"] ?? .null, at: WireDecoding.join(wirePath, "slot"))
            self.date = try Optional<String>(wire: wireMembers["date"] ?? .null, at: WireDecoding.join(wirePath, "date"))
            self.start = try Optional<String>(wire: wireMembers["start"] ?? .null, at: WireDecoding.join(wirePath, "start"))
            self.minutes = try Optional<Int64>(wire: wireMembers["minutes"] ?? .null, at: WireDecoding.join(wirePath, "minutes"))
            self.place = try Optional<String>(wire: wireMembers["place"] ?? .null, at: WireDecoding.join(wirePath, "place"))
            self.specialist = try Optional<String>(wire: wireMembers["specialist"] ?? .null, at: WireDecoding.join(wirePath, "specialist"))
            self.sessionCancelled = try Optional<Bool>(wire: wireMembers["sessionCancelled"] ?? .null, at: WireDecoding.join(wirePath, "sessionCancelled"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "slot": slot.wire,
                "date": date.wire,
                "start": start.wire,
                "minutes": minutes.wire,
                "place": place.wire,
                "specialist": specialist.wire,
                "sessionCancelled": sessionCancelled.wire,
            ])
        }
    }

    /// The IDL type `Placement`, declared alike in several interfaces.
    public typealias Placement = LotseWire.Placement

    /// The IDL type `Version`.
    public struct Version: WireValue, Equatable {
        /// The values of `status`.
        public enum Status: String, WireEnum {
            case draft
            case approved
            case published
            case superseded
        }

        /// `id: int`.
        public var id: Int64
        /// `month: string`.
        public var month: String
        /// `version: int`.
        public var version: Int64
        /// `status: (draft, approved, published, superseded)`.
        public var status: Status
        /// `objective: int`.
        public var objective: Int64
        /// `bound: int`.
        public var bound: Int64
        /// `entries: int`.
        public var entries: Int64
        /// `versions: ?[]int`.
        public var versions: [Int64]?

        /// Creates the value from its fields.
        public init(id: Int64, month: String, version: Int64, status: Status, objective: Int64, bound: Int64, entries: Int64, versions: [Int64]? = nil) {
            self.id = id
            self.month = month
            self.version = version
            self.status = status
            self.objective = objective
            self.bound = bound
            self.entries = entries
            self.versions = versions
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.id = try Int64(wire: wireMembers["id"] ?? .null, at: WireDecoding.join(wirePath, "id"))
            self.month = try String(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
            self.version = try Int64(wire: wireMembers["version"] ?? .null, at: WireDecoding.join(wirePath, "version"))
            self.status = try Status(wire: wireMembers["status"] ?? .null, at: WireDecoding.join(wirePath, "status"))
            self.objective = try Int64(wire: wireMembers["objective"] ?? .null, at: WireDecoding.join(wirePath, "objective"))
            self.bound = try Int64(wire: wireMembers["bound"] ?? .null, at: WireDecoding.join(wirePath, "bound"))
            self.entries = try Int64(wire: wireMembers["entries"] ?? .null, at: WireDecoding.join(wirePath, "entries"))
            self.versions = try Optional<[Int64]>(wire: wireMembers["versions"] ?? .null, at: WireDecoding.join(wirePath, "versions"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "id": id.wire,
                "month": month.wire,
                "version": version.wire,
                "status": status.wire,
                "objective": objective.wire,
                "bound": bound.wire,
                "entries": entries.wire,
                "versions": versions.wire,
            ])
        }
    }

    /// The IDL type `WaitingReferral`.
    public struct WaitingReferral: WireValue, Equatable {
        /// The values of `urgency`.
        public enum Urgency: String, WireEnum {
            case routine
            case elevated
            case high
        }

        /// `referral: int`.
        public var referral: Int64
        /// `client: ?string`.
        public var client: String?
        /// `caseworker: string`.
        public var caseworker: String
        /// `municipality: string`.
        public var municipality: String
        /// `kind: ?string`.
        public var kind: String?
        /// `language: ?string`.
        public var language: String?
        /// `interpreter: ?bool`.
        public var interpreter: Bool?
        /// `urgency: ?(routine, elevated, high)`.
        public var urgency: Urgency?
        /// `referredOn: string`.
        public var referredOn: String
        /// `waitingWeeks: int`.
        public var waitingWeeks: Int64
        /// `overLimit: bool`.
        public var overLimit: Bool
        /// `atHeadOfUrgency: bool`.
        public var atHeadOfUrgency: Bool
        /// `standing: ?Placement`.
        public var standing: Placement?
        /// `reason: ?string`.
        public var reason: String?
        /// `detail: ?string`.
        public var detail: String?
        /// `month: ?string`.
        public var month: String?
        /// `version: ?int`.
        public var version: Int64?

        /// Creates the value from its fields.
        public init(referral: Int64, client: String? = nil, caseworker: String, municipality: String, kind: String? = nil, language: String? = nil, interpreter: Bool? = nil, urgency: Urgency? = nil, referredOn: String, waitingWeeks: Int64, overLimit: Bool, atHeadOfUrgency: Bool, standing: Placement? = nil, reason: String? = nil, detail: String? = nil, month: String? = nil, version: Int64? = nil) {
            self.referral = referral
            self.client = client
            self.caseworker = caseworker
            self.municipality = municipality
            self.kind = kind
            self.language = language
            self.interpreter = interpreter
            self.urgency = urgency
            self.referredOn = referredOn
            self.waitingWeeks = waitingWeeks
            self.overLimit = overLimit
            self.atHeadOfUrgency = atHeadOfUrgency
            self.standing = standing
            self.reason = reason
            self.detail = detail
            self.month = month
            self.version = version
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.referral = try Int64(wire: wireMembers["referral"] ?? .null, at: WireDecoding.join(wirePath, "referral"))
            self.client = try Optional<String>(wire: wireMembers["client"] ?? .null, at: WireDecoding.join(wirePath, "client"))
            self.caseworker = try String(wire: wireMembers["caseworker"] ?? .null, at: WireDecoding.join(wirePath, "caseworker"))
            self.municipality = try String(wire: wireMembers["municipality"] ?? .null, at: WireDecoding.join(wirePath, "municipality"))
            self.kind = try Optional<String>(wire: wireMembers["kind"] ?? .null, at: WireDecoding.join(wirePath, "kind"))
            self.language = try Optional<String>(wire: wireMembers["language"] ?? .null, at: WireDecoding.join(wirePath, "language"))
            self.interpreter = try Optional<Bool>(wire: wireMembers["interpreter"] ?? .null, at: WireDecoding.join(wirePath, "interpreter"))
            self.urgency = try Optional<Urgency>(wire: wireMembers["urgency"] ?? .null, at: WireDecoding.join(wirePath, "urgency"))
            self.referredOn = try String(wire: wireMembers["referredOn"] ?? .null, at: WireDecoding.join(wirePath, "referredOn"))
            self.waitingWeeks = try Int64(wire: wireMembers["waitingWeeks"] ?? .null, at: WireDecoding.join(wirePath, "waitingWeeks"))
            self.overLimit = try Bool(wire: wireMembers["overLimit"] ?? .null, at: WireDecoding.join(wirePath, "overLimit"))
            self.atHeadOfUrgency = try Bool(wire: wireMembers["atHeadOfUrgency"] ?? .null, at: WireDecoding.join(wirePath, "atHeadOfUrgency"))
            self.standing = try Optional<Placement>(wire: wireMembers["standing"] ?? .null, at: WireDecoding.join(wirePath, "standing"))
            self.reason = try Optional<String>(wire: wireMembers["reason"] ?? .null, at: WireDecoding.join(wirePath, "reason"))
            self.detail = try Optional<String>(wire: wireMembers["detail"] ?? .null, at: WireDecoding.join(wirePath, "detail"))
            self.month = try Optional<String>(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
            self.version = try Optional<Int64>(wire: wireMembers["version"] ?? .null, at: WireDecoding.join(wirePath, "version"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "referral": referral.wire,
                "client": client.wire,
                "caseworker": caseworker.wire,
                "municipality": municipality.wire,
                "kind": kind.wire,
                "language": language.wire,
                "interpreter": interpreter.wire,
                "urgency": urgency.wire,
                "referredOn": referredOn.wire,
                "waitingWeeks": waitingWeeks.wire,
                "overLimit": overLimit.wire,
                "atHeadOfUrgency": atHeadOfUrgency.wire,
                "standing": standing.wire,
                "reason": reason.wire,
                "detail": detail.wire,
                "month": month.wire,
                "version": version.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Roster.Plan`.
    public struct PlanRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Roster.Plan"
        /// The reply's type.
        public typealias Reply = PlanReply

        /// `month: string`.
        public var month: String

        /// Creates the value from its fields.
        public init(month: String) {
            self.month = month
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.month = try String(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "month": month.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Roster.Plan`.
    public struct PlanReply: LotseReply, Equatable {
        /// `roster: Version`.
        public var roster: Version
        /// `placed: int`.
        public var placed: Int64
        /// `waiting: int`.
        public var waiting: Int64

        /// Creates the value from its fields.
        public init(roster: Version, placed: Int64, waiting: Int64) {
            self.roster = roster
            self.placed = placed
            self.waiting = waiting
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.roster = try Version(wire: wireMembers["roster"] ?? .null, at: WireDecoding.join(wirePath, "roster"))
            self.placed = try Int64(wire: wireMembers["placed"] ?? .null, at: WireDecoding.join(wirePath, "placed"))
            self.waiting = try Int64(wire: wireMembers["waiting"] ?? .null, at: WireDecoding.join(wirePath, "waiting"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "roster": roster.wire,
                "placed": placed.wire,
                "waiting": waiting.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Roster.Show`.
    public struct ShowRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Roster.Show"
        /// The reply's type.
        public typealias Reply = ShowReply

        /// `month: string`.
        public var month: String
        /// `version: ?int`.
        public var version: Int64?

        /// Creates the value from its fields.
        public init(month: String, version: Int64? = nil) {
            self.month = month
            self.version = version
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.month = try String(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
            self.version = try Optional<Int64>(wire: wireMembers["version"] ?? .null, at: WireDecoding.join(wirePath, "version"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "month": month.wire,
                "version": version.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Roster.Show`.
    public struct ShowReply: LotseReply, Equatable {
        /// `roster: Version`.
        public var roster: Version
        /// `entries: []Entry`.
        public var entries: [Entry]
        /// `freeSlots: []FreeSlot`.
        public var freeSlots: [FreeSlot]
        /// `waiting: []WaitingReferral`.
        public var waiting: [WaitingReferral]
        /// `previousVersion: ?int`.
        public var previousVersion: Int64?
        /// `changes: []Change`.
        public var changes: [Change]

        /// Creates the value from its fields.
        public init(roster: Version, entries: [Entry], freeSlots: [FreeSlot], waiting: [WaitingReferral], previousVersion: Int64? = nil, changes: [Change]) {
            self.roster = roster
            self.entries = entries
            self.freeSlots = freeSlots
            self.waiting = waiting
            self.previousVersion = previousVersion
            self.changes = changes
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.roster = try Version(wire: wireMembers["roster"] ?? .null, at: WireDecoding.join(wirePath, "roster"))
            self.entries = try [Entry](wire: wireMembers["entries"] ?? .null, at: WireDecoding.join(wirePath, "entries"))
            self.freeSlots = try [FreeSlot](wire: wireMembers["freeSlots"] ?? .null, at: WireDecoding.join(wirePath, "freeSlots"))
            self.waiting = try [WaitingReferral](wire: wireMembers["waiting"] ?? .null, at: WireDecoding.join(wirePath, "waiting"))
            self.previousVersion = try Optional<Int64>(wire: wireMembers["previousVersion"] ?? .null, at: WireDecoding.join(wirePath, "previousVersion"))
            self.changes = try [Change](wire: wireMembers["changes"] ?? .null, at: WireDecoding.join(wirePath, "changes"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "roster": roster.wire,
                "entries": entries.wire,
                "freeSlots": freeSlots.wire,
                "waiting": waiting.wire,
                "previousVersion": previousVersion.wire,
                "changes": changes.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Roster.Pin`.
    public struct PinRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Roster.Pin"
        /// The reply's type.
        public typealias Reply = PinReply

        /// `month: string`.
        public var month: String
        /// `referral: int`.
        public var referral: Int64
        /// `pinned: ?bool`.
        public var pinned: Bool?

        /// Creates the value from its fields.
        public init(month: String, referral: Int64, pinned: Bool? = nil) {
            self.month = month
            self.referral = referral
            self.pinned = pinned
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.month = try String(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
            self.referral = try Int64(wire: wireMembers["referral"] ?? .null, at: WireDecoding.join(wirePath, "referral"))
            self.pinned = try Optional<Bool>(wire: wireMembers["pinned"] ?? .null, at: WireDecoding.join(wirePath, "pinned"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "month": month.wire,
                "referral": referral.wire,
                "pinned": pinned.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Roster.Pin`.
    public struct PinReply: LotseReply, Equatable {
        /// `roster: Version`.
        public var roster: Version

        /// Creates the value from its fields.
        public init(roster: Version) {
            self.roster = roster
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.roster = try Version(wire: wireMembers["roster"] ?? .null, at: WireDecoding.join(wirePath, "roster"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "roster": roster.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Roster.Move`.
    public struct MoveRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Roster.Move"
        /// The reply's type.
        public typealias Reply = MoveReply

        /// `month: string`.
        public var month: String
        /// `referral: int`.
        public var referral: Int64
        /// `slot: string`.
        public var slot: String

        /// Creates the value from its fields.
        public init(month: String, referral: Int64, slot: String) {
            self.month = month
            self.referral = referral
            self.slot = slot
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.month = try String(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
            self.referral = try Int64(wire: wireMembers["referral"] ?? .null, at: WireDecoding.join(wirePath, "referral"))
            self.slot = try String(wire: wireMembers["slot"] ?? .null, at: WireDecoding.join(wirePath, "slot"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "month": month.wire,
                "referral": referral.wire,
                "slot": slot.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Roster.Move`.
    public struct MoveReply: LotseReply, Equatable {
        /// `roster: Version`.
        public var roster: Version

        /// Creates the value from its fields.
        public init(roster: Version) {
            self.roster = roster
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.roster = try Version(wire: wireMembers["roster"] ?? .null, at: WireDecoding.join(wirePath, "roster"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "roster": roster.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Roster.Drop`.
    public struct DropRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Roster.Drop"
        /// The reply's type.
        public typealias Reply = DropReply

        /// `month: string`.
        public var month: String
        /// `referral: int`.
        public var referral: Int64

        /// Creates the value from its fields.
        public init(month: String, referral: Int64) {
            self.month = month
            self.referral = referral
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.month = try String(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
            self.referral = try Int64(wire: wireMembers["referral"] ?? .null, at: WireDecoding.join(wirePath, "referral"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "month": month.wire,
                "referral": referral.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Roster.Drop`.
    public struct DropReply: LotseReply, Equatable {
        /// `roster: Version`.
        public var roster: Version

        /// Creates the value from its fields.
        public init(roster: Version) {
            self.roster = roster
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.roster = try Version(wire: wireMembers["roster"] ?? .null, at: WireDecoding.join(wirePath, "roster"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "roster": roster.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Roster.Add`.
    public struct AddRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Roster.Add"
        /// The reply's type.
        public typealias Reply = AddReply

        /// `month: string`.
        public var month: String
        /// `referral: int`.
        public var referral: Int64
        /// `slot: string`.
        public var slot: String

        /// Creates the value from its fields.
        public init(month: String, referral: Int64, slot: String) {
            self.month = month
            self.referral = referral
            self.slot = slot
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.month = try String(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
            self.referral = try Int64(wire: wireMembers["referral"] ?? .null, at: WireDecoding.join(wirePath, "referral"))
            self.slot = try String(wire: wireMembers["slot"] ?? .null, at: WireDecoding.join(wirePath, "slot"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "month": month.wire,
                "referral": referral.wire,
                "slot": slot.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Roster.Add`.
    public struct AddReply: LotseReply, Equatable {
        /// `roster: Version`.
        public var roster: Version

        /// Creates the value from its fields.
        public init(roster: Version) {
            self.roster = roster
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.roster = try Version(wire: wireMembers["roster"] ?? .null, at: WireDecoding.join(wirePath, "roster"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "roster": roster.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Roster.Approve`.
    public struct ApproveRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Roster.Approve"
        /// The reply's type.
        public typealias Reply = ApproveReply

        /// `month: string`.
        public var month: String

        /// Creates the value from its fields.
        public init(month: String) {
            self.month = month
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.month = try String(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "month": month.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Roster.Approve`.
    public struct ApproveReply: LotseReply, Equatable {
        /// `roster: Version`.
        public var roster: Version

        /// Creates the value from its fields.
        public init(roster: Version) {
            self.roster = roster
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.roster = try Version(wire: wireMembers["roster"] ?? .null, at: WireDecoding.join(wirePath, "roster"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "roster": roster.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Roster.Publish`.
    public struct PublishRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Roster.Publish"
        /// The reply's type.
        public typealias Reply = PublishReply

        /// `month: string`.
        public var month: String

        /// Creates the value from its fields.
        public init(month: String) {
            self.month = month
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.month = try String(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "month": month.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Roster.Publish`.
    public struct PublishReply: LotseReply, Equatable {
        /// `roster: Version`.
        public var roster: Version
        /// `booked: int`.
        public var booked: Int64
        /// `cancelled: int`.
        public var cancelled: Int64
        /// `mailsQueued: int`.
        public var mailsQueued: Int64
        /// `notNotified: []string`.
        public var notNotified: [String]

        /// Creates the value from its fields.
        public init(roster: Version, booked: Int64, cancelled: Int64, mailsQueued: Int64, notNotified: [String]) {
            self.roster = roster
            self.booked = booked
            self.cancelled = cancelled
            self.mailsQueued = mailsQueued
            self.notNotified = notNotified
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.roster = try Version(wire: wireMembers["roster"] ?? .null, at: WireDecoding.join(wirePath, "roster"))
            self.booked = try Int64(wire: wireMembers["booked"] ?? .null, at: WireDecoding.join(wirePath, "booked"))
            self.cancelled = try Int64(wire: wireMembers["cancelled"] ?? .null, at: WireDecoding.join(wirePath, "cancelled"))
            self.mailsQueued = try Int64(wire: wireMembers["mailsQueued"] ?? .null, at: WireDecoding.join(wirePath, "mailsQueued"))
            self.notNotified = try [String](wire: wireMembers["notNotified"] ?? .null, at: WireDecoding.join(wirePath, "notNotified"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "roster": roster.wire,
                "booked": booked.wire,
                "cancelled": cancelled.wire,
                "mailsQueued": mailsQueued.wire,
                "notNotified": notNotified.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Roster.Refill`.
    public struct RefillRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Roster.Refill"
        /// The reply's type.
        public typealias Reply = RefillReply

        /// `month: string`.
        public var month: String

        /// Creates the value from its fields.
        public init(month: String) {
            self.month = month
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.month = try String(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "month": month.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Roster.Refill`.
    public struct RefillReply: LotseReply, Equatable {
        /// `roster: Version`.
        public var roster: Version
        /// `offers: []Entry`.
        public var offers: [Entry]

        /// Creates the value from its fields.
        public init(roster: Version, offers: [Entry]) {
            self.roster = roster
            self.offers = offers
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.roster = try Version(wire: wireMembers["roster"] ?? .null, at: WireDecoding.join(wirePath, "roster"))
            self.offers = try [Entry](wire: wireMembers["offers"] ?? .null, at: WireDecoding.join(wirePath, "offers"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "roster": roster.wire,
                "offers": offers.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Roster.Waiting`.
    public struct WaitingRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Roster.Waiting"
        /// The reply's type.
        public typealias Reply = WaitingReply

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

    /// The reply of `org.lotse.Roster.Waiting`.
    public struct WaitingReply: LotseReply, Equatable {
        /// `waitingLimitWeeks: int`.
        public var waitingLimitWeeks: Int64
        /// `referrals: []WaitingReferral`.
        public var referrals: [WaitingReferral]

        /// Creates the value from its fields.
        public init(waitingLimitWeeks: Int64, referrals: [WaitingReferral]) {
            self.waitingLimitWeeks = waitingLimitWeeks
            self.referrals = referrals
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.waitingLimitWeeks = try Int64(wire: wireMembers["waitingLimitWeeks"] ?? .null, at: WireDecoding.join(wirePath, "waitingLimitWeeks"))
            self.referrals = try [WaitingReferral](wire: wireMembers["referrals"] ?? .null, at: WireDecoding.join(wirePath, "referrals"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "waitingLimitWeeks": waitingLimitWeeks.wire,
                "referrals": referrals.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Roster.Export`.
    public struct ExportRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Roster.Export"
        /// The reply's type.
        public typealias Reply = ExportReply

        /// The values of `format`.
        public enum Format: String, WireEnum {
            case csv
            case ics
            case html
        }

        /// The values of `language`.
        public enum Language: String, WireEnum {
            case de
            case en
        }

        /// The values of `csvForm`.
        public enum CsvForm: String, WireEnum {
            case spreadsheet
            case machine
        }

        /// `month: string`.
        public var month: String
        /// `version: ?int`.
        public var version: Int64?
        /// `format: (csv, ics, html)`.
        public var format: Format
        /// `language: ?(de, en)`.
        public var language: Language?
        /// `csvForm: ?(spreadsheet, machine)`.
        public var csvForm: CsvForm?

        /// Creates the value from its fields.
        public init(month: String, version: Int64? = nil, format: Format, language: Language? = nil, csvForm: CsvForm? = nil) {
            self.month = month
            self.version = version
            self.format = format
            self.language = language
            self.csvForm = csvForm
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.month = try String(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
            self.version = try Optional<Int64>(wire: wireMembers["version"] ?? .null, at: WireDecoding.join(wirePath, "version"))
            self.format = try Format(wire: wireMembers["format"] ?? .null, at: WireDecoding.join(wirePath, "format"))
            self.language = try Optional<Language>(wire: wireMembers["language"] ?? .null, at: WireDecoding.join(wirePath, "language"))
            self.csvForm = try Optional<CsvForm>(wire: wireMembers["csvForm"] ?? .null, at: WireDecoding.join(wirePath, "csvForm"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "month": month.wire,
                "version": version.wire,
                "format": format.wire,
                "language": language.wire,
                "csvForm": csvForm.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Roster.Export`.
    public struct ExportReply: LotseReply, Equatable {
        /// `content: string`.
        public var content: String
        /// `fileName: string`.
        public var fileName: String

        /// Creates the value from its fields.
        public init(content: String, fileName: String) {
            self.content = content
            self.fileName = fileName
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.content = try String(wire: wireMembers["content"] ?? .null, at: WireDecoding.join(wirePath, "content"))
            self.fileName = try String(wire: wireMembers["fileName"] ?? .null, at: WireDecoding.join(wirePath, "fileName"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "content": content.wire,
                "fileName": fileName.wire,
            ])
        }
    }

    /// The parameters of `org.lotse.Roster.Problem`.
    public struct ProblemRequest: LotseRequest, Equatable {
        /// The method's name.
        public static let method = "org.lotse.Roster.Problem"
        /// The reply's type.
        public typealias Reply = ProblemReply

        /// `month: string`.
        public var month: String

        /// Creates the value from its fields.
        public init(month: String) {
            self.month = month
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.month = try String(wire: wireMembers["month"] ?? .null, at: WireDecoding.join(wirePath, "month"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "month": month.wire,
            ])
        }
    }

    /// The reply of `org.lotse.Roster.Problem`.
    public struct ProblemReply: LotseReply, Equatable {
        /// `content: string`.
        public var content: String
        /// `fileName: string`.
        public var fileName: String

        /// Creates the value from its fields.
        public init(content: String, fileName: String) {
            self.content = content
            self.fileName = fileName
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue, at wirePath: String) throws(WireDecodingError) {
            let wireMembers = try WireDecoding.object(wire, at: wirePath)
            self.content = try String(wire: wireMembers["content"] ?? .null, at: WireDecoding.join(wirePath, "content"))
            self.fileName = try String(wire: wireMembers["fileName"] ?? .null, at: WireDecoding.join(wirePath, "fileName"))
        }

        /// The JSON form.
        public var wire: JSONValue {
            .object([
                "content": content.wire,
                "fileName": fileName.wire,
            ])
        }
    }

    /// Every method's reply type, by fully qualified method name.
    public static let replyTypes: [String: any LotseReply.Type] = [
        "org.lotse.Roster.Plan": PlanReply.self,
        "org.lotse.Roster.Show": ShowReply.self,
        "org.lotse.Roster.Pin": PinReply.self,
        "org.lotse.Roster.Move": MoveReply.self,
        "org.lotse.Roster.Drop": DropReply.self,
        "org.lotse.Roster.Add": AddReply.self,
        "org.lotse.Roster.Approve": ApproveReply.self,
        "org.lotse.Roster.Publish": PublishReply.self,
        "org.lotse.Roster.Refill": RefillReply.self,
        "org.lotse.Roster.Waiting": WaitingReply.self,
        "org.lotse.Roster.Export": ExportReply.self,
        "org.lotse.Roster.Problem": ProblemReply.self,
    ]
}
