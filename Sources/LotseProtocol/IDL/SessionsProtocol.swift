/// The wire contract of `org.lotse.Sessions`: its varlink IDL, served verbatim by
/// `GetInterfaceDescription` and used by the daemon to validate every call (and, in tests,
/// every reply). Daemon and CLI both read it from here, so neither can drift from it.
public enum SessionsProtocol {
    /// The interface's name.
    public static let name = "org.lotse.Sessions"

    /// The IDL text.
    public static let idl = """
    # Consultation sessions, single or recurring (RRULE subset, Europe/Berlin).
    interface org.lotse.Sessions

    # One session; date YYYY-MM-DD, start HH:MM (Europe/Berlin); status scheduled or cancelled.
    type Session (
      id: int,
      specialist: int,
      specialistName: string,
      date: string,
      start: string,
      slots: int,
      slotMinutes: int,
      place: string,
      kinds: []string,
      interpreterLanguages: []string,
      status: (scheduled, cancelled),
      series: ?int
    )

    # Adds a session, or with rrule every occurrence of a recurring one from date on, at
    # most twelve months ahead; cutAfter (YYYY-MM-DD) is the last day added when the rule
    # goes on beyond that (add the rest later), else null.
    # kinds: assessment, follow-up, consultation.
    method Add(specialist: int, date: string, start: string, slots: int, slotMinutes: int, place: string,
               kinds: []string, interpreterLanguages: ?[]string, rrule: ?string, past: ?bool)
      -> (series: ?int, sessions: []Session, cutAfter: ?string)

    # Sessions of a month (YYYY-MM; default: the current one).
    method List(month: ?string) -> (sessions: []Session)

    # Cancels a session, or with series=true every occurrence of its series from it on.
    # Booked clients return to the head of the waiting list; their caseworkers are told.
    method Cancel(session: int, series: ?bool) -> (cancelled: []int, returnedReferrals: []int, mailsQueued: int)

    \(SharedIDLTypes.invalidValue)

    \(SharedIDLTypes.notFound)

    # The session is already cancelled.
    error InvalidState (message: string, messageDe: string)

    \(SharedIDLTypes.databaseError)

    """
}
