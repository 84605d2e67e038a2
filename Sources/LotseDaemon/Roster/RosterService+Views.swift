import Foundation
import LotseCore
import LotseStore
import LotseVarlink

extension RosterService {
    /// Everything `show` and the exports need about one version, read in one transaction.
    struct Snapshot {
        var roster: Roster
        var versions: [Int]
        var previous: Roster?
        var sessions: [Session]
        var specialists: [SpecialistID: Specialist]
        var referrals: [ReferralID: Referral]
        var slots: [Slot]
        var waiting: [Referral]
        /// Where each entry of the version stands now (`CaseworkQueries.bookingState`): the
        /// version is frozen, its entries' bookings are not.
        var states: [ReferralID: BookingState]
        /// Where each waiting referral the version leaves out stands: the version's own
        /// reason first, else what the month says now (`CaseworkQueries.placement`).
        var standing: [ReferralID: ReferralPlacement]
        /// The consent scopes in force today for each referral shown.
        var scopes: [ReferralID: Set<ConsentScope>]

        /// The referrals whose entry still holds its slot (planned, booked or attended).
        var holding: Set<ReferralID> {
            Set(roster.entries.filter { states[$0.referral]?.holds ?? true }.map(\.referral))
        }
    }

    /// The scopes in force today that govern each referral's fields (`ConsentPolicy`).
    func consentScopes(_ referrals: some Sequence<Referral>, _ db: Connection) throws -> [ReferralID: Set<ConsentScope>] {
        var clients: [ClientID: [Consent]] = [:]
        var scopes: [ReferralID: Set<ConsentScope>] = [:]
        for referral in referrals {
            var consents: [Consent] = []
            if let id = referral.client {
                if clients[id] == nil { clients[id] = try ClientRepository(db).find(id)?.consents ?? [] }
                consents = clients[id] ?? []
            }
            scopes[referral.id] = ConsentPolicy.scopes(for: referral, consents: consents, on: today)
        }
        return scopes
    }

    /// Reads a version of the month (the newest when `version` is nil).
    func snapshot(month: CalendarMonth, version: Int?) throws(CoordinationError) -> Snapshot {
        try services.database.reading { (db: Connection) throws -> Snapshot in
            let records = RosterRecords(db)
            let versions = try records.versions(month: month)
            guard let roster = version.map({ v in versions.first { $0.version == v } }) ?? versions.last else {
                if let version {
                    throw CoordinationError("NotFound", en: "There is no roster version \(version) of \(month.name(in: .en)).",
                                            de: "Es gibt keine Version \(version) des Terminplans für \(month.name(in: .de)).",
                                            ["record": "roster version", "id": .string("\(version) of \(month)")])
                }
                throw CoordinationError("NotFound", en: "There is no roster for \(month.name(in: .en)).", de: "Es gibt keinen Terminplan für \(month.name(in: .de)).",
                                        ["record": "roster for", "id": .string(month.description)])
            }
            let previous = versions.last { $0.version < roster.version }
            let sessions = try SessionRepository(db).list(from: month.firstDay, through: month.lastDay)
            var specialists: [SpecialistID: Specialist] = [:]
            for specialist in try SpecialistRepository(db).list() { specialists[specialist.id] = specialist }
            var slots: [Slot] = []
            for session in sessions {
                // Cancelled sessions still show the slots a frozen version refers to.
                var open = session
                if session.status == .cancelled, let reopened = Session.make(id: session.id, specialist: session.specialist, date: session.date,
                                                                         start: session.start, slotCount: session.slotCount,
                                                                         slotMinutes: session.slotMinutes, place: session.place,
                                                                         kinds: session.kinds, interpreterLanguages: session.interpreterLanguages).success {
                    open = reopened
                }
                slots += open.slots(specialistLanguages: specialists[session.specialist]?.languages ?? [])
            }
            let waiting = try ReferralRepository(db).waitingList()
            var referrals: [ReferralID: Referral] = [:]
            for referral in waiting { referrals[referral.id] = referral }
            for entry in roster.entries + (previous?.entries ?? []) where referrals[entry.referral] == nil {
                referrals[entry.referral] = try ReferralRepository(db).find(entry.referral)
            }
            for reason in roster.waitingReasons where referrals[reason.referral] == nil {
                referrals[reason.referral] = try ReferralRepository(db).find(reason.referral)
            }
            let own = Dictionary(roster.waitingReasons.map { ($0.referral, $0) }, uniquingKeysWith: { first, _ in first })
            var states: [ReferralID: BookingState] = [:]
            for entry in roster.entries {
                states[entry.referral] = try CaseworkQueries(db).bookingState(of: entry.referral, session: entry.slot.session.rawValue,
                                                                              index: entry.slot.index)
            }
            let placed = Set(roster.entries.filter { states[$0.referral]?.holds ?? true }.map(\.referral))
            var standing: [ReferralID: ReferralPlacement] = [:]
            for referral in waiting where !placed.contains(referral.id) {
                if let reason = own[referral.id] {
                    standing[referral.id] = .waiting(reason: reason.reason, detail: reason.detail, month: month.description, version: roster.version)
                } else {
                    standing[referral.id] = try CaseworkQueries(db).placement(of: referral.id, month: month, today: today)
                }
            }
            return Snapshot(roster: roster, versions: versions.map(\.version), previous: previous, sessions: sessions,
                            specialists: specialists, referrals: referrals, slots: slots, waiting: waiting, states: states, standing: standing,
                            scopes: try consentScopes(referrals.values, db))
        }
    }

    /// The waiting list in order (urgency, returned-to-head, waiting time), each referral
    /// with where it stands (`CaseworkQueries.placement`: in a live draft, the reason of the
    /// month and version that explains its waiting, not before a day; with `month`, that
    /// month's versions only) and the over-limit flag — the same answer the caseworker's
    /// referral list gives.
    func waitingList(month: CalendarMonth? = nil) throws(CoordinationError) -> [JSONValue] {
        let (standings, scopes) = try services.database.reading {
            (db: Connection) throws -> ([(Referral, ReferralPlacement?)], [ReferralID: Set<ConsentScope>]) in
            let waiting = try ReferralRepository(db).waitingList()
            let standings = try waiting.map { referral in
                (referral, try CaseworkQueries(db).placement(of: referral.id, month: month, today: today))
            }
            return (standings, try consentScopes(waiting, db))
        }
        return standings.map { referral, placement in .object(waitingJSON(referral, placement, scopes: scopes[referral.id] ?? [])) }
    }

    /// One line of a waiting list: the referral, its waiting time and flag, and where it
    /// stands (`reason` and `detail` at the top, all of it under `standing`).
    func waitingJSON(_ referral: Referral, _ placement: ReferralPlacement?, scopes: Set<ConsentScope>) -> [String: JSONValue] {
        let placement = Self.narrowed(placement, planning: ConsentPolicy.may(rosterRoles, consent: scopes, see: .referralPlanning))
        var item = referralJSON(referral, scopes: scopes)
        item["waitingWeeks"] = .integer(Int64(referral.waitingWeeks(on: today)))
        item["overLimit"] = .bool(referral.isOverWaitingLimit(on: today, limitWeeks: configuration.planning.waitingLimitWeeks))
        item["atHeadOfUrgency"] = .bool(referral.atHeadOfUrgency)
        let standing = placement.map(CaseworkValues.placement) ?? .null
        item["standing"] = standing
        item["reason"] = standing["reason"] ?? .null
        item["detail"] = standing["detail"] ?? .null
        item["detailDe"] = standing["detailDe"] ?? .null
        item["month"] = standing["month"] ?? .null
        item["version"] = standing["version"] ?? .null
        return item
    }

    /// A referral as the roster shows it: pseudonym, caseworker, needs; never notes or
    /// scores. The needs only where `ConsentPolicy` lets the caller's role see them under
    /// `scopes` (never for an admin, for a coordinator with consent to `referral`).
    func referralJSON(_ referral: Referral, scopes: Set<ConsentScope>) -> [String: JSONValue] {
        let value = ConsentRedaction.apply(.object(referralFields(referral)), ConsentRedaction.rosterReferral,
                                           visible: ConsentPolicy.visible(to: rosterRoles, consent: scopes))
        return value.objectValue ?? [:]
    }

    /// The roles in which the caller reads the roster (coordinator, admin).
    var rosterRoles: Set<Role> { caller.roles.intersection([.coordinator, .admin]) }

    /// Whether the caller may see a referral's planning data (kind, language, interpreter,
    /// urgency) under the scopes in force today — asked for every version shown or
    /// exported, so a version planned before a withdrawal prints them no more.
    func mayShowPlanning(_ referral: Referral, _ s: Snapshot) -> Bool {
        ConsentPolicy.may(rosterRoles, consent: s.scopes[referral.id] ?? [], see: .referralPlanning)
    }

    private func referralFields(_ referral: Referral) -> [String: JSONValue] {
        [
            "referral": .integer(referral.id.rawValue),
            "client": referral.client.map { .string($0.description) } ?? .null,
            "caseworker": .string(referral.caseworker.description),
            "municipality": .string(referral.municipality.description),
            "kind": .string(referral.details.kind.rawValue),
            "language": .string(referral.details.language.description),
            "interpreter": .bool(referral.details.interpreterNeeded),
            "urgency": .string(referral.details.urgency.rawValue),
            "referredOn": .string(referral.referredOn.description),
        ]
    }

    /// `show`: the version, its entries with slot details, the free slots, the waiting
    /// list with reasons, and the changes since the previous version.
    func show(month: CalendarMonth, version: Int?) throws(CoordinationError) -> [String: JSONValue] {
        let s = try snapshot(month: month, version: version)
        let slotByID = Dictionary(uniqueKeysWithValues: s.slots.map { ($0.id, $0) })
        let sessionByID = Dictionary(uniqueKeysWithValues: s.sessions.map { ($0.id, $0) })
        func slotJSON(_ id: SlotID) -> [String: JSONValue] {
            guard let slot = slotByID[id], let session = sessionByID[id.session] else { return ["slot": .string(id.description)] }
            return [
                "slot": .string(id.description), "date": .string(slot.date.description), "start": .string(slot.start.description),
                "minutes": .integer(Int64(slot.minutes)), "place": .string(session.place),
                "specialist": .string(s.specialists[slot.specialist]?.name ?? slot.specialist.description),
                "sessionCancelled": .bool(session.status == .cancelled),
            ]
        }
        // In the order of the month: by day and time, not by the sessions' ids (a session
        // added later for an earlier day would otherwise be listed after later days).
        func chronological(_ a: SlotID, _ b: SlotID) -> Bool {
            let x = slotByID[a], y = slotByID[b]
            let keyA = (x?.date.description ?? "", x?.start.minutesSinceMidnight ?? 0, a.session.rawValue, a.index)
            let keyB = (y?.date.description ?? "", y?.start.minutesSinceMidnight ?? 0, b.session.rawValue, b.index)
            return keyA < keyB
        }
        let entries: [JSONValue] = s.roster.entries.sorted { chronological($0.slot, $1.slot) }.map { entry in
            var item = s.referrals[entry.referral].map { referralJSON($0, scopes: s.scopes[$0.id] ?? []) }
                ?? ["referral": .integer(entry.referral.rawValue)]
            item.merge(slotJSON(entry.slot)) { _, new in new }
            item["weight"] = .integer(Int64(entry.weight))
            item["pinned"] = .bool(entry.pinned)
            item["manual"] = .bool(entry.manual)
            item["state"] = .string((s.states[entry.referral] ?? .planned).rawValue)
            return .object(item)
        }
        let placed = s.holding
        let used = Set(s.roster.entries.filter { placed.contains($0.referral) }.map(\.slot))
        // A slot that has begun is never free: nobody can be booked into it any more.
        let free: [JSONValue] = s.slots.filter { !used.contains($0.id) && sessionByID[$0.id.session]?.status == .scheduled && !hasStarted($0) }
            .sorted { chronological($0.id, $1.id) }.map { .object(slotJSON($0.id)) }
        let waiting: [JSONValue] = s.waiting.filter { !placed.contains($0.id) }.map { referral in
            .object(waitingJSON(referral, s.standing[referral.id] ?? nil, scopes: s.scopes[referral.id] ?? []))
        }
        var changes: [JSONValue] = []
        if let previous = s.previous {
            for change in s.roster.changes(since: previous) {
                var item: [String: JSONValue]
                switch change {
                case let .added(r, slot): item = ["change": "added", "referral": .integer(r.rawValue), "to": .string(slot.description)]
                case let .removed(r, slot): item = ["change": "removed", "referral": .integer(r.rawValue), "from": .string(slot.description)]
                case let .moved(r, from, to):
                    item = ["change": "moved", "referral": .integer(r.rawValue), "from": .string(from.description), "to": .string(to.description)]
                }
                item["client"] = s.referrals[change.referral]?.client.map { .string($0.description) } ?? .null
                item["text"] = .string(change.description)
                changes.append(.object(item))
            }
        }
        return [
            "roster": rosterJSON(s.roster, versions: s.versions),
            "entries": .array(entries),
            "freeSlots": .array(free),
            "waiting": .array(waiting),
            "previousVersion": s.previous.map { .integer(Int64($0.version)) } ?? .null,
            "changes": .array(changes),
        ]
    }

    /// The version's head: month, version, status, objective and bound.
    func rosterJSON(_ roster: Roster, versions: [Int]? = nil) -> JSONValue {
        var item: [String: JSONValue] = [
            "id": .integer(roster.id.rawValue), "month": .string(roster.monthText), "version": .integer(Int64(roster.version)),
            "status": .string(roster.status.rawValue), "objective": .integer(Int64(roster.objective)),
            "bound": .integer(Int64(roster.bound)), "entries": .integer(Int64(roster.entries.count)),
        ]
        if let versions { item["versions"] = .array(versions.map { .integer(Int64($0)) }) }
        return .object(item)
    }

    /// The printable document of a version, for the CSV, iCalendar and HTML exports.
    func document(month: CalendarMonth, version: Int?, language: MessageLanguage) throws(CoordinationError) -> RosterDocument {
        let s = try snapshot(month: month, version: version)
        let byReferral = Dictionary(uniqueKeysWithValues: s.roster.entries.map { ($0.slot, $0.referral) })
        var documentSessions: [RosterDocument.Session] = []
        // Day by day, as the month runs, whatever order the sessions were added in.
        let chronological = s.sessions.sorted {
            ($0.date.description, $0.start.minutesSinceMidnight, $0.id.rawValue) < ($1.date.description, $1.start.minutesSinceMidnight, $1.id.rawValue)
        }
        for session in chronological {
            let slots = s.slots.filter { $0.id.session == session.id }
            if session.status == .cancelled && !slots.contains(where: { byReferral[$0.id] != nil }) { continue }
            documentSessions.append(RosterDocument.Session(
                id: session.id.description, date: session.date, place: session.place,
                specialistName: s.specialists[session.specialist]?.name ?? session.specialist.description,
                interpreterLanguages: session.interpreterLanguages.sorted().map { $0.name(in: language) },
                slots: slots.map { slot in
                    let start = LocalDateTime(date: slot.date, time: slot.start)
                    let end = LocalDateTime(secondsSince1970: start.secondsSince1970 + slot.minutes * 60)
                    let booking = byReferral[slot.id].flatMap { s.referrals[$0] }.map { referral in
                        let planning = mayShowPlanning(referral, s)
                        return RosterDocument.Booking(referralID: referral.id.description, pseudonym: referral.client?.description ?? RosterLabels(language).withoutClient,
                                                      caseworker: referral.caseworker.description,
                                                      language: planning ? referral.details.language.name(in: language) : nil,
                                                      interpreter: planning ? referral.details.interpreterNeeded : nil,
                                                      kind: planning ? referral.details.kind : nil,
                                                      state: s.states[referral.id] ?? .planned,
                                                      languageCode: planning ? referral.details.language.code : nil)
                    }
                    return RosterDocument.Slot(id: slot.id.description, start: start, end: end, booking: booking)
                }))
        }
        let placed = s.holding
        let waiting = s.waiting.filter { !placed.contains($0.id) }
        let total = s.slots.filter { slot in s.sessions.first { $0.id == slot.id.session }?.status == .scheduled }.count
        let quotas = MonthQuotas(configuration: configuration, monthSlots: total, waiting: s.waiting)
        let labels = RosterLabels(language)
        let waitingEntries = waiting.map { referral in
            let (code, detail) = Self.reasonText(Self.narrowed(s.standing[referral.id] ?? nil, planning: mayShowPlanning(referral, s)),
                                                 municipality: referral.municipality, quotas: quotas, labels: labels)
            return RosterDocument.WaitingEntry(pseudonym: referral.client?.description ?? labels.withoutClient,
                                               urgency: mayShowPlanning(referral, s) ? referral.details.urgency : nil,
                                               waitingWeeks: referral.waitingWeeks(on: today), reasonCode: code, reasonDetail: detail)
        }
        var perMunicipality: [MunicipalityID: Int] = [:]
        for entry in s.roster.entries where placed.contains(entry.referral) {
            if let municipality = s.referrals[entry.referral]?.municipality { perMunicipality[municipality, default: 0] += 1 }
        }
        let usedCount = placed.count
        let shares = perMunicipality.keys.sorted().map { municipality in
            let share = quotas.shares[municipality]
            return RosterDocument.MunicipalityShare(
                name: municipality.name, slotsUsed: perMunicipality[municipality] ?? 0,
                share: usedCount == 0 ? 0 : Double(perMunicipality[municipality] ?? 0) / Double(usedCount),
                quota: share.map { total == 0 ? 0 : min(1, Double($0.limit) / Double(total)) },
                quotaRule: share.flatMap { s in quotas.rule.map { "\(s.limit) = " + s.rule($0.weight, language: language) } })
        }
        let weeks = waitingEntries.map(\.waitingWeeks)
        return RosterDocument(district: configuration.district.name, month: month, version: s.roster.version, state: s.roster.status,
                              sessions: documentSessions, waitingList: waitingEntries,
                              statistics: RosterDocument.Statistics(slotsUsed: usedCount, slotsTotal: total, municipalities: shares,
                                                                    waitingWeeksMedian: RosterDocument.Statistics.median(of: weeks),
                                                                    waitingWeeksMaximum: weeks.max()),
                              waitingLimitWeeks: configuration.planning.waitingLimitWeeks)
    }

    /// Reason codes whose stored sentence holds only frame data (a quota, a date, the
    /// caseworker): kept for every reader.
    static let frameReasons: Set<String> = ["quota-exhausted", "caseworker-busy", "session-cancelled", "appointment-cancelled", "dropped"]

    /// `placement` as a reader without the right to the referral's planning data (an
    /// admin; anyone without consent to `referral`) may see it: the reason code stays (it
    /// is frame), but a sentence that could name the language, kind, days unavailable or
    /// an excluded specialist ("no slot this month offers Turkish") becomes the code's
    /// general sentence ("no slot this month offers the language").
    static func narrowed(_ placement: ReferralPlacement?, planning: Bool) -> ReferralPlacement? {
        guard !planning, case .waiting(let reason, _, let month, let version)? = placement, !frameReasons.contains(reason) else {
            return placement
        }
        return .waiting(reason: reason, detail: WaitingReasonText.generic(reason, .en), month: month, version: version)
    }

    /// A waiting referral's reason code and sentence for the printed roster, from the same
    /// standing `show` and `roster waiting` give. A quota sentence is put into the
    /// document's language only when the stored sentence says the same numbers (the month's
    /// slots may have changed since the plan; the stored numbers are the ones that held).
    static func reasonText(_ standing: ReferralPlacement?, municipality: MunicipalityID, quotas: MonthQuotas,
                           labels: RosterLabels) -> (code: String, detail: String) {
        let l = labels.language
        switch standing {
        case nil:
            return ("not-planned", l.pick(de: "noch nicht geplant", en: "not planned yet"))
        case .appointment(let slot)?:
            return ("booked", "\(slot.date.displayText) \(slot.time)")
        case .draft(let month, let version, let slot)?:
            let name = CalendarMonth(iso: month).map(labels.month) ?? month
            return ("planned", l.pick(de: "im Entwurf für \(name) (Version \(version), Platz \(slot.session)-\(slot.index))",
                                       en: "in the draft for \(name) (version \(version), slot \(slot.session)-\(slot.index))"))
        case .notBefore(let day)?:
            return ("not-before", l.pick(de: "nicht vor \(day.displayText)", en: "not before \(day.displayText)"))
        case .waiting(let reason, let detail, _, _)?:
            if reason == "quota-exhausted", quotas.exhaustedSentence(municipality, language: .en) == detail,
               let translated = quotas.exhaustedSentence(municipality, language: l) {
                return (reason, translated)
            }
            return (reason, WaitingReasonText.words(code: reason, detail: detail, language: l))
        }
    }

}

extension RosterChange {
    /// The referral the change concerns.
    var referral: ReferralID {
        switch self {
        case let .added(r, _), let .removed(r, _), let .moved(r, _, _): r
        }
    }
}

extension Result {
    /// The success value, or nil.
    var success: Success? { if case .success(let value) = self { value } else { nil } }
}

extension RosterDocument {
    /// Every client the document names, booked or waiting: what an export discloses.
    var pseudonyms: [ClientID] {
        sessions.flatMap(\.slots).compactMap { $0.booking.flatMap { ClientID($0.pseudonym) } }
            + waitingList.compactMap { ClientID($0.pseudonym) }
    }
}
