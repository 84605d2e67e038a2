/// Process exit statuses, from sysexits(3), so that scripts can tell a usage mistake
/// from bad data, a missing daemon or a refusal without parsing messages.
public enum ExitCode: Int32, Sendable {
    /// Success.
    case ok = 0
    /// A general failure that fits no other class.
    case failure = 1
    /// The command line was wrong (EX_USAGE).
    case usage = 64
    /// The input data was wrong (EX_DATAERR).
    case dataError = 65
    /// An input file could not be opened (EX_NOINPUT).
    case noInput = 66
    /// A named thing (client, referral, …) does not exist (EX_NOUSER is 67; we use it for "no such record").
    case noSuchRecord = 67
    /// The daemon is not running or cannot be reached (EX_UNAVAILABLE).
    case unavailable = 69
    /// An internal error in Lotse itself (EX_SOFTWARE).
    case software = 70
    /// An output file could not be created (EX_CANTCREAT).
    case cannotCreate = 73
    /// A temporary failure; trying again later may work (EX_TEMPFAIL).
    case temporaryFailure = 75
    /// The caller's role does not allow this (EX_NOPERM).
    case permissionDenied = 77
    /// The configuration is wrong (EX_CONFIG).
    case configuration = 78

    /// A stable name for scripts (`--json` errors): the same whatever the language.
    public var name: String {
        switch self {
        case .ok: "ok"
        case .failure: "failure"
        case .usage: "usage"
        case .dataError: "data-error"
        case .noInput: "no-input"
        case .noSuchRecord: "not-found"
        case .unavailable: "unavailable"
        case .software: "software"
        case .cannotCreate: "cannot-create"
        case .temporaryFailure: "temporary-failure"
        case .permissionDenied: "permission-denied"
        case .configuration: "configuration"
        }
    }
}
