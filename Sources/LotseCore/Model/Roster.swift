/// One version of a month's roster. The planner's result arrives as a draft; the
/// coordinator pins, moves, drops and adds entries, approves and publishes. Edits obey
/// the status (`RosterStatus`) and keep the roster consistent: one referral per slot,
/// one slot per referral.
public struct Roster: Sendable, Equatable, Codable {
    /// Database id of this version.
    public let id: RosterID
    /// The month planned.
    public let year: Int
    /// 1…12.
    public let month: Int
    /// 1 for the first plan of the month, counting up.
    public let version: Int
    /// Draft, approved, published or superseded.
    public private(set) var status: RosterStatus
    /// Placements, ordered by slot.
    public private(set) var entries: [RosterEntry]
    /// A proven upper bound on the objective of any plan that keeps this version's pinned
    /// and manual entries. Set by the planner and proven again after every edit
    /// (`prove(bound:)`), so it is never stale and never below the objective.
    public private(set) var bound: Int
    /// Why each unplaced referral waits, from the last plan.
    public private(set) var waitingReasons: [RosterWaitingReason]

    /// A new draft, checked for a valid month and for double use of a slot or referral.
    public static func draft(id: RosterID, year: Int, month: Int, version: Int, entries: [RosterEntry], bound: Int,
                             waitingReasons: [RosterWaitingReason]) -> Result<Roster, ModelError> {
        guard CalendarDate(year: year, month: month, day: 1) != nil else {
            return .failure(ModelError(field: "month", en: "\(year)-\(month) is not a month",
            de: "\(year)-\(month) ist kein Monat"))
        }
        guard version >= 1 else { return .failure(ModelError(field: "version", en: "must be 1 or more",
            de: "muss mindestens 1 sein")) }
        if let e = duplicate(in: entries) { return .failure(e) }
        var roster = Roster(id: id, year: year, month: month, version: version, status: .draft,
                            entries: entries.sorted { $0.slot < $1.slot }, bound: bound, waitingReasons: waitingReasons)
        roster.prove(bound: bound)
        return .success(roster)
    }

    /// A roster as it was stored, for the storage layer only: `draft` and the checked
    /// transitions and edits made it, and its stored bound was proven when it was saved, so
    /// nothing is recomputed here.
    public static func restored(id: RosterID, year: Int, month: Int, version: Int, status: RosterStatus, entries: [RosterEntry],
                                bound: Int, waitingReasons: [RosterWaitingReason]) -> Roster {
        Roster(id: id, year: year, month: month, version: version, status: status, entries: entries, bound: bound,
               waitingReasons: waitingReasons)
    }

    private init(id: RosterID, year: Int, month: Int, version: Int, status: RosterStatus, entries: [RosterEntry], bound: Int,
                 waitingReasons: [RosterWaitingReason]) {
        self.id = id
        self.year = year
        self.month = month
        self.version = version
        self.status = status
        self.entries = entries
        self.bound = bound
        self.waitingReasons = waitingReasons
    }

    private static func duplicate(in entries: [RosterEntry]) -> ModelError? {
        var slots: Set<SlotID> = []
        var referrals: Set<ReferralID> = []
        for entry in entries {
            if !slots.insert(entry.slot).inserted { return ModelError(field: "slot", en: "slot \(entry.slot) is used twice",
            de: "Platz \(entry.slot) ist doppelt belegt") }
            if !referrals.insert(entry.referral).inserted { return ModelError(field: "referral", en: "referral \(entry.referral) is placed twice",
            de: "Anmeldung \(entry.referral) ist doppelt eingeplant") }
        }
        return nil
    }

    /// Records a bound the planner proved for the entries as they now stand. The entries
    /// themselves are a feasible plan, so a bound below their objective would be no proof;
    /// the objective is kept as the floor so that no such number is ever stored or shown.
    public mutating func prove(bound proven: Int) { bound = max(proven, objective) }

    /// Sum of the entries' weights.
    public var objective: Int { entries.reduce(0) { $0 + $1.weight } }

    /// The entry of a referral, if placed.
    public func entry(for referral: ReferralID) -> RosterEntry? { entries.first { $0.referral == referral } }

    /// The entries a re-plan must keep (pinned or manual).
    public var fixedEntries: [RosterEntry] { entries.filter(\.isFixed) }

    // MARK: coordinator edits

    /// Pins or unpins a placed referral.
    public mutating func setPinned(_ pinned: Bool, referral: ReferralID) -> Result<Void, ModelError> {
        edit { entries in
            guard let i = entries.firstIndex(where: { $0.referral == referral }) else { return Roster.notPlaced(referral) }
            entries[i].pinned = pinned
            return nil
        }
    }

    /// Moves a placed referral to a free slot; the moved entry counts as manual. The
    /// caller has checked the slot against the hard constraints (`Slot.conflict(with:)`).
    public mutating func move(referral: ReferralID, to slot: SlotID, weight: Int) -> Result<Void, ModelError> {
        edit { entries in
            guard let i = entries.firstIndex(where: { $0.referral == referral }) else { return Roster.notPlaced(referral) }
            if let other = entries.first(where: { $0.slot == slot && $0.referral != referral }) {
                return ModelError(field: "slot", en: "slot \(slot) is taken by referral \(other.referral)",
            de: "Platz \(slot) ist von Anmeldung \(other.referral) belegt")
            }
            entries[i] = RosterEntry(referral: referral, slot: slot, weight: weight, pinned: entries[i].pinned, manual: true)
            return nil
        }
    }

    /// Removes a referral from the roster; it stays on the waiting list.
    public mutating func drop(referral: ReferralID) -> Result<Void, ModelError> {
        edit { entries in
            guard let i = entries.firstIndex(where: { $0.referral == referral }) else { return Roster.notPlaced(referral) }
            entries.remove(at: i)
            return nil
        }.map {
            waitingReasons.append(RosterWaitingReason(referral: referral, reason: "dropped",
                                                      detail: "removed from this roster by a coordinator"))
        }
    }

    /// A manual placement into a free slot (checked against the hard constraints by the caller).
    public mutating func add(referral: ReferralID, to slot: SlotID, weight: Int) -> Result<Void, ModelError> {
        edit { entries in
            if entries.contains(where: { $0.referral == referral }) {
                return ModelError(field: "referral", en: "referral \(referral) is already placed; move it instead",
            de: "Anmeldung \(referral) ist schon eingeplant; verschieben Sie sie stattdessen")
            }
            if let other = entries.first(where: { $0.slot == slot }) {
                return ModelError(field: "slot", en: "slot \(slot) is taken by referral \(other.referral)",
            de: "Platz \(slot) ist von Anmeldung \(other.referral) belegt")
            }
            entries.append(RosterEntry(referral: referral, slot: slot, weight: weight, pinned: false, manual: true))
            return nil
        }
    }

    /// Applies an edit if the status allows; an approved roster returns to draft.
    private mutating func edit(_ change: (inout [RosterEntry]) -> ModelError?) -> Result<Void, ModelError> {
        guard status.isEditable else {
            return .failure(ModelError(field: "roster", en: "version \(version) of \(monthText) is \(status.rawValue) and frozen; start a new version to change it",
            de: "Version \(version) für \(monthText) ist „\(status.rawValue)“ und festgeschrieben; beginnen Sie eine neue Version, um sie zu ändern"))
        }
        var copy = entries
        if let error = change(&copy) { return .failure(error) }
        entries = copy.sorted { $0.slot < $1.slot }
        waitingReasons.removeAll { r in copy.contains { $0.referral == r.referral } }
        if status == .approved { status = .draft }
        return .success(())
    }

    private static func notPlaced(_ referral: ReferralID) -> ModelError {
        ModelError(field: "referral", en: "referral \(referral) is not in this roster",
            de: "Anmeldung \(referral) steht nicht in diesem Terminplan")
    }

    /// `YYYY-MM`.
    public var monthText: String { "\(year)-" + (month < 10 ? "0" : "") + String(month) }

    // MARK: life cycle

    /// The coordinator approves the draft.
    public mutating func approve() -> Result<Void, TransitionError> { step(to: .approved) }

    /// Publishes an approved version: its entries become appointments and it is frozen.
    public mutating func publish() -> Result<Void, TransitionError> { step(to: .published) }

    /// Marks a published version as replaced by a newer published one.
    public mutating func supersede() -> Result<Void, TransitionError> { step(to: .superseded) }

    private mutating func step(to next: RosterStatus) -> Result<Void, TransitionError> {
        status.transition(to: next).map { status = $0 }
    }

    /// A new draft version with the same entries, for changes after publication.
    public func nextVersion(id newID: RosterID) -> Result<Roster, ModelError> {
        guard status == .published else {
            return .failure(ModelError(field: "roster", en: "version \(version) is \(status.rawValue); only a published version is continued in a new one",
            de: "Version \(version) ist „\(status.rawValue)“; nur eine veröffentlichte Version wird in einer neuen fortgeführt"))
        }
        return .success(Roster(id: newID, year: year, month: month, version: version + 1, status: .draft,
                               entries: entries, bound: bound, waitingReasons: waitingReasons))
    }

    /// What changed from an older version to this one, by referral id.
    public func changes(since older: Roster) -> [RosterChange] {
        var result: [RosterChange] = []
        let before = Dictionary(uniqueKeysWithValues: older.entries.map { ($0.referral, $0.slot) })
        let after = Dictionary(uniqueKeysWithValues: entries.map { ($0.referral, $0.slot) })
        for referral in Set(before.keys).union(after.keys).sorted() {
            switch (before[referral], after[referral]) {
            case let (nil, new?): result.append(.added(referral, new))
            case let (old?, nil): result.append(.removed(referral, old))
            case let (old?, new?) where old != new: result.append(.moved(referral, from: old, to: new))
            default: break
            }
        }
        return result
    }
}
