/// The wire contract of `org.lotse.Specialists`: its varlink IDL, served verbatim by
/// `GetInterfaceDescription` and used by the daemon to validate every call (and, in tests,
/// every reply). Daemon and CLI both read it from here, so neither can drift from it.
public enum SpecialistsProtocol {
    /// The interface's name.
    public static let name = "org.lotse.Specialists"

    /// The IDL text.
    public static let idl = """
    # Specialists who hold consultation sessions.
    interface org.lotse.Specialists

    # A specialist; languages are ISO 639 codes (de, uk, ar, prs, ...).
    type Specialist (
      id: int,
      name: string,
      qualification: string,
      languages: []string,
      email: string,
      user: string
    )

    # Adds a specialist (coordinators).
    method Add(name: string, qualification: string, languages: []string, email: string, user: string) -> (specialist: Specialist)

    # Every specialist, by name.
    method List() -> (specialists: []Specialist)

    \(SharedIDLTypes.invalidValue)

    \(SharedIDLTypes.databaseError)

    """
}
