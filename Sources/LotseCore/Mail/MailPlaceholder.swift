/// The fields a template may name as `{{name}}`.
///
/// This closed list is the privacy boundary of mail: it holds only the pseudonym, dates,
/// times, the place, counts, an appointment's number, the lines of overdue referrals (pseudonym, day, weeks), (for delivery notices) a staff address
/// and an outbox reference, and (for acute-risk alerts) the raising account and whether the pseudonym
/// is one of its clients. There is deliberately no placeholder for a screening result, a note, a
/// recommendation or a follow-up step's text, so no template can ever put one into a mail;
/// the role-appropriate action is fixed text in the template itself.
public enum MailPlaceholder: String, Sendable, CaseIterable, Hashable, Codable {
    /// The client's pseudonym, e.g. `K-2026-0042`.
    case pseudonym
    /// The day of the event, written out in the recipient's language.
    case date
    /// The time of the event, `HH:mm`, Europe/Berlin.
    case time
    /// Where the session takes place.
    case place
    /// The district's name from the configuration.
    case district
    /// A month, e.g. of a roster: `Dezember 2026`.
    case month
    /// Whole weeks a referral has been waiting.
    case weeks
    /// A session's appointments, one line each: time and pseudonym only.
    case appointments
    /// How many appointments a session has.
    case count
    /// The staff address a mail could not be delivered to (delivery notices only).
    case address
    /// The outbox number of the undeliverable mail, for `lotse mail retry`.
    case reference
    /// A booked appointment's number, for `lotse appointment cancel`.
    case appointment
    /// The referrals waiting longer than the limit, one line each: pseudonym, referral
    /// day and weeks waited (the coordinators' daily digest).
    case overdue
    /// The Unix account that raised an acute-risk alert (alerts only), so coordinators
    /// know whom to call back — and who is accountable for the alert.
    case account
    /// Whether the alert's pseudonym is one of the raising account's clients, in words
    /// (alerts only): a fixed sentence, never anything about the risk.
    case standing
    /// What a case consultation is about, as the end of its name: " zu K-2026-0042" /
    /// " on K-2026-0042", and nothing for a consultation about a case in general (no
    /// client named) — so a mail never reads "Fallberatung zu —".
    case about
    /// Whom an appointment is for, as the end of its name: " für K-2026-0042" /
    /// " for K-2026-0042", and nothing for a case consultation without a client — so a
    /// cancellation never reads "Termin für —".
    case forClient = "for"
}
