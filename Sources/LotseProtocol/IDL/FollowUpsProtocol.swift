/// The wire contract of `org.lotse.FollowUps`: its varlink IDL, served verbatim by
/// `GetInterfaceDescription` and used by the daemon to validate every call (and, in tests,
/// every reply). Daemon and CLI both read it from here, so neither can drift from it.
public enum FollowUpsProtocol {
    /// The interface's name.
    public static let name = "org.lotse.FollowUps"

    /// The IDL text.
    public static let idl = """
    # Follow-up steps (issue 7). A step is visible to its owner, the client's caseworker,
    # the specialist whose assessment set it, and coordinators; the same people may mark
    # it done or hand it to someone else. Every read and change is audited.
    interface org.lotse.FollowUps

    \(SharedIDLTypes.step)

    # scope: mine (default: the caller's own open steps), overdue (every overdue step the
    # caller may see), all (every step the caller may see); client narrows to one client
    # (then all statuses); status: open, done or dropped.
    method List(scope: ?(mine, overdue, all), client: ?string, status: ?(open, done, dropped)) -> (steps: []Step)

    # Marks a step done.
    method Done(step: int) -> (step: Step)

    # Hands an open step to another owner; user defaults to the client's caseworker, the
    # assessment's specialist, or (for coordinator) the calling coordinator.
    method Reassign(step: int, role: (caseworker, specialist, coordinator), user: ?string) -> (step: Step)

    \(SharedIDLTypes.invalidValue)

    \(SharedIDLTypes.notFound)

    \(SharedIDLTypes.databaseError)

    """
}
