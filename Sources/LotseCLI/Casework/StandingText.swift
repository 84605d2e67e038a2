import LotseCore
import LotseProtocol

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

    /// The words for a standing; `noneText` when nothing explains it yet. The planner's
    /// reason code is not among them, in either language: it stays in JSON.
    static func text(_ standing: LotseWire.Placement?, _ l: OutputLanguage, noneText: String = "—") -> String {
        guard let standing else { return noneText }
        let slot = "\(DateText.show(standing.date)) \(standing.time ?? "")"
        switch standing.kind {
        case "appointment":
            let number = standing.appointment.map { l.pick(de: " (Termin \($0))", en: " (appointment \($0))") } ?? ""
            return "\(slot), \(standing.place ?? "")" + number
        case "draft":
            let version = standing.version ?? 0
            return l.pick(de: "im Entwurf für \(month(standing.month, l)) (Version \(version)): \(slot), noch nicht gebucht",
                          en: "in the draft for \(month(standing.month, l)) (version \(version)): \(slot), not booked yet")
        case "not-before":
            return l.pick(de: "nicht vor \(DateText.show(standing.notBefore))",
                          en: "not before \(DateText.show(standing.notBefore))")
        default:
            // The planner's reason in the reader's language, as the daemon worded it (its
            // particulars when known), else the code's sentence, with the month and version
            // it explains.
            let code = standing.reason ?? "?"
            let detail = (l == .german ? standing.detailDe : standing.detail)
                ?? WaitingReasonText.generic(code, l == .german ? .de : .en)
            let version = standing.version ?? 0
            let source = version > 0
                ? l.pick(de: "\(month(standing.month, l)), Version \(version)", en: "\(month(standing.month, l)), version \(version)")
                : month(standing.month, l)
            return l.pick(de: "wartet (\(source)): ", en: "waiting (\(source)): ") + detail
        }
    }
}
