/// The wire contract of `org.lotse.Roster`: its varlink IDL, served verbatim by
/// `GetInterfaceDescription` and used by the daemon to validate every call (and, in tests,
/// every reply). Daemon and CLI both read it from here, so neither can drift from it.
public enum RosterProtocol {
    /// The interface's name.
    public static let name = "org.lotse.Roster"

    /// A slot's fields, which an entry of the roster and a free slot share: written once so
    /// that the two cannot drift apart.
    static let slotFields = """
    slot: string,
      date: ?string,
      start: ?string,
      minutes: ?int,
      place: ?string,
      specialist: ?string,
      sessionCancelled: ?bool
    """

    /// The IDL text.
    public static let idl = """
    # The monthly roster: planning, review, approval, publication, refills, waiting list, exports.
    # month is YYYY-MM; slot is SESSION-INDEX (12-3); referral is the referral's number.
    interface org.lotse.Roster

    # One version of a month's roster. status is draft, approved, published or superseded;
    # objective is the sum of the entries' weights, bound a proven upper bound on it.
    type Version (
      id: int,
      month: string,
      version: int,
      status: (draft, approved, published, superseded),
      objective: int,
      bound: int,
      entries: int,
      versions: ?[]int
    )

    # A slot: SESSION-INDEX with its time and place (only slot when its session is gone).
    # The referral fields below are those the roster shows: never notes or scores; kind,
    # language, interpreter and urgency are null where the caller may not see them (an
    # admin; a coordinator without the client's consent to referral in force today).
    type Entry (
      referral: int,
      client: ?string,
      caseworker: ?string,
      municipality: ?string,
      kind: ?string,
      language: ?string,
      interpreter: ?bool,
      urgency: ?(routine, elevated, high),
      referredOn: ?string,
      \(slotFields),
      state: ?string,
      weight: int,
      pinned: bool,
      manual: bool
    )

    type FreeSlot (
      \(slotFields)
    )

    \(SharedIDLTypes.placement)

    # A waiting referral: waitingWeeks, overLimit (longer than the configured limit),
    # atHeadOfUrgency (returned to the head of its urgency), its standing and, from it,
    # reason, detail (English), detailDe (German), month and version.
    type WaitingReferral (
      referral: int,
      client: ?string,
      caseworker: string,
      municipality: string,
      kind: ?string,
      language: ?string,
      interpreter: ?bool,
      urgency: ?(routine, elevated, high),
      referredOn: string,
      waitingWeeks: int,
      overLimit: bool,
      atHeadOfUrgency: bool,
      standing: ?Placement,
      reason: ?string,
      detail: ?string,
      detailDe: ?string,
      month: ?string,
      version: ?int
    )

    # One change against the previous version: added (to), removed (from) or moved
    # (from, to); text says it in a line.
    type Change (
      change: (added, removed, moved),
      referral: int,
      client: ?string,
      from: ?string,
      to: ?string,
      text: string
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
      entries: []Entry,
      freeSlots: []FreeSlot,
      waiting: []WaitingReferral,
      previousVersion: ?int,
      changes: []Change
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
    method Refill(month: string) -> (roster: Version, offers: []Entry)

    # The waiting list: urgency, then returned-to-head, then waiting time. Each referral
    # with its standing (kind draft: an entry of a live draft of month/version; waiting:
    # the reason the newest version of month gave, or how its appointment there ended;
    # not-before: not planned before notBefore; null: not planned yet) and reason, detail,
    # month and version from it. With month only that month's versions count. overLimit
    # when longer than the configured limit.
    method Waiting(month: ?string) -> (waitingLimitWeeks: int, referrals: []WaitingReferral)

    # The roster as csv, ics (RFC 5545) or html (printable, self-contained); language de
    # or en. csv is for spreadsheets unless csvForm is machine: spreadsheet (the default)
    # has semicolons, a byte-order mark, headers and words in the language, dates and
    # numbers as that language's spreadsheet reads them and no formula; machine is RFC
    # 4180 with commas and English keys. Coordinators only. A referral's language,
    # interpreter, kind and urgency are withheld when the client's consent to referral is
    # not in force today, in every version.
    method Export(month: string, version: ?int, format: (csv, ics, html), language: ?(de, en), csvForm: ?(spreadsheet, machine)) -> (content: string, fileName: string)

    # The month's problem in lotse-plan/1, as the next Plan would hand it to the solver
    # (pinned, manual and booked entries taken out), for what-ifs with lotse solve.
    method Problem(month: string) -> (content: string, fileName: string)

    \(SharedIDLTypes.invalidValue)

    \(SharedIDLTypes.notFound)

    # The step does not fit the roster's state (nothing to approve, frozen, …).
    error InvalidState (message: string, messageDe: string)

    # A manual placement breaks a hard constraint; constraint names it (language, kind,
    # unavailable, excluded, not-waiting, not-before, slot-taken, caseworker-busy,
    # client-busy, quota, session-cancelled, month, past).
    error PlacementRefused (constraint: string, message: string, messageDe: string)

    \(SharedIDLTypes.databaseError)

    """
}
