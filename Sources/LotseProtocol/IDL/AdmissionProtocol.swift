/// The wire contract of `org.lotse.Admission`: the errors a connection refused at accept
/// reads as the answer to its first call, whatever it called. They are declared in an
/// interface of their own (errors only, no method) so that the refusal carries exactly
/// the parameters its declaration names — `org.varlink.service.PermissionDenied` declares
/// none, so a reason hung on it would be a parameter no IDL promises.
public enum AdmissionProtocol {
    /// The interface's name.
    public static let name = "org.lotse.Admission"

    /// The IDL text.
    public static let idl = """
    # Refusals at accept, before a connection takes a slot or a thread: the refused peer
    # reads one of these errors as the answer to its first call (whatever it called), and
    # the connection is closed. The interface has no method.
    interface org.lotse.Admission

    # The calling account has no role in [roles] under the configuration in force.
    error NoRole ()

    # The daemon (scope daemon, [daemon] max_connections) or the calling account (scope
    # account, [daemon] max_connections_per_account) already holds limit connections;
    # trying again shortly may succeed.
    error ConnectionLimitReached (limit: int, scope: (account, daemon))
    """

    /// `org.lotse.Admission.NoRole`.
    public static let noRole = name + ".NoRole"
    /// `org.lotse.Admission.ConnectionLimitReached`.
    public static let connectionLimitReached = name + ".ConnectionLimitReached"
}
