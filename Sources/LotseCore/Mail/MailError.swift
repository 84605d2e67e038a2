/// Errors from composing a message; each names what is wrong.
public enum MailError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The time-zone database lacks the zone (tzdata not installed).
    case timeZoneMissing(String)
    /// A Message-ID could not be made from this reminder key or domain.
    case badMessageID(String)

    /// One sentence for people (English).
    public var description: String { text(in: .en) }

    /// The sentence in `language`.
    public func text(in language: MessageLanguage) -> String {
        switch self {
        case .timeZoneMissing(let zone):
            return language.pick(de: "Die Zeitzone \(zone) fehlt; installieren Sie das Paket tzdata.",
                                 en: "The time zone \(zone) is not available; install the tzdata package.")
        case .badMessageID(let detail):
            return language.pick(de: "Es lässt sich keine Message-ID bilden: \(detail).", en: "No Message-ID can be made: \(detail).")
        }
    }
}
