/// The wire contract of `org.lotse.Assessments`: its varlink IDL, served verbatim by
/// `GetInterfaceDescription` and used by the daemon to validate every call (and, in tests,
/// every reply). Daemon and CLI both read it from here, so neither can drift from it.
public enum AssessmentsProtocol {
    /// The interface's name.
    public static let name = "org.lotse.Assessments"

    /// The IDL text.
    public static let idl = """
    # Appointments, attendance and one-time assessments. A specialist sees only the
    # appointments of their own sessions, and of each client what the client's consent in
    # force today allows: pseudonym, language, interpreter, kind and urgency with the
    # scope referral; the caseworker's referral note and the screening result only with
    # exchange-with-specialist too. Assessment notes are health data: the specialist who
    # wrote them reads them, the client's caseworker only with exchange-with-specialist; a
    # coordinator sees that an assessment exists, its recommendation codes and steps.
    # Fields not open to the caller are null (lists empty). Every read, write and denial
    # is audited.
    interface org.lotse.Assessments

    \(SharedIDLTypes.screeningResult(named: "Screening"))

    # The client's latest escalated screening: acute risk was reported on screenedOn
    # (acuteRisk: which question), escalationRoute says what followed.
    type Escalation (screenedOn: string, acuteRisk: AcuteRisk, escalationRoute: string)

    type AcuteRisk (suicidality: bool, dangerToOthers: bool)

    # One appointment; escalation: the client's latest escalated screening, or null;
    # attendance: attended, no-show, cancelled-by-client,
    # cancelled-by-service, or null while nobody recorded one. unresolved: held before
    # today and still without an outcome.
    type Appointment (
      id: int,
      referral: int,
      client: ?string,
      kind: ?string,
      urgency: ?(routine, elevated, high),
      language: ?string,
      interpreter: ?bool,
      caseworker: string,
      referralNote: ?string,
      screening: ?Screening,
      escalation: ?Escalation,
      session: int,
      slot: int,
      date: string,
      time: string,
      minutes: int,
      place: string,
      specialist: int,
      specialistName: string,
      attendance: ?string,
      assessment: ?int,
      unresolved: bool
    )

    type Recommendation (code: string, months: ?int, labelDe: string, labelEn: string)

    \(SharedIDLTypes.step)

    # note is null and noteVisible false unless the caller may read the note.
    type Assessment (
      id: int,
      referral: int,
      client: ?string,
      specialist: int,
      specialistName: string,
      appointmentDate: string,
      noteVisible: bool,
      note: ?string,
      recommendations: []Recommendation,
      steps: []Step
    )

    # A recommendation from the configured catalogue; months only for "present again".
    type RecommendationInput (code: string, months: ?int)

    # ownerUser defaults to the referral's caseworker, the recording specialist, or the
    # coordinator who published the roster. dueOn YYYY-MM-DD, not before the appointment.
    type StepInput (description: string, owner: string, ownerUser: ?string, dueOn: string)

    # The caller's appointments on a day (default today; a coordinator: every session's),
    # and the unresolved ones.
    method Today(date: ?string) -> (date: string, appointments: []Appointment, unresolved: []Appointment)

    # The appointments of one session (a specialist: their own sessions only).
    method Session(session: int) -> (session: int, appointments: []Appointment)

    # Appointments held before today without an outcome (a specialist: their own).
    method Unresolved() -> (appointments: []Appointment)

    # Records what happened. attended and no-show only on or after the day; a no-show
    # returns the referral to the waiting list by [planning] no_show; a cancellation
    # returns it at the head of its urgency, frees the slot and tells the specialist (as
    # org.lotse.Appointments.Cancel does). A caseworker may record cancelled-by-client for
    # their own referral.
    method RecordAttendance(appointment: int, attendance: string) -> (appointment: Appointment, referralStatus: string)

    # Records the assessment of an attended appointment of the caller's (recording
    # attended first if nobody did); once per referral. Adds the recommendations and
    # steps to the client's help plan as a new version by the specialist, and for
    # "present again in N months" a follow-up referral waiting until then.
    method Record(appointment: int, note: string, recommendations: []RecommendationInput, steps: []StepInput)
      -> (assessment: Assessment, helpPlanVersion: ?int, followUpReferral: ?int)

    # Corrects an assessment of the caller's own within [assessments] amend_days of
    # recording it: a new version (the old one is kept), with a new note and/or a new set
    # of recommendations and/or steps added; reason says why (kept with the version).
    # The help plan gets a version that follows it; a changed "present again" replaces
    # the waiting follow-up referral.
    method Amend(id: int, reason: string, note: ?string, recommendations: ?[]RecommendationInput, steps: ?[]StepInput)
      -> (assessment: Assessment, version: int, helpPlanVersion: ?int, followUpReferral: ?int)

    # One version of an assessment; writtenAt ISO 8601 UTC; reason null for the first;
    # note null unless the caller may read the note (as in Assessment).
    type Version (
      number: int,
      note: ?string,
      recommendations: []Recommendation,
      steps: []int,
      writtenBy: string,
      writtenAt: string,
      reason: ?string
    )

    # Every version of an assessment, oldest first (for those who may read its note).
    method History(id: int) -> (versions: []Version)

    # One assessment.
    method Get(id: int) -> (assessment: Assessment)

    # A client's assessments, oldest first.
    method List(client: string) -> (assessments: []Assessment)

    \(SharedIDLTypes.invalidValue)

    \(SharedIDLTypes.notFound)

    \(SharedIDLTypes.databaseError)

    """
}
