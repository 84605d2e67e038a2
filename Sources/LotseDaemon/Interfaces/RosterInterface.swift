import Foundation
import LotseCore
import LotseStore
import LotseVarlink

/// `org.lotse.Roster`: the coordinator's month — plan, review (pin, move, drop, add),
/// approve, publish, refill freed slots, the waiting list with reasons, and the exports.
/// Changes are for coordinators only; reading the roster is open to admins as well.
public struct RosterInterface: VarlinkInterface {
    /// Creates the interface.
    public init() {}

    static let name = "org.lotse.Roster"

    /// The IDL.
    public let idl = """
    # The monthly roster: planning, review, approval, publication, refills, waiting list, exports.
    # month is YYYY-MM; slot is SESSION-INDEX (12-3); referral is the referral's number.
    interface org.lotse.Roster

    # One version of a month's roster. status is draft, approved, published or superseded;
    # objective is the sum of the entries' weights, bound a proven upper bound on it.
    type Version (
      id: int,
      month: string,
      version: int,
      status: string,
      objective: int,
      bound: int,
      entries: int,
      versions: ?[]int
    )

    # Plans the month from the waiting list and the month's slots. Pinned and manual
    # entries stay; after publication the booked entries stay too (a new version).
    method Plan(month: string) -> (roster: Version, placed: int, waiting: int)

    # The version (newest when version is null) with its entries, free slots, waiting
    # list with reasons, and the changes since the previous version. A referral's kind,
    # language, interpreter and urgency are null for an admin, and for a coordinator when
    # the client's consent to referral is not in force today (as in Waiting). Each entry's
    # state is where its booking stands now: planned, booked, attended, no-show,
    # cancelled-by-client, cancelled-by-service or session-cancelled. A published version
    # stays as published, but an entry whose booking ended holds no slot: its referral is
    # in waiting and its slot in freeSlots (unless it has begun).
    method Show(month: string, version: ?int) -> (
      roster: Version,
      entries: []object,
      freeSlots: []object,
      waiting: []object,
      previousVersion: ?int,
      changes: []object
    )

    # Pins (or with pinned=false unpins) a placed referral: a re-plan keeps it.
    method Pin(month: string, referral: int, pinned: ?bool) -> (roster: Version)

    # Moves a placed referral to another slot, checked against the hard constraints.
    method Move(month: string, referral: int, slot: string) -> (roster: Version)

    # Removes a referral from the draft; it stays on the waiting list.
    method Drop(month: string, referral: int) -> (roster: Version)

    # Places a waiting referral in a free slot by hand, checked against the hard constraints.
    method Add(month: string, referral: int, slot: string) -> (roster: Version)

    # Approves the draft.
    method Approve(month: string) -> (roster: Version)

    # Publishes the approved draft: appointments, reminders, frozen version.
    method Publish(month: string) -> (roster: Version, booked: int, cancelled: int, mailsQueued: int, notNotified: []string)

    # Offers the free slots of the month to the best waiting referrals in a draft (never
    # silently: approve and publish it to book them).
    method Refill(month: string) -> (roster: Version, offers: []object)

    # The waiting list: urgency, then returned-to-head, then waiting time. Each referral
    # with its standing (kind draft: an entry of a live draft of month/version; waiting:
    # the reason the newest version of month gave, or how its appointment there ended;
    # not-before: not planned before notBefore; null: not planned yet) and reason, detail,
    # month and version from it. With month only that month's versions count. overLimit
    # when longer than the configured limit.
    method Waiting(month: ?string) -> (waitingLimitWeeks: int, referrals: []object)

    # The roster as csv (RFC 4180), ics (RFC 5545) or html (printable, self-contained);
    # language de or en. Coordinators only. A referral's language, interpreter, kind and
    # urgency are withheld when the client's consent to referral is not in force today,
    # in every version.
    method Export(month: string, version: ?int, format: string, language: ?string) -> (content: string, fileName: string)

    # The month's problem in lotse-plan/1, as the next Plan would hand it to the solver
    # (pinned, manual and booked entries taken out), for what-ifs with lotse solve.
    method Problem(month: string) -> (content: string, fileName: string)

    # A value is wrong; field names it.
    error InvalidInput (field: string, message: string)

    # No such roster, referral or slot.
    error NotFound (record: string, id: string, message: string)

    # The step does not fit the roster's state (nothing to approve, frozen, …).
    error InvalidState (message: string)

    # A manual placement breaks a hard constraint; constraint names it (language, kind,
    # unavailable, excluded, not-waiting, not-before, slot-taken, caseworker-busy,
    # client-busy, quota, session-cancelled, month, past).
    error PlacementRefused (constraint: string, message: string)

    # The database failed.
    error DatabaseError (message: string)

    """

    /// Coordinators change; admins may read the roster and the waiting list, where
    /// `ConsentPolicy` leaves them the frame only (pseudonym, slot, reason). The export is
    /// for coordinators alone; like `Show` it asks the policy on the day it is made, for
    /// whichever version it prints, and writes "withheld" where consent ended.
    public var methods: [String: MethodEntry] {
        let change: Set<Role> = [.coordinator]
        let read: Set<Role> = [.coordinator, .admin]
        return [
            "Plan": .single(roles: change) { r throws(VarlinkError) in try Self.run(r) { s throws(CoordinationError) in
                let result = try s.plan(month: try Self.month(r), keepAll: false)
                return ["roster": s.rosterJSON(result.roster), "placed": .integer(Int64(result.roster.entries.count)),
                        "waiting": .integer(Int64(result.roster.waitingReasons.count))]
            } },
            "Show": .single(roles: read) { r throws(VarlinkError) in try Self.run(r) { s throws(CoordinationError) in
                let month = try Self.month(r)
                let shown = try s.show(month: month, version: r.parameters["version"]?.integerValue.map(Int.init))
                try s.recordRead("roster.read", id: month.description, detail: "version \(shown["roster"]?["version"]?.integerValue ?? 0)",
                                 disclosing: ReadAudit.clients(in: .object(shown)))
                return shown
            } },
            "Pin": .single(roles: change) { r throws(VarlinkError) in try Self.edit(r) { .pin($0, r.parameters["pinned"]?.boolValue ?? true) } },
            "Drop": .single(roles: change) { r throws(VarlinkError) in try Self.edit(r) { .drop($0) } },
            "Move": .single(roles: change) { r throws(VarlinkError) in
                let slot = try Self.slot(r)
                return try Self.edit(r) { .move($0, slot) }
            },
            "Add": .single(roles: change) { r throws(VarlinkError) in
                let slot = try Self.slot(r)
                return try Self.edit(r) { .add($0, slot) }
            },
            "Approve": .single(roles: change) { r throws(VarlinkError) in try Self.run(r) { s throws(CoordinationError) in
                ["roster": s.rosterJSON(try s.approve(month: try Self.month(r)))]
            } },
            "Publish": .single(roles: change) { r throws(VarlinkError) in try Self.run(r) { s throws(CoordinationError) in
                let result = try s.publish(month: try Self.month(r))
                return ["roster": s.rosterJSON(result.roster), "booked": .integer(Int64(result.booked)),
                        "cancelled": .integer(Int64(result.cancelled)), "mailsQueued": .integer(Int64(result.mailsQueued)),
                        "notNotified": .array(Array(Set(result.notNotified)).sorted().map { .string($0) })]
            } },
            "Refill": .single(roles: change) { r throws(VarlinkError) in try Self.run(r) { s throws(CoordinationError) in
                let month = try Self.month(r)
                let result = try s.plan(month: month, keepAll: true)
                let shown = try s.show(month: month, version: result.roster.version)
                let added = Set(result.added.map { "\($0.referral.rawValue)@\($0.slot)" })
                let offers = (shown["entries"]?.arrayValue ?? []).filter { item in
                    added.contains("\(item["referral"]?.integerValue ?? 0)@\(item["slot"]?.stringValue ?? "")")
                }
                return ["roster": s.rosterJSON(result.roster), "offers": .array(offers)]
            } },
            "Problem": .single(roles: change) { r throws(VarlinkError) in try Self.run(r) { s throws(CoordinationError) in
                let month = try Self.month(r)
                return ["content": .string(try s.problem(month: month)), "fileName": .string("problem-\(month).json")]
            } },
            "Waiting": .single(roles: read) { r throws(VarlinkError) in try Self.run(r) { s throws(CoordinationError) in
                let month = r.parameters["month"]?.stringValue == nil ? nil : try Self.month(r)
                let list = try s.waitingList(month: month)
                try s.recordRead("roster.waiting", kind: "waiting-list", id: month?.description, detail: "\(list.count) referral(s)",
                                 disclosing: ReadAudit.clients(in: .array(list)))
                return ["waitingLimitWeeks": .integer(Int64(s.configuration.planning.waitingLimitWeeks)), "referrals": .array(list)]
            } },
            "Export": .single(roles: change) { r throws(VarlinkError) in try Self.run(r) { s throws(CoordinationError) in
                let month = try Self.month(r)
                let language: MessageLanguage
                switch r.parameters["language"]?.stringValue ?? "de" {
                case "de": language = .de
                case "en": language = .en
                default: throw CoordinationError.invalid("language", "The language must be de or en.")
                }
                let format = r.parameters["format"]?.stringValue ?? ""
                guard ["csv", "ics", "html"].contains(format) else {
                    throw CoordinationError.invalid("format", "The format must be csv, ics or html, not \"\(format)\".")
                }
                let document = try s.document(month: month, version: r.parameters["version"]?.integerValue.map(Int.init), language: language)
                let base = "roster-\(month)-v\(document.version)"
                try s.recordRead("roster.export", id: month.description, detail: "version \(document.version) as \(format)",
                                 disclosing: document.pseudonyms)
                switch format {
                case "csv": return ["content": .string(RosterCSV.render(document)), "fileName": .string(base + ".csv")]
                case "ics": return ["content": .string(RosterICalendar.render(document, stamp: s.now, language: language)),
                                    "fileName": .string(base + ".ics")]
                case "html": return ["content": .string(RosterHTML.render(document, language: language)), "fileName": .string(base + ".html")]
                default: throw CoordinationError.invalid("format", "The format must be csv, ics or html, not \"\(format)\".")
                }
            } },
        ]
    }

    /// Runs a handler with a service for the caller, mapping errors to this interface.
    static func run(_ request: MethodRequest, _ body: (RosterService) throws(CoordinationError) -> [String: JSONValue]) throws(VarlinkError) -> [String: JSONValue] {
        do { return try body(RosterService(request)) } catch { throw error.varlink(name) }
    }

    static func edit(_ request: MethodRequest, _ make: (ReferralID) -> RosterService.Edit) throws(VarlinkError) -> [String: JSONValue] {
        try run(request) { s throws(CoordinationError) in
            guard let referral = request.parameters["referral"]?.integerValue, referral > 0 else {
                throw CoordinationError.invalid("referral", "The referral must be a positive number.")
            }
            return ["roster": s.rosterJSON(try s.edit(month: try month(request), make(ReferralID(referral))))]
        }
    }

    static func month(_ request: MethodRequest) throws(CoordinationError) -> CalendarMonth {
        let text = request.parameters["month"]?.stringValue ?? ""
        guard text.count == 7, let month = CalendarMonth(iso: text) else {
            throw CoordinationError.invalid("month", "\"\(text)\" is not a month; write YYYY-MM, e.g. 2026-12.")
        }
        return month
    }

    static func slot(_ request: MethodRequest) throws(VarlinkError) -> SlotID {
        let text = request.parameters["slot"]?.stringValue ?? ""
        guard let slot = SlotID(text) else {
            throw CoordinationError.invalid("slot", "\"\(text)\" is not a slot; write SESSION-INDEX, e.g. 12-3.").varlink(name)
        }
        return slot
    }
}
