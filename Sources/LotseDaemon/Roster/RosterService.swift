import Foundation
import LotseCore
import LotseStore

/// The coordinator's month: planning, review edits, approval, publication, refills and
/// session cancellations, each one write transaction (reminders included), each audited.
///
/// Versions: a month's first plan is version 1, a draft. Edits and re-plans change the
/// draft (an approved draft goes back to draft). Publishing freezes it; any later change
/// (re-plan, edit, refill) starts a new draft version carrying the published entries that
/// still hold an appointment, pinned — so a re-plan never moves a booked client silently.
struct RosterService {
    let services: DaemonServices
    let caller: Caller
    let configuration: Configuration
    /// The instant the roster is worked at: what is past, what may still be offered, and
    /// the dates of drafts, appointments and mails. Injected (`init(_:now:)`); by default
    /// the clock of the caseworker interfaces (`CaseworkClock`), which a debug build's
    /// tests may fix with `LOTSE_TEST_NOW`, so the roster and the appointments it books
    /// agree on what "now" is. Audit entries are dated by the daemon's real clock.
    let now: Date
    let zone: TimeZone

    init(_ request: MethodRequest, now: Date? = nil) {
        services = request.services
        caller = request.caller
        configuration = request.services.configuration.configuration
        self.now = now ?? CaseworkClock.now(request.services)
        zone = CaseworkClock.berlin
    }

    var today: CalendarDate { CalendarDate(instant: now, in: zone) }
    var user: String { caller.userName }

    /// Whether `slot` has begun: its start in Europe/Berlin is not after now. A slot that
    /// has begun — an earlier hour of today's session too — is never offered, planned or
    /// shown free.
    func hasStarted(_ slot: Slot) -> Bool {
        guard let start = slot.date.instant(at: slot.start, in: zone) else { return slot.date < today }
        return start <= now
    }

    /// A coordinator's change to a draft.
    enum Edit {
        case pin(ReferralID, Bool)
        case move(ReferralID, SlotID)
        case drop(ReferralID)
        case add(ReferralID, SlotID)
    }

    /// What a plan or refill did.
    struct PlanResult {
        var roster: Roster
        var added: [RosterEntry]
    }

    // MARK: planning

    /// Plans the month: fixed entries stay (pinned and manual ones; with `keepAll`, every
    /// entry — a refill), the rest of the draft is planned anew from the waiting list.
    func plan(month: CalendarMonth, keepAll: Bool) throws(CoordinationError) -> PlanResult {
        // A month that is over has no slot left to offer; planning it would only mail the
        // coordinators a roster "awaiting approval" for a time gone by (usually a typo in
        // the year). The running month can still be planned for its remaining days.
        let today = CalendarDate(instant: now, in: TimeZone(identifier: "Europe/Berlin") ?? .current)
        if month.lastDay < today {
            throw CoordinationError.invalid("month", en: "\(month.name(in: .en)) is over; only the running month and later ones can be planned.",
                                            de: "\(month.name(in: .de)) ist vorbei; planen lassen sich nur der laufende und spätere Monate.")
        }
        let result = try services.database.writing { (db: Connection) throws -> PlanResult in
            let records = RosterRecords(db)
            let working = try workingDraft(db, month: month)
            if keepAll && working == nil {
                throw CoordinationError.state(en: "There is no roster for \(month.name(in: .en)) yet; plan it first (lotse roster plan \(month.displayText)).",
                                              de: "Für \(month.name(in: .de)) gibt es noch keinen Terminplan; planen Sie ihn zuerst (lotse roster plan \(month.displayText)).")
            }
            let (planning, known) = try planning(db, month: month, working: working, keepAll: keepAll)
            // A month without a single session has nothing to plan: its draft would only tell
            // every waiting referral "no slot this month" (replacing the reason its caseworker
            // reads for the month that matters) and mail the coordinators an empty roster —
            // almost always a typo in the month or the year.
            if planning.slots.isEmpty && working == nil {
                throw CoordinationError.state(en: "There is no session in \(month.name(in: .en)) yet; add the month's sessions first (lotse session add).",
                                              de: "Für \(month.name(in: .de)) gibt es noch keine Sprechstunde; legen Sie zuerst die Sprechstunden des Monats an (lotse session add).")
            }
            let waiting = planning.referrals
            let fixed = planning.fixed
            var outcome = planning.solve(knownReferrals: known)
            let quotas = MonthQuotas(configuration: configuration, monthSlots: planning.slots.count, waiting: waiting)
            outcome.reasons = quotas.explained(outcome.reasons, referrals: known)
            let latestVersion = try records.latest(month: month)?.version ?? 0
            let id = try working?.id ?? records.nextID()
            let roster: Roster
            switch Roster.draft(id: id, year: month.year, month: month.month, version: working?.version ?? latestVersion + 1,
                                entries: fixed + outcome.entries, bound: outcome.bound, waitingReasons: outcome.reasons) {
            case .success(let made): roster = made
            case .failure(let error): throw CoordinationError.internalFailure(en: "The plan is inconsistent", de: "Der Plan ist in sich widersprüchlich", error)
            }
            if working == nil { try records.insert(roster, by: user, now: now) } else { try records.update(roster, by: user, now: now) }
            var notifier = RosterNotifier(db: db, configuration: configuration, now: now)
            try notifier.rosterAwaitingApproval(month: month, roster: roster.id)
            return PlanResult(roster: roster, added: outcome.entries)
        }
        audit(keepAll ? "roster.refill" : "roster.plan", month: month, detail: "version \(result.roster.version): \(result.roster.entries.count) placed, \(result.added.count) new")
        MailService.wakeRunning()
        return result
    }

    /// The month's planning exactly as `plan` runs it on `working`: the waiting referrals
    /// that may be planned, every slot, the entries kept (pinned and manual ones; with
    /// `keepAll` every entry) and the slots never offered (held by another appointment, or
    /// past). Plan, refill, the bound after an edit and `roster problem` all start here, so
    /// they describe one and the same problem.
    func planning(_ db: Connection, month: CalendarMonth, working: Roster?,
                  keepAll: Bool) throws -> (planning: RosterPlanning, known: [ReferralID: Referral]) {
        let records = RosterRecords(db)
        let slots = try SessionRepository(db).slots(year: month.year, month: month.month)
        let waiting = try ReferralRepository(db).waitingList().filter {
            $0.isPlannable(monthEndingOn: month.lastDay) && $0.referredOn <= month.lastDay
        }
        let slotIDs = Set(slots.map(\.id))
        let held = try records.heldSlots(from: month.firstDay, through: month.lastDay)
        var known = Dictionary(uniqueKeysWithValues: waiting.map { ($0.id, $0) })
        for entry in working?.entries ?? [] where known[entry.referral] == nil {
            known[entry.referral] = try ReferralRepository(db).find(entry.referral)
        }
        // Kept: pinned and manual entries (every entry for a refill) whose slot still
        // exists and whose referral still waits, or holds exactly this slot already.
        let fixed = (working?.entries ?? []).filter { entry in
            guard entry.isFixed || keepAll, slotIDs.contains(entry.slot), let referral = known[entry.referral] else { return false }
            return referral.status == .waiting || held[entry.slot] == entry.referral
        }
        let fixedPairs = Set(fixed.map { "\($0.referral)@\($0.slot)" })
        // Slots held by an appointment of another roster entry, and slots that have begun,
        // are never offered.
        var blocked = Set(held.filter { !fixedPairs.contains("\($0.value)@\($0.key)") }.keys)
        blocked.formUnion(slots.filter(hasStarted).map(\.id))
        let quotas = MonthQuotas(configuration: configuration, monthSlots: slots.count, waiting: waiting)
        var names: [SpecialistID: String] = [:]
        for specialist in try SpecialistRepository(db).list() { names[specialist.id] = specialist.name }
        let planning = RosterPlanning(month: month, weights: configuration.planning.weights, quotas: quotas.limits,
                                      slots: slots, referrals: waiting, fixed: fixed, blockedSlots: blocked, specialistNames: names)
        return (planning, known)
    }

    /// Proves the bound of an edited draft again: the best any plan keeping its pinned and
    /// manual entries could reach (the planner's bound on the rest plus their weights). The
    /// draft's other entries are one such plan, so the number is a valid upper bound on its
    /// objective — a hand edit never leaves a stale or impossible bound behind.
    func reprove(_ db: Connection, _ roster: inout Roster, month: CalendarMonth) throws {
        let (planning, known) = try planning(db, month: month, working: roster, keepAll: false)
        roster.prove(bound: planning.solve(knownReferrals: known).bound)
    }

    /// The month's `lotse-plan/1` problem as the next `roster plan` would hand it to the
    /// solver: the live draft's pinned and manual entries (after publication the booked
    /// ones) are taken out with their slots and quota, the rest is the problem. Reads only.
    func problem(month: CalendarMonth) throws(CoordinationError) -> String {
        let written = try services.database.reading { (db: Connection) throws -> (String, [ClientID])? in
            let records = RosterRecords(db)
            let working = try records.live(month: month) ?? carriedDraft(db, month: month, id: RosterID(0))
            let (planning, known) = try planning(db, month: month, working: working, keepAll: false)
            let text = PlannerBridge.problem(month: month, weights: planning.weights,
                                             quotas: planning.remainingQuotas(referralsByID: known),
                                             slots: planning.freeSlots, referrals: planning.openReferrals).map(PlanProblemJSON.text)
            return text.map { ($0, planning.openReferrals.compactMap(\.client)) }
        }
        guard let (text, clients) = written else { throw CoordinationError.invalid("month", en: "\(month.name(in: .en)) cannot be planned.", de: "\(month.name(in: .de)) kann nicht geplant werden.") }
        try recordRead("roster.problem", id: month.description, detail: "lotse-plan/1 problem written", disclosing: clients)
        return text
    }

    /// The draft to work on: the live one, or a new version continuing the published one
    /// (its entries that still hold an appointment, pinned), or nil when the month has
    /// neither.
    func workingDraft(_ db: Connection, month: CalendarMonth) throws -> Roster? {
        let records = RosterRecords(db)
        if let live = try records.live(month: month) { return live }
        guard var draft = try carriedDraft(db, month: month, id: try records.nextID()) else { return nil }
        try reprove(db, &draft, month: month)
        try records.insert(draft, by: user, now: now)
        return draft
    }

    /// The next version of a published month, not yet stored: the published entries that
    /// still hold their appointment, pinned. Nil when nothing is published.
    func carriedDraft(_ db: Connection, month: CalendarMonth, id: RosterID) throws -> Roster? {
        let records = RosterRecords(db)
        guard let published = try records.published(month: month), let latest = try records.latest(month: month) else { return nil }
        // Carried: entries whose appointment still holds the slot (booked, or attended);
        // one missed and back on the waiting list may be planned again.
        let held = try records.heldSlots(from: month.firstDay, through: month.lastDay)
        var carried: [RosterEntry] = []
        for entry in published.entries where held[entry.slot] == entry.referral {
            if try ReferralRepository(db).find(entry.referral)?.status == .waiting { continue }
            carried.append(RosterEntry(referral: entry.referral, slot: entry.slot, weight: entry.weight, pinned: true, manual: entry.manual))
        }
        switch Roster.draft(id: id, year: month.year, month: month.month, version: latest.version + 1,
                            entries: carried, bound: published.bound, waitingReasons: []) {
        case .success(let draft):
            return draft
        case .failure(let error):
            throw CoordinationError.internalFailure(en: "The new version cannot be made", de: "Die neue Version kann nicht angelegt werden", error)
        }
    }

    // MARK: edits

    /// Applies a pin, move, drop or manual placement to the month's draft. Placements are
    /// checked against every hard constraint first; a refusal names the constraint.
    func edit(month: CalendarMonth, _ edit: Edit) throws(CoordinationError) -> Roster {
        let roster = try services.database.writing { (db: Connection) throws -> Roster in
            guard var roster = try workingDraft(db, month: month) else {
                throw CoordinationError.state(en: "There is no roster for \(month.name(in: .en)) yet; plan it first (lotse roster plan \(month.displayText)).",
                                              de: "Für \(month.name(in: .de)) gibt es noch keinen Terminplan; planen Sie ihn zuerst (lotse roster plan \(month.displayText)).")
            }
            let outcome: Result<Void, ModelError>
            switch edit {
            case .pin(let referral, let pinned):
                outcome = roster.setPinned(pinned, referral: referral)
            case .drop(let referral):
                outcome = roster.drop(referral: referral)
            case .move(let referral, let slot):
                let weight = try checkPlacement(db, roster: roster, month: month, referralID: referral, slotID: slot, moving: true)
                outcome = roster.move(referral: referral, to: slot, weight: weight)
            case .add(let referral, let slot):
                let weight = try checkPlacement(db, roster: roster, month: month, referralID: referral, slotID: slot, moving: false)
                outcome = roster.add(referral: referral, to: slot, weight: weight)
            }
            if case .failure(let error) = outcome {
                throw CoordinationError.state(error)
            }
            try reprove(db, &roster, month: month)
            try RosterRecords(db).update(roster, by: user, now: now)
            return roster
        }
        let (action, detail): (String, String) = switch edit {
        case .pin(let r, let p): (p ? "roster.pin" : "roster.unpin", "referral \(r)")
        case .move(let r, let s): ("roster.move", "referral \(r) to slot \(s)")
        case .drop(let r): ("roster.drop", "referral \(r)")
        case .add(let r, let s): ("roster.add", "referral \(r) in slot \(s)")
        }
        audit(action, month: month, detail: "version \(roster.version): \(detail)")
        return roster
    }

    /// The hard constraints of `lotse-plan/1` for one manual placement, in the format's
    /// order; returns the pair's weight or throws `PlacementRefused` naming the constraint.
    func checkPlacement(_ db: Connection, roster: Roster, month: CalendarMonth, referralID: ReferralID, slotID: SlotID,
                        moving: Bool) throws -> Int {
        guard let referral = try ReferralRepository(db).find(referralID) else { throw CoordinationError.notFound("referral", referralID.description) }
        guard let session = try SessionRepository(db).find(slotID.session) else { throw CoordinationError.notFound("slot", slotID.description) }
        func refuse(_ constraint: String, _ en: String, _ de: String) -> CoordinationError {
            // The constraint's code stays in its own parameter (JSON); the sentence says it in words.
            .refused(constraint, en: "Referral \(referralID) cannot take slot \(slotID): \(en).",
                     de: "Anmeldung \(referralID) kann Platz \(slotID) nicht bekommen: \(de).")
        }
        if session.status == .cancelled { throw refuse("session-cancelled", "the session on \(session.date.displayText) is cancelled",
                                                                        "die Sprechstunde am \(session.date.displayText) ist abgesagt") }
        guard CalendarMonth(containing: session.date) == month else {
            throw refuse("month", "the slot is on \(session.date.displayText), not in \(month.name(in: .en))",
                         "der Platz liegt am \(session.date.displayText), nicht im \(month.name(in: .de))")
        }
        let specialist = try SpecialistRepository(db).find(session.specialist)
        guard let slot = session.slots(specialistLanguages: specialist?.languages ?? []).first(where: { $0.id == slotID }) else {
            throw CoordinationError.notFound("slot", slotID.description)
        }
        if hasStarted(slot) { throw refuse("past", "the slot on \(slot.date.displayText) at \(slot.start) has begun",
                                           "der Platz am \(slot.date.displayText) um \(slot.start) hat begonnen") }
        let placed = roster.entry(for: referralID) != nil
        if !(referral.status == .waiting || (moving && placed)) {
            throw refuse("not-waiting", "the referral is not waiting (status: \(referral.status.name(in: .en)))",
                         "die Anmeldung wartet nicht (Stand: \(referral.status.name(in: .de)))")
        }
        if let notBefore = referral.notBefore, slot.date < notBefore {
            throw refuse("not-before", "the referral is not to be planned before \(notBefore.displayText)",
                               "die Anmeldung ist nicht vor dem \(notBefore.displayText) einzuplanen")
        }
        let d = referral.details
        if !slot.languages.contains(d.language) { throw refuse("language", "the slot offers no \(d.language.name(in: .en)) (no interpreter booked)",
                                                                     "der Platz bietet kein \(d.language.name(in: .de)) (keine Dolmetscher:in gebucht)") }
        if !slot.kinds.contains(d.kind) { throw refuse("kind", "the slot does not accept \(d.kind.name(in: .en)) referrals",
                                                               "der Platz nimmt keine Anmeldungen der Art \(d.kind.name(in: .de)) an") }
        if d.unavailableDates.contains(slot.date) { throw refuse("unavailable", "the client is unavailable on \(slot.date.displayText)",
                                                                           "die Klient:in kann am \(slot.date.displayText) nicht") }
        if slot.date < referral.referredOn { throw refuse("unavailable", "the slot is before the referral date \(referral.referredOn.displayText)",
                                                                           "der Platz liegt vor dem Tag der Anmeldung, \(referral.referredOn.displayText)") }
        if d.excludedSpecialists.contains(slot.specialist) { throw refuse("excluded", "specialist \(slot.specialist) is excluded for this referral",
                                                                                     "Fachkraft \(slot.specialist) ist für diese Anmeldung ausgeschlossen") }
        if let other = roster.entries.first(where: { $0.slot == slotID && $0.referral != referralID }) {
            throw refuse("slot-taken", "the slot is taken by referral \(other.referral)", "der Platz ist von Anmeldung \(other.referral) belegt")
        }
        let held = try RosterRecords(db).heldSlots(from: slot.date, through: slot.date)
        if let holder = held[slotID], holder != referralID,
           !roster.entries.contains(where: { $0.referral == holder && $0.slot == slotID }) {
            throw refuse("slot-taken", "the slot is booked for referral \(holder)", "der Platz ist für Anmeldung \(holder) gebucht")
        }
        let month = CalendarMonth(containing: slot.date)
        let monthSlots = try SessionRepository(db).slots(year: month.year, month: month.month)
        let slotByID = Dictionary(uniqueKeysWithValues: monthSlots.map { ($0.id, $0) })
        var sameMunicipality = 0
        for entry in roster.entries where entry.referral != referralID {
            guard let other = try ReferralRepository(db).find(entry.referral) else { continue }
            if let client = referral.client, other.client == client { throw refuse("client-busy", "\(client) already has a slot in this roster",
                                                                                      "\(client) hat schon einen Platz in diesem Terminplan") }
            if other.caseworker == referral.caseworker, let otherSlot = slotByID[entry.slot], otherSlot.overlaps(slot) {
                throw refuse("caseworker-busy", "the caseworker \(referral.caseworker) accompanies referral \(entry.referral) at that time",
                             "die Integrationsmanager:in \(referral.caseworker) begleitet zu dieser Zeit Anmeldung \(entry.referral)")
            }
            if other.municipality == referral.municipality { sameMunicipality += 1 }
        }
        let waiting = configuration.planning.quotaRule?.weight == .caseload
            ? try ReferralRepository(db).waitingList().filter { $0.isPlannable(monthEndingOn: month.lastDay) && $0.referredOn <= month.lastDay }
            : []
        let quotas = MonthQuotas(configuration: configuration, monthSlots: monthSlots.count, waiting: waiting)
        if let limit = quotas.limits[referral.municipality], sameMunicipality >= limit {
            throw refuse("quota", quotas.exhaustedSentence(referral.municipality, language: .en)
                         ?? "\(referral.municipality) has used its quota of \(limit) slots this month",
                         quotas.exhaustedSentence(referral.municipality, language: .de)
                         ?? "\(referral.municipality) hat ihr Kontingent von \(limit) Plätzen in diesem Monat ausgeschöpft")
        }
        return RosterPlanning.weight(referral, slot, month: month, weights: configuration.planning.weights)
    }

    // MARK: approval

    /// Approves the month's draft.
    func approve(month: CalendarMonth) throws(CoordinationError) -> Roster {
        let roster = try services.database.writing { (db: Connection) throws -> Roster in
            guard var roster = try RosterRecords(db).live(month: month) else {
                throw CoordinationError.state(en: "There is no draft for \(month.name(in: .en)) to approve; plan it first (lotse roster plan \(month.displayText)).",
                                              de: "Für \(month.name(in: .de)) gibt es keinen Entwurf zum Freigeben; planen Sie zuerst (lotse roster plan \(month.displayText)).")
            }
            guard roster.status == .draft else { throw CoordinationError.state(en: "Version \(roster.version) of \(month.name(in: .en)) is already approved.",
                                                                                         de: "Version \(roster.version) für \(month.name(in: .de)) ist schon freigegeben.") }
            if case .failure(let error) = roster.approve() { throw CoordinationError.state(error) }
            try RosterRecords(db).update(roster, by: user, now: now)
            return roster
        }
        audit("roster.approve", month: month, detail: "version \(roster.version)")
        return roster
    }

    /// Appends the one audit entry of a roster read, naming every client the reply shows,
    /// before the reply is sent; throws when it cannot be written, so that no data leaves
    /// without its record. The read itself ran on a reader connection beforehand.
    func recordRead(_ action: String, kind: String = "roster", id: String?, detail: String,
                    disclosing clients: [ClientID]) throws(CoordinationError) {
        do {
            try services.recordRead(AuditEntry(at: services.now(), uid: caller.uid, user: caller.userName, role: caller.roleSummary,
                                               action: action, recordKind: kind, recordID: id, detail: String(detail.prefix(200)),
                                               subjects: PseudonymList(clients)))
        } catch {
            throw .store(error)
        }
    }

    func audit(_ action: String, month: CalendarMonth, detail: String) {
        services.audit(AuditEntry(at: services.now(), uid: caller.uid, user: caller.userName, role: caller.roleSummary, action: action,
                                  recordKind: "roster", recordID: month.description, detail: String(detail.prefix(200))))
    }
}
