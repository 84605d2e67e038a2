/// The wire contract of `org.lotse.Mail`: its varlink IDL, served verbatim by
/// `GetInterfaceDescription` and used by the daemon to validate every call (and, in tests,
/// every reply). Daemon and CLI both read it from here, so neither can drift from it.
public enum MailProtocol {
    /// The interface's name.
    public static let name = "org.lotse.Mail"

    /// The IDL text.
    public static let idl = """
    # The reminder outbox: delivery state of every mail and sending a failed one again.
    # Coordinators and admins only.
    interface org.lotse.Mail

    # One mail in the outbox. Times are ISO 8601, UTC. state is pending, sending,
    # sent or failed; moot is true when the reminder is no longer needed and will not go.
    # messageId is opaque (it names no client, kind or account). To an admin, kind is
    # "withheld" for mail about screening, follow-up steps or a help plan.
    type Entry (
      id: int,
      kind: string,
      recipient: string,
      state: (pending, sending, sent, failed),
      moot: bool,
      attempts: int,
      nextAttemptAt: string,
      createdAt: string,
      sentAt: ?string,
      lastExitCode: ?int,
      lastError: ?string,
      messageId: string
    )

    # The newest mails first; state limits to one state (moot: the mails no longer needed,
    # whatever their state; any other state leaves those out), limit to a number (default 200).
    method Outbox(state: ?(pending, sending, sent, failed, moot), limit: ?int) -> (entries: []Entry)

    # Makes a failed (or waiting) mail due at once; it keeps its Message-ID.
    method Retry(id: int) -> (entry: Entry)

    \(SharedIDLTypes.notFound)

    # The mail is sending or sent and cannot be sent again.
    error NotRetryable (id: int, state: (pending, sending, sent, failed))

    # The mail is no longer needed (its appointment passed or was cancelled).
    error Moot (id: int)

    \(SharedIDLTypes.databaseError)

    """
}
