/// IDL types that several interfaces declare alike. A varlink type belongs to the
/// interface that declares it, so each IDL carries its own copy; the text is kept once
/// here so the copies cannot drift apart.
enum SharedIDLTypes {
    /// The one error for a wrong value, declared alike by every interface that takes
    /// values from people, so that the command line words it one way whichever interface
    /// refused.
    static let invalidValue = """
    # A value is wrong: field names the request's field, message says why in English,
    # messageDe the same in German.
    error InvalidValue (field: string, message: string, messageDe: string)
    """

    /// The one error for a record that does not exist, declared alike by every interface
    /// that looks records up (clients, referrals, sessions, mails …).
    static let notFound = """
    # No such record: record names its kind (client, referral, session, outbox message …),
    # id the number or pseudonym asked for; message and messageDe say it in English and German.
    error NotFound (record: string, id: string, message: string, messageDe: string)
    """

    /// What an acute-risk report led to (org.lotse.Screening and org.lotse.Referrals).
    static let escalation = """
    # What an acute-risk report led to: the emergency route (de, en); alert "sent"
    # (coordinatorsAlerted mails queued now) or "coalesced" (a repeat by the same account
    # for the same pseudonym within repeatWindowMinutes: no new mail, firstAlertAt is
    # when the alert went out, reports counts this report too); ownClient false alike for
    # a mistyped, unknown or another caseworker's pseudonym (the alert still goes out and
    # says so).
    type Escalation (
      emergencyText: [string]string,
      coordinatorsAlerted: int,
      client: ?string,
      ownClient: bool,
      alert: (sent, coalesced),
      firstAlertAt: ?string,
      reports: int,
      repeatWindowMinutes: int
    )
    """

    /// A scored screening result with the rule that decided it, under the name the
    /// interface gives it (`Result`, `ScreeningResult`, `Screening`).
    static func screeningResult(named name: String) -> String {
        """
        # decidedBy: band, or item-rule when only the extra item rule made it positive (rule
        # and ruleItem then name it, e.g. "item 15 >= 5" and 15; null when the instrument is
        # no longer configured).
        type \(name) (
          instrument: string,
          score: int,
          band: string,
          positive: bool,
          positiveByItemRule: bool,
          decidedBy: string,
          rule: ?string,
          ruleItem: ?int,
          urgency: (routine, elevated, high)
        )
        """
    }

    /// The error of an acute-risk report refused by the per-account cap.
    static let tooManyAlerts = """
    # Acute risk reported for a pseudonym that is not one of the caller's clients after
    # [emergency] alerts_per_hour such alerts within the last hour: no alert was sent
    # (the emergency route applies all the same; call the coordinators directly).
    error TooManyAlerts (limit: int, retryAfterSeconds: int)
    """

    /// The store failed (every interface that touches the database declares it alike, so a
    /// full disk or a busy database reads the same, in German and in English, whatever
    /// was called).
    static let databaseError = """
    # The database failed and nothing was changed (a full disk, a database busy with
    # another writer, ...): message says what happened and what to do, messageDe the same
    # in German.
    error DatabaseError (message: string, messageDe: string)
    """

    /// Where a referral stands (org.lotse.Referrals and org.lotse.Roster).
    static let placement = """
    # Where the referral stands, as every view shows it: kind appointment (booked: the
    # slot fields and appointment), draft (an entry of a live draft: the slot fields,
    # month and version), waiting (reason and detail from the roster month and version
    # that gave them) or not-before (not planned before notBefore). Fields that do not
    # apply are null. (kind stays a string: not-before is no varlink enum name.) reason is
    # the code for scripts; detail says it in English and detailDe in German, as an
    # error's message and messageDe.
    type Placement (
      kind: string,
      sessionId: ?int,
      date: ?string,
      time: ?string,
      place: ?string,
      slot: ?int,
      slotId: ?string,
      specialist: ?string,
      appointment: ?int,
      reason: ?string,
      detail: ?string,
      detailDe: ?string,
      month: ?string,
      version: ?int,
      notBefore: ?string
    )
    """

    /// A follow-up step (org.lotse.Assessments and org.lotse.FollowUps).
    static let step = """
    # A follow-up step; ownerRole: who owns it; overdue: open and due before today.
    type Step (
      id: int,
      client: ?string,
      assessment: ?int,
      description: string,
      ownerRole: (caseworker, specialist, coordinator),
      ownerUser: string,
      dueOn: string,
      status: (open, done, dropped),
      overdue: bool
    )
    """
}
