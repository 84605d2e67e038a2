/// The wire contract of `org.lotse.Referrals`: its varlink IDL, served verbatim by
/// `GetInterfaceDescription` and used by the daemon to validate every call (and, in tests,
/// every reply). Daemon and CLI both read it from here, so neither can drift from it.
public enum ReferralsProtocol {
    /// The interface's name.
    public static let name = "org.lotse.Referrals"

    /// The IDL text.
    public static let idl = """
    # Clients (pseudonyms only) and their referrals to the consultation service.
    #
    # Scope: a caseworker sees and changes only their own clients and referrals. Any
    # other pseudonym or referral id - another caseworker's or one that does not exist -
    # is answered with org.varlink.service.PermissionDenied, identically, so that the
    # answer never reveals whether it exists; the attempt is audited. Coordinators see
    # every client of the district; to them an unknown record is NotFound. Every read and write of client data is audited.
    # Dates are YYYY-MM-DD (Europe/Berlin), instants ISO 8601 UTC.
    interface org.lotse.Referrals

    # onPaper: given on a paper form, givenOn being the form's date (it may precede
    # the case); recordedOn: the day it was entered in Lotse.
    type Consent (givenOn: string, scope: []string, withdrawnOn: ?string, onPaper: bool, recordedOn: ?string)

    type Client (
      pseudonym: string,
      caseworker: string,
      municipality: string,
      status: (active, closed),
      openedOn: string,
      closedOn: ?string,
      consents: []Consent,
      openReferral: ?int,
      purgeOn: ?string
    )

    # The two acute-risk questions, asked before anything else. A yes to either means
    # nothing is queued: the reply carries the emergency route instead.
    type AcuteRisk (suicidality: bool, dangerToOthers: bool)

    \(SharedIDLTypes.escalation)

    \(SharedIDLTypes.screeningResult(named: "ScreeningResult"))

    \(SharedIDLTypes.placement)

    # Fields the client's consent in force today does not open to the caller are null
    # (lists empty): planning fields need the scope referral, the note, urgency and
    # override reasons too, the screening result the scope screening.
    type Referral (
      id: int,
      client: ?string,
      caseworker: string,
      municipality: string,
      kind: ?string,
      urgency: ?(routine, elevated, high),
      urgencyReason: ?string,
      screening: ?ScreeningResult,
      language: ?string,
      interpreter: ?bool,
      unavailableDates: []string,
      preferredSpecialist: ?int,
      excludedSpecialists: []int,
      note: ?string,
      status: string,
      referredOn: string,
      notBefore: ?string,
      consentGivenOn: ?string,
      consentOverrideReason: ?string,
      withdrawalReason: ?string,
      waitingDays: int,
      overWaitingLimit: ?bool,
      placement: ?Placement
    )

    # Opens a client for the calling caseworker; the daemon issues the next free
    # K-YYYY-NNNN. Coordinators may open one for a caseworker (caseworker) and choose its
    # pseudonym, which must be unused. A caseworker who gives a pseudonym is refused with
    # PermissionDenied whether it exists or not (the answer never reveals a client), and
    # the refusal is audited, as is a taken pseudonym.
    method CreateClient(pseudonym: ?string, municipality: string, caseworker: ?string) -> (client: Client)

    method GetClient(client: string) -> (client: Client)

    # The caller's clients (coordinators: all, or one caseworker's).
    method ListClients(caseworker: ?string) -> (clients: []Client)

    # Records a consent given on givenOn (not in the future) for the scopes
    # (screening, referral, exchange-with-specialist). givenOn may precede the case's
    # opening only with onPaper: a form signed before the case was opened in Lotse.
    method RecordConsent(client: string, givenOn: string, scope: []string, onPaper: ?bool) -> (client: Client)

    # Closes the case today (refused while a referral is open); its data is deleted
    # [retention] months_after_close later (purgeOn).
    method CloseClient(client: string) -> (client: Client)

    # Reopens a closed case before its data was deleted.
    method ReopenClient(client: string) -> (client: Client)

    # The client withdraws consent: every consent in force ends on withdrawnOn (default
    # today, not in the future); with scope, only those scopes end and the others are
    # recorded anew from that day. Nothing the ended scopes protect is used from then on:
    # without referral in force the open referral is withdrawn (its slot freed).
    method WithdrawConsent(client: string, withdrawnOn: ?string, scope: ?[]string) -> (client: Client, withdrawn: int)

    # Coordinators: hands the client (and its open referral) to another caseworker.
    method HandOver(client: string, caseworker: string) -> (client: Client)

    # Submits a referral. The urgency comes from screening (a stored screening's id; by
    # default the client's latest), or is given with urgencyReason. Without a recorded
    # consent covering referrals, consentOverrideReason is required (stored, audited).
    # Acute risk answered yes: no referral, escalation is set.
    method Submit(
      client: ?string,
      acuteRisk: AcuteRisk,
      kind: string,
      language: string,
      interpreter: bool,
      urgency: ?(routine, elevated, high),
      urgencyReason: ?string,
      screening: ?int,
      unavailableDates: ?[]string,
      preferredSpecialist: ?int,
      excludedSpecialists: ?[]int,
      note: ?string,
      consentOverrideReason: ?string
    ) -> (referral: ?Referral, escalation: ?Escalation)

    # Referrals, oldest first: the caller's (coordinators: all, or one caseworker's),
    # filtered by status and by the month referred in (YYYY-MM).
    method List(status: ?[]string, month: ?string, caseworker: ?string) -> (
      referrals: []Referral,
      today: string,
      waitingLimitWeeks: int
    )

    method Get(id: int) -> (referral: Referral, today: string)

    # Changes a waiting referral; absent fields stay. preferredSpecialist 0 clears it.
    method Update(
      id: int,
      kind: ?string,
      language: ?string,
      interpreter: ?bool,
      urgency: ?(routine, elevated, high),
      urgencyReason: ?string,
      unavailableDates: ?[]string,
      preferredSpecialist: ?int,
      excludedSpecialists: ?[]int,
      note: ?string
    ) -> (referral: Referral)

    # An appointment cancelled because its referral was withdrawn.
    type CancelledAppointment (id: int, date: string, time: string)

    # Withdraws an open referral. An appointment still to come is cancelled as the client's
    # cancellation (the specialist is told); cancelledAppointment names it (date YYYY-MM-DD,
    # time HH:MM), else null.
    method Withdraw(id: int, reason: string) -> (referral: Referral, cancelledAppointment: ?CancelledAppointment)

    \(SharedIDLTypes.invalidValue)

    \(SharedIDLTypes.notFound)


    # The client already has an open referral (its id).
    error OpenReferralExists (client: string, referral: int)

    # Only a waiting referral can be changed.
    error NotWaiting (id: int, status: string)

    # The caller created [daemon] new_clients_per_hour clients within the last hour;
    # another is possible after retryAfterSeconds.
    error TooManyNewClients (limit: int, retryAfterSeconds: int)

    \(SharedIDLTypes.databaseError)

    \(SharedIDLTypes.tooManyAlerts)

    """
}
