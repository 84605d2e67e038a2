/// The wire contract of `org.lotse.Reports`: its varlink IDL, served verbatim by
/// `GetInterfaceDescription` and used by the daemon to validate every call (and, in tests,
/// every reply). Daemon and CLI both read it from here, so neither can drift from it.
public enum ReportsProtocol {
    /// The interface's name.
    public static let name = "org.lotse.Reports"

    /// The IDL text.
    public static let idl = """
    # The yearly (or quarterly) report: aggregate figures with small numbers hidden.
    interface org.lotse.Reports

    # The report for a year, a quarter of it, or whole quarters from one day to another
    # (YYYY-MM-DD, from a quarter's first to a quarter's last day); format is html, csv
    # or json; language de (default) or en; csvForm spreadsheet (default: semicolons,
    # byte-order mark, words in the language) or machine (RFC 4180, English keys).
    # content is the whole file; fileName a suggestion such as report-2027.html.
    method Build(year: ?int, quarter: ?int, from: ?string, to: ?string, format: (html, csv, json), language: ?(de, en), csvForm: ?(spreadsheet, machine)) -> (content: string, fileName: string)

    \(SharedIDLTypes.invalidValue)

    \(SharedIDLTypes.databaseError)

    """
}
