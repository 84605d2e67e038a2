/// The wire contract of `org.lotse.Caseworkers`: its varlink IDL, served verbatim by
/// `GetInterfaceDescription` and used by the daemon to validate every call (and, in tests,
/// every reply). Daemon and CLI both read it from here, so neither can drift from it.
public enum CaseworkersProtocol {
    /// The interface's name.
    public static let name = "org.lotse.Caseworkers"

    /// The IDL text.
    public static let idl = """
    # Caseworkers' mail addresses and languages, for their reminders.
    interface org.lotse.Caseworkers

    # A caseworker: the Unix user, the address (empty when cleared: no mail), the
    # language of the mail and of generated help-plan text (de or en).
    type Caseworker (user: string, email: string, language: (de, en))

    # Records or replaces a caseworker's entry (coordinators). user must be an existing
    # account holding the caseworker role; an empty email clears the address.
    method Set(user: string, email: string, language: ?(de, en)) -> (caseworker: Caseworker)

    # Deletes a caseworker's entry; refused while they have active clients.
    method Remove(user: string) -> (removed: string)

    # Every caseworker entry, by user.
    method List() -> (caseworkers: []Caseworker)

    \(SharedIDLTypes.invalidValue)

    # There is no entry for that user.
    \(SharedIDLTypes.notFound)

    # The step is not possible now (messageDe: the same in German).
    error InvalidState (message: string, messageDe: string)

    \(SharedIDLTypes.databaseError)

    """
}
