/// Reasons Lotse itself records (a referral withdrawn because its consent was withdrawn),
/// stored as their English sentence like any reason a person types, and shown in the
/// reader's language.
///
/// A person's own reason is shown as typed; one of these is recognised by its stored
/// English sentence (or the bilingual "English / German" form older versions stored)
/// and worded for the reader, so a German page never shows it in English.
public enum SystemReason: String, CaseIterable, Sendable {
    /// The open referral was withdrawn because the client withdrew consent to referral.
    case consentWithdrawn = "consent to referral withdrawn"

    /// The sentence in `language`.
    public func text(in language: MessageLanguage) -> String {
        switch self {
        case .consentWithdrawn: language.pick(de: "Einwilligung in die Anmeldung widerrufen", en: rawValue)
        }
    }

    /// A stored reason as the reader reads it: a system reason in `language`, any other as written.
    public static func shown(_ stored: String, in language: MessageLanguage) -> String {
        for reason in allCases where stored == reason.rawValue || stored == reason.rawValue + " / " + reason.text(in: .de) {
            return reason.text(in: language)
        }
        return stored
    }
}
