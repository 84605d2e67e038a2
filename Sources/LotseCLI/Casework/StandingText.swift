import LotseCore
import LotseVarlink

/// Where a referral stands, in words — one wording for the caseworker's referral list and
/// show, `roster waiting`, `referral list --waiting` and the waiting list of `roster show`,
/// all fed by the daemon's one derivation (`kind`: appointment, draft, waiting,
/// not-before; null when nothing explains it yet).
enum StandingText {
    /// `Januar 2027` / `January 2027` for `2027-01`.
    static func month(_ text: String?, _ l: OutputLanguage) -> String {
        guard let text, let month = CalendarMonth(iso: text) else { return text ?? "" }
        return MailDate.month(year: month.year, month: month.month, language: l == .german ? .de : .en)
    }

    /// The words for a standing; `noneText` when nothing explains it yet. `withCode` puts
    /// the planner's reason code before its words (the coordinator's waiting list).
    static func text(_ standing: JSONValue?, _ l: OutputLanguage, noneText: String = "—", withCode: Bool = false) -> String {
        guard let standing, !standing.isNull, let kind = standing["kind"]?.stringValue else { return noneText }
        let slot = "\(DateText.show(standing["date"]?.stringValue)) \(standing["time"]?.stringValue ?? "")"
        switch kind {
        case "appointment":
            let number = standing["appointment"]?.integerValue.map { l.pick(de: " (Termin \($0))", en: " (appointment \($0))") } ?? ""
            return "\(slot), \(standing["place"]?.stringValue ?? "")" + number
        case "draft":
            let version = standing["version"]?.integerValue ?? 0
            return l.pick(de: "im Entwurf für \(month(standing["month"]?.stringValue, l)) (Version \(version)): \(slot), noch nicht gebucht",
                          en: "in the draft for \(month(standing["month"]?.stringValue, l)) (version \(version)): \(slot), not booked yet")
        case "not-before":
            return l.pick(de: "nicht vor \(DateText.show(standing["notBefore"]?.stringValue))",
                          en: "not before \(DateText.show(standing["notBefore"]?.stringValue))")
        default:
            // The planner's reason in the reader's language (its particulars when known,
            // else the code's sentence), with the month and version it explains.
            let code = standing["reason"]?.stringValue ?? "?"
            let detail = WaitingReasonText.words(code: code, detail: standing["detail"]?.stringValue ?? "",
                                                 language: l == .german ? .de : .en)
            let why = withCode ? "\(code): \(detail)" : detail
            let version = standing["version"]?.integerValue ?? 0
            let source = version > 0
                ? l.pick(de: "\(month(standing["month"]?.stringValue, l)), Version \(version)", en: "\(month(standing["month"]?.stringValue, l)), version \(version)")
                : month(standing["month"]?.stringValue, l)
            return l.pick(de: "wartet (\(source)): ", en: "waiting (\(source)): ") + why
        }
    }
}
