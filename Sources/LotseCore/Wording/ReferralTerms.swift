/// The words people read for a referral's kind, status and urgency, in the glossary's
/// terms, kept once here so that the CLI's tables and the daemon's refusals say the same
/// (the codes stay on the command line, in JSON and in CSV).
extension ReferralKind: Worded {
    /// `Erstvorstellung`, `Wiedervorstellung`, `Fallberatung`.
    public static let words: [ReferralKind: (de: String, en: String)] = [
        .assessment: ("Erstvorstellung", "assessment"), .followUp: ("Wiedervorstellung", "follow-up"), .consultation: ("Fallberatung", "consultation"),
    ]
}

extension ReferralStatus: Worded {
    /// `wartet`, `terminiert`, … .
    public static let words: [ReferralStatus: (de: String, en: String)] = [
        .waiting: ("wartet", "waiting"), .scheduled: ("terminiert", "scheduled"), .attended: ("wahrgenommen", "attended"),
        .noShow: ("nicht erschienen", "no-show"), .needsRetriage: ("neues Screening nötig", "needs re-screening"),
        .closed: ("abgeschlossen", "closed"), .withdrawn: ("zurückgezogen", "withdrawn"),
    ]
}

extension Urgency: Worded {
    /// `regulär`, `erhöht`, `hoch`.
    public static let words: [Urgency: (de: String, en: String)] = [.routine: ("regulär", "routine"), .elevated: ("erhöht", "elevated"), .high: ("hoch", "high")]
}
