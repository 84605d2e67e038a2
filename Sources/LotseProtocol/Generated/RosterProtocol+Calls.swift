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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(change: field("change"), referral: field("referral"), client: field("client"),
                from: field("from"), to: field("to"), text: field("text"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["change": change.wire, "referral": referral.wire,
            "client": client.wire, "from": from.wire, "to": to.wire, "text": text.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(referral: field("referral"), client: field("client"),
                caseworker: field("caseworker"), municipality: field("municipality"), kind: field("kind"),
                language: field("language"), interpreter: field("interpreter"), urgency: field("urgency"),
                referredOn: field("referredOn"), slot: field("slot"), date: field("date"),
                start: field("start"), minutes: field("minutes"), place: field("place"),
                specialist: field("specialist"), sessionCancelled: field("sessionCancelled"),
                state: field("state"), weight: field("weight"), pinned: field("pinned"),
                manual: field("manual"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["referral": referral.wire, "client": client.wire,
            "caseworker": caseworker.wire, "municipality": municipality.wire, "kind": kind.wire,
            "language": language.wire, "interpreter": interpreter.wire, "urgency": urgency.wire,
            "referredOn": referredOn.wire, "slot": slot.wire, "date": date.wire, "start": start.wire,
            "minutes": minutes.wire, "place": place.wire, "specialist": specialist.wire,
            "sessionCancelled": sessionCancelled.wire, "state": state.wire, "weight": weight.wire,
            "pinned": pinned.wire, "manual": manual.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(slot: field("slot"), date: field("date"), start: field("start"),
                minutes: field("minutes"), place: field("place"), specialist: field("specialist"),
                sessionCancelled: field("sessionCancelled"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["slot": slot.wire, "date": date.wire, "start": start.wire,
            "minutes": minutes.wire, "place": place.wire, "specialist": specialist.wire,
            "sessionCancelled": sessionCancelled.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(id: field("id"), month: field("month"), version: field("version"),
                status: field("status"), objective: field("objective"), bound: field("bound"),
                entries: field("entries"), versions: field("versions"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["id": id.wire, "month": month.wire, "version": version.wire,
            "status": status.wire, "objective": objective.wire, "bound": bound.wire, "entries": entries.wire,
            "versions": versions.wire]) }
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
        /// `detailDe: ?string`.
        public var detailDe: String?
        /// `month: ?string`.
        public var month: String?
        /// `version: ?int`.
        public var version: Int64?

        /// Creates the value from its fields.
        public init(referral: Int64, client: String? = nil, caseworker: String, municipality: String, kind: String? = nil, language: String? = nil, interpreter: Bool? = nil, urgency: Urgency? = nil, referredOn: String, waitingWeeks: Int64, overLimit: Bool, atHeadOfUrgency: Bool, standing: Placement? = nil, reason: String? = nil, detail: String? = nil, detailDe: String? = nil, month: String? = nil, version: Int64? = nil) {
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
            self.detailDe = detailDe
            self.month = month
            self.version = version
        }

        /// Reads the value; a field of the wrong type is named by its path.
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(referral: field("referral"), client: field("client"),
                caseworker: field("caseworker"), municipality: field("municipality"), kind: field("kind"),
                language: field("language"), interpreter: field("interpreter"), urgency: field("urgency"),
                referredOn: field("referredOn"), waitingWeeks: field("waitingWeeks"),
                overLimit: field("overLimit"), atHeadOfUrgency: field("atHeadOfUrgency"),
                standing: field("standing"), reason: field("reason"), detail: field("detail"),
                detailDe: field("detailDe"), month: field("month"), version: field("version"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["referral": referral.wire, "client": client.wire,
            "caseworker": caseworker.wire, "municipality": municipality.wire, "kind": kind.wire,
            "language": language.wire, "interpreter": interpreter.wire, "urgency": urgency.wire,
            "referredOn": referredOn.wire, "waitingWeeks": waitingWeeks.wire, "overLimit": overLimit.wire,
            "atHeadOfUrgency": atHeadOfUrgency.wire, "standing": standing.wire, "reason": reason.wire,
            "detail": detail.wire, "detailDe": detailDe.wire, "month": month.wire, "version": version.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(month: field("month"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["month": month.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(roster: field("roster"), placed: field("placed"), waiting: field("waiting"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["roster": roster.wire, "placed": placed.wire,
            "waiting": waiting.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(month: field("month"), version: field("version"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["month": month.wire, "version": version.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(roster: field("roster"), entries: field("entries"), freeSlots: field("freeSlots"),
                waiting: field("waiting"), previousVersion: field("previousVersion"),
                changes: field("changes"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["roster": roster.wire, "entries": entries.wire,
            "freeSlots": freeSlots.wire, "waiting": waiting.wire, "previousVersion": previousVersion.wire,
            "changes": changes.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(month: field("month"), referral: field("referral"), pinned: field("pinned"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["month": month.wire, "referral": referral.wire,
            "pinned": pinned.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(roster: field("roster"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["roster": roster.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(month: field("month"), referral: field("referral"), slot: field("slot"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["month": month.wire, "referral": referral.wire,
            "slot": slot.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(roster: field("roster"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["roster": roster.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(month: field("month"), referral: field("referral"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["month": month.wire, "referral": referral.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(roster: field("roster"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["roster": roster.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(month: field("month"), referral: field("referral"), slot: field("slot"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["month": month.wire, "referral": referral.wire,
            "slot": slot.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(roster: field("roster"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["roster": roster.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(month: field("month"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["month": month.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(roster: field("roster"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["roster": roster.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(month: field("month"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["month": month.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(roster: field("roster"), booked: field("booked"), cancelled: field("cancelled"),
                mailsQueued: field("mailsQueued"), notNotified: field("notNotified"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["roster": roster.wire, "booked": booked.wire,
            "cancelled": cancelled.wire, "mailsQueued": mailsQueued.wire, "notNotified": notNotified.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(month: field("month"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["month": month.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(roster: field("roster"), offers: field("offers"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["roster": roster.wire, "offers": offers.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(month: field("month"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["month": month.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(waitingLimitWeeks: field("waitingLimitWeeks"), referrals: field("referrals"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["waitingLimitWeeks": waitingLimitWeeks.wire,
            "referrals": referrals.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(month: field("month"), version: field("version"), format: field("format"),
                language: field("language"), csvForm: field("csvForm"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["month": month.wire, "version": version.wire,
            "format": format.wire, "language": language.wire, "csvForm": csvForm.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(content: field("content"), fileName: field("fileName"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["content": content.wire, "fileName": fileName.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(month: field("month"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["month": month.wire]) }
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
        public init(wire: JSONValue) throws(WireDecodingError) {
            let field = try WireFields(wire)
            try self.init(content: field("content"), fileName: field("fileName"))
        }

        /// The JSON form.
        public var wire: JSONValue { .object(["content": content.wire, "fileName": fileName.wire]) }
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
