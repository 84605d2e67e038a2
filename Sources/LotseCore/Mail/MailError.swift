/// Errors from composing a message; each names what is wrong.
public enum MailError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The time-zone database lacks the zone (tzdata not installed).
    case timeZoneMissing(String)
    /// A Message-ID could not be made from this reminder key or domain.
    case badMessageID(String)

    /// One sentence for people.
    public var description: String {
        switch self {
        case .timeZoneMissing(let zone): return "The time zone \(zone) is not available; install the tzdata package."
        case .badMessageID(let detail): return "No Message-ID can be made: \(detail)."
        }
    }
}
