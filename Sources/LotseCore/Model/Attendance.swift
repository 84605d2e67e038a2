/// What happened at an appointment (issue 7). Never set automatically: appointments in
/// the past without an outcome stay on the "unresolved" list until someone records one.
public enum Attendance: String, Sendable, Codable, CaseIterable {
    /// The client (or, for a consultation, the caseworker) came.
    case attended
    /// Nobody came and nobody cancelled.
    case noShow = "no-show"
    /// The client cancelled beforehand.
    case cancelledByClient = "cancelled-by-client"
    /// The service cancelled (specialist ill, session cancelled).
    case cancelledByService = "cancelled-by-service"

    /// Whether the slot was lost so that the coordinator should be offered a refill.
    public var freesSlot: Bool { self != .attended }

    /// The outcome in words, for every sentence that names one (the CLI's tables and
    /// confirmations, the daemon's refusal of a second outcome): the code stays in JSON.
    public func name(in language: MessageLanguage) -> String {
        switch self {
        case .attended: language.pick(de: "wahrgenommen", en: "attended")
        case .noShow: language.pick(de: "nicht erschienen", en: "no-show")
        case .cancelledByClient: language.pick(de: "abgesagt (Klient:in)", en: "cancelled by client")
        case .cancelledByService: language.pick(de: "abgesagt (Dienst)", en: "cancelled by service")
        }
    }
}
