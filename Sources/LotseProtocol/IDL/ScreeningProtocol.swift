/// The wire contract of `org.lotse.Screening`: its varlink IDL, served verbatim by
/// `GetInterfaceDescription` and used by the daemon to validate every call (and, in tests,
/// every reply). Daemon and CLI both read it from here, so neither can drift from it.
public enum ScreeningProtocol {
    /// The interface's name.
    public static let name = "org.lotse.Screening"

    /// The IDL text.
    public static let idl = """
    # Screening instruments from the configuration, screenings of clients (health data:
    # item answers and result, in their own table). The acute-risk questions come first;
    # a yes queues nothing, alerts the coordinators and returns the emergency route.
    # Scope as in org.lotse.Referrals: a caseworker's call about a client that is not
    # theirs (or does not exist) is PermissionDenied, audited; every read is audited.
    # Recording needs the client's consent to screening in force today; reading needs it
    # too, and a specialist also needs exchange-with-specialist (else InvalidValue with
    # field consent, audited).
    interface org.lotse.Screening

    type Range (low: int, high: int)

    type Band (name: string, low: int, high: int, urgency: (routine, elevated, high), positive: bool)

    # An instrument: item count, answer range per item, scoring (sum or count-yes),
    # scored items, bands and the optional extra rule ("item 15 >= 5"). No item wording;
    # title in English, titleDe in German.
    type Instrument (
      name: string,
      title: string,
      titleDe: string,
      items: int,
      answerRanges: []Range,
      scoring: string,
      scoredItems: []int,
      bands: []Band,
      positiveIf: ?string
    )

    type AcuteRisk (suicidality: bool, dangerToOthers: bool)

    \(SharedIDLTypes.escalation)

    \(SharedIDLTypes.screeningResult(named: "Result"))

    # A stored screening. escalated: an acute-risk question was answered yes (acuteRisk
    # says which); result is then null, escalationRoute says what followed
    # ("emergency-route-shown, coordinators-alerted") and answers holds the item answers
    # given before the escalation (items 1..n), or none when they did not fit the
    # instrument.
    type Screening (
      id: int,
      client: string,
      screenedOn: string,
      recordedBy: string,
      instrument: string,
      answers: []int,
      acuteRisk: AcuteRisk,
      escalated: bool,
      escalationRoute: ?string,
      result: ?Result
    )

    method Instruments() -> (instruments: []Instrument)

    # Scores and stores a screening of the caller's client. answers: one per item, in
    # item order. Acute risk yes: nothing is queued, the coordinators are alerted and
    # escalation is set; for the caller's own client the escalated screening is stored
    # with the answers given so far (items 1..n, kept when each fits its item).
    method Record(client: string, instrument: string, answers: []int, acuteRisk: AcuteRisk) -> (
      screening: ?Screening,
      escalation: ?Escalation
    )

    # The client's screenings, oldest first.
    method List(client: string) -> (screenings: []Screening)

    \(SharedIDLTypes.invalidValue)

    \(SharedIDLTypes.notFound)

    \(SharedIDLTypes.databaseError)

    \(SharedIDLTypes.tooManyAlerts)

    """
}
