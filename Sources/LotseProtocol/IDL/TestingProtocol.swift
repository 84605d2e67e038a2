// Test-only: a release build (the packaged daemon) does not contain this interface, not
// even its name, so no environment can switch it on in production.
#if DEBUG
/// The wire contract of `org.lotse.Testing`: its varlink IDL, served verbatim by
/// `GetInterfaceDescription` and used by the daemon to validate every call (and, in tests,
/// every reply). Daemon and CLI both read it from here, so neither can drift from it.
public enum TestingProtocol {
    /// The interface's name.
    public static let name = "org.lotse.Testing"

    /// The error a test daemon sends instead of a reply that breaks its method's IDL.
    public static let replyBreaksIDL = name + ".ReplyBreaksIDL"

    /// The IDL text.
    public static let idl = """
    # Test-only methods; present only when lotsed runs with LOTSE_TEST_INTERFACES=1.
    interface org.lotse.Testing

    # Sleeps, then answers; proves that a call in flight survives SIGTERM.
    method Sleep(milliseconds: int) -> (slept: int)

    # Streams count replies (call with more).
    method Count(count: int) -> (index: int)

    # Declared but deliberately without an implementation.
    method Unimplemented() -> ()

    # Sent instead of a reply that breaks the IDL of the method it answers (an output of
    # the wrong shape, an error its interface does not declare); breach says how.
    error ReplyBreaksIDL (method: string, breach: string)

    """
}
#endif
