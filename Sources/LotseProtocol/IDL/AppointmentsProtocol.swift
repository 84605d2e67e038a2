/// The wire contract of `org.lotse.Appointments`: its varlink IDL, served verbatim by
/// `GetInterfaceDescription` and used by the daemon to validate every call (and, in tests,
/// every reply). Daemon and CLI both read it from here, so neither can drift from it.
public enum AppointmentsProtocol {
    /// The interface's name.
    public static let name = "org.lotse.Appointments"

    /// The IDL text.
    public static let idl = """
    # Booked appointments: cancelling one before it takes place. A caseworker may cancel
    # the appointments of their own referrals, a coordinator any. Every change is audited.
    interface org.lotse.Appointments

    # Cancels an appointment on or before its day: the slot becomes free (lotse roster
    # refill offers it to the waiting list), the referral waits again at the head of its
    # urgency (the day is noted as one the client cannot come), the appointment's
    # reminders are dropped and the session's specialist is told by mail. reason is kept
    # with the appointment and never mailed. by: client (default) or service
    # (coordinators only). month is the roster month (YYYY-MM) the slot belongs to.
    method Cancel(appointment: int, reason: string, by: ?(client, service)) -> (
      appointment: int,
      referral: int,
      client: ?string,
      date: string,
      time: string,
      slot: string,
      month: string,
      attendance: string,
      referralStatus: string,
      specialistNotified: bool,
      mailsQueued: int
    )

    \(SharedIDLTypes.invalidValue)

    \(SharedIDLTypes.notFound)

    \(SharedIDLTypes.databaseError)

    """
}
