/// What happened at an appointment (issue 7). Never set automatically: appointments in
/// the past without an outcome stay on the "unresolved" list until someone records one.
public enum Attendance: String, Sendable, Codable, CaseIterable, Worded {
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
    public static let words: [Attendance: (de: String, en: String)] = [
        .attended: ("wahrgenommen", "attended"), .noShow: ("nicht erschienen", "no-show"),
        .cancelledByClient: ("abgesagt (Klient:in)", "cancelled by client"), .cancelledByService: ("abgesagt (Dienst)", "cancelled by service"),
    ]
}
