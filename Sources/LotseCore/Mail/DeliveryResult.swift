/// What one sendmail run came to, and what Lotse does next.
///
/// Follows the sysexits codes as real MTAs use them (see DESIGN.md "Mail"): only 64 (usage),
/// 65 (data), 67 (no such user), 68 (no such host), 77 (permission) and 78 (configuration)
/// are taken as permanent; everything else — 69 too, which msmtp returns for temporary SMTP
/// errors, 75 (tempfail), any other code, death by a signal, a timeout, or a sendmail that
/// could not be started — is retried. Exit 0 means the MTA accepted the message (Exim
/// returns 0 even for recipients it later bounces), not that it was delivered.
public enum DeliveryResult: Sendable, Equatable {
    /// Accepted by the MTA.
    case sent
    /// Will never succeed as it is; the coordinator is told.
    case permanentFailure(String)
    /// Try again after the back-off.
    case temporaryFailure(String)

    /// The exit codes treated as permanent.
    public static let permanentExitCodes: Set<Int32> = [64, 65, 67, 68, 77, 78]

    /// The result for how sendmail ended.
    public static func classify(_ ending: SendmailEnding) -> DeliveryResult {
        switch ending {
        case .exited(0):
            return .sent
        case .exited(let code) where permanentExitCodes.contains(code):
            return .permanentFailure(MailProblemText.exited.english("\(code)"))
        case .exited(let code):
            return .temporaryFailure(MailProblemText.exited.english("\(code)"))
        case .signalled(let signal):
            return .temporaryFailure(MailProblemText.killedBySignal.english("\(signal)"))
        case .timedOut(let seconds):
            return .temporaryFailure(MailProblemText.timedOut.english("\(Int(seconds))"))
        case .couldNotStart(let reason):
            return .temporaryFailure(reason)
        }
    }

    /// True for `.sent`.
    public var isSent: Bool { self == .sent }
}

/// How a sendmail run ended, as the transport observed it.
public enum SendmailEnding: Sendable, Equatable {
    /// Exited with this status.
    case exited(Int32)
    /// Killed by this signal (not by Lotse's timeout).
    case signalled(Int32)
    /// Ran past the timeout (seconds) and was killed by Lotse.
    case timedOut(Double)
    /// Could not be started: missing, not executable, … (the reason, one sentence).
    case couldNotStart(String)
}
