/// The words people read for a referral's kind, status and urgency, in the glossary's
/// terms, kept once here so that the CLI's tables and the daemon's refusals say the same
/// (the codes stay on the command line, in JSON and in CSV).
extension ReferralKind {
    /// The kind in words (`Erstvorstellung`, `assessment`).
    public func name(in language: MessageLanguage) -> String {
        switch self {
        case .assessment: language.pick(de: "Erstvorstellung", en: "assessment")
        case .followUp: language.pick(de: "Wiedervorstellung", en: "follow-up")
        case .consultation: language.pick(de: "Fallberatung", en: "consultation")
        }
    }
}

extension ReferralStatus {
    /// The status in words (`terminiert`, `scheduled`).
    public func name(in language: MessageLanguage) -> String {
        switch self {
        case .waiting: language.pick(de: "wartet", en: "waiting")
        case .scheduled: language.pick(de: "terminiert", en: "scheduled")
        case .attended: language.pick(de: "wahrgenommen", en: "attended")
        case .noShow: language.pick(de: "nicht erschienen", en: "no-show")
        case .needsRetriage: language.pick(de: "neues Screening nötig", en: "needs re-screening")
        case .closed: language.pick(de: "abgeschlossen", en: "closed")
        case .withdrawn: language.pick(de: "zurückgezogen", en: "withdrawn")
        }
    }
}

extension Urgency {
    /// The urgency in words (`regulär`, `routine`).
    public func name(in language: MessageLanguage) -> String {
        switch self {
        case .routine: language.pick(de: "regulär", en: "routine")
        case .elevated: language.pick(de: "erhöht", en: "elevated")
        case .high: language.pick(de: "hoch", en: "high")
        }
    }
}
