import Foundation
import LotseCore
import LotseProtocol
import LotseStore
import LotseVarlink

/// `org.lotse.Roster`: the coordinator's month — plan, review (pin, move, drop, add),
/// approve, publish, refill freed slots, the waiting list with reasons, and the exports.
/// Changes are for coordinators only; reading the roster is open to admins as well.
public struct RosterInterface: VarlinkInterface {
    /// Creates the interface.
    public init() {}

    static let name = RosterProtocol.name

    /// The IDL (`RosterProtocol`).
    public let idl = RosterProtocol.idl

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
            "Show": .single(roles: read) { r throws(VarlinkError) in
                let p = try r.typed(RosterProtocol.ShowRequest.self)
                return try Self.run(r) { s throws(CoordinationError) in
                    let month = try Self.month(p.month)
                    let shown = try s.show(month: month, version: p.version.map(Int.init))
                    try s.recordRead("roster.read", id: month.description, detail: "version \(shown["roster"]?["version"]?.integerValue ?? 0)",
                                     disclosing: ReadAudit.clients(in: .object(shown)))
                    return shown
                }
            },
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
            "Waiting": .single(roles: read) { r throws(VarlinkError) in
                let p = try r.typed(RosterProtocol.WaitingRequest.self)
                return try Self.run(r) { s throws(CoordinationError) in
                    let month = try p.month.map { text throws(CoordinationError) in try Self.month(text) }
                    let list = try s.waitingList(month: month)
                    try s.recordRead("roster.waiting", kind: "waiting-list", id: month?.description, detail: "\(EnglishCount.of(list.count, "referral"))",
                                     disclosing: ReadAudit.clients(in: .array(list)))
                    return ["waitingLimitWeeks": .integer(Int64(s.configuration.planning.waitingLimitWeeks)), "referrals": .array(list)]
                }
            },
            // Format and language are varlink enums: the dispatcher refused any other value
            // before this runs, so every case here is one the IDL declares.
            "Export": .single(roles: change) { r throws(VarlinkError) in
                let p = try r.typed(RosterProtocol.ExportRequest.self)
                return try Self.run(r) { s throws(CoordinationError) in
                    let month = try Self.month(p.month)
                    let language: MessageLanguage = p.language == .en ? .en : .de
                    let document = try s.document(month: month, version: p.version.map(Int.init), language: language)
                    let base = "roster-\(month)-v\(document.version)"
                    try s.recordRead("roster.export", id: month.description, detail: "version \(document.version) as \(p.format.rawValue)",
                                     disclosing: document.pseudonyms)
                    let content: String
                    switch p.format {
                    case .csv: content = p.csvForm == .machine ? RosterCSV.render(document) : RosterCSV.spreadsheet(document, language: language)
                    case .ics: content = RosterICalendar.render(document, stamp: s.now, language: language)
                    case .html: content = RosterHTML.render(document, language: language)
                    }
                    return ["content": .string(content), "fileName": .string(base + "." + p.format.rawValue)]
                }
            },
        ]
    }

    /// Runs a handler with a service for the caller, mapping errors to this interface.
    static func run(_ request: MethodRequest, _ body: (RosterService) throws(CoordinationError) -> [String: JSONValue]) throws(VarlinkError) -> [String: JSONValue] {
        do { return try body(RosterService(request)) } catch { throw error.varlink(name) }
    }

    static func edit(_ request: MethodRequest, _ make: (ReferralID) -> RosterService.Edit) throws(VarlinkError) -> [String: JSONValue] {
        try run(request) { s throws(CoordinationError) in
            guard let referral = request.parameters["referral"]?.integerValue, referral > 0 else {
                throw CoordinationError.invalid("referral", en: "The referral must be a positive number.", de: "Die Anmeldung muss eine positive Zahl sein.")
            }
            return ["roster": s.rosterJSON(try s.edit(month: try month(request), make(ReferralID(referral))))]
        }
    }

    static func month(_ request: MethodRequest) throws(CoordinationError) -> CalendarMonth {
        try month(request.parameters["month"]?.stringValue ?? "")
    }

    static func month(_ text: String) throws(CoordinationError) -> CalendarMonth {
        guard text.count == 7, let month = CalendarMonth(iso: text) else {
            throw CoordinationError.invalid("month", en: "\"\(text)\" is not a month; write YYYY-MM, e.g. 2026-12.",
                                             de: "„\(text)“ ist kein Monat; schreiben Sie JJJJ-MM, z. B. 2026-12.")
        }
        return month
    }

    static func slot(_ request: MethodRequest) throws(VarlinkError) -> SlotID {
        let text = request.parameters["slot"]?.stringValue ?? ""
        guard let slot = SlotID(text) else {
            throw CoordinationError.invalid("slot", en: "\"\(text)\" is not a slot; write SESSION-INDEX, e.g. 12-3.",
                                            de: "„\(text)“ ist kein Platz; schreiben Sie SPRECHSTUNDE-NUMMER, z. B. 12-3.").varlink(name)
        }
        return slot
    }
}
