/// The German words people type for the fixed codes of the command line (`sprache` for the
/// help-plan domain `language`, `anmeldung` for the consent scope `referral`, `hoch` for
/// the urgency `high`), in the glossary's terms. A keyword option takes the code or one
/// of its German words, in any case and with umlauts or their spelling (`erhöht`,
/// `Erhoeht`); the code is what the daemon gets, so JSON and CSV keep the codes.
/// German help lists the first German word of each code.
enum GermanKeywords {
    /// Code → the German words that stand for it (as `ValueKind.slug` spells them), the
    /// first one shown in German help.
    static let words: [String: [String]] = [
        // consent scopes
        "referral": ["anmeldung"],
        "exchange-with-specialist": ["austausch-mit-fachkraft", "austausch", "austausch-mit-der-fachkraft"],
        // help-plan domains
        "language": ["sprache"],
        "work": ["arbeit"],
        "recognition-of-qualifications": ["anerkennung", "anerkennung-auslaendischer-abschluesse"],
        "housing": ["wohnen"],
        "school-and-education": ["schule-und-bildung", "schule", "bildung"],
        "health-and-psychosocial-support": ["gesundheit", "gesundheit-und-psychosoziale-unterstuetzung"],
        // referral kinds and urgencies
        "assessment": ["erstvorstellung"],
        "follow-up": ["wiedervorstellung"],
        "consultation": ["fallberatung"],
        "routine": ["regulaer"],
        "elevated": ["erhoeht"],
        "high": ["hoch"],
        // referral statuses
        "waiting": ["wartend"],
        "scheduled": ["terminiert"],
        "closed": ["abgeschlossen"],
        "withdrawn": ["zurueckgezogen"],
        // goal and step statuses, attendance, answers
        "open": ["offen"],
        "in-progress": ["in-arbeit"],
        "reached": ["erreicht"],
        "dropped": ["entfallen", "verworfen"],
        "done": ["erledigt"],
        "attended": ["wahrgenommen"],
        "no-show": ["nicht-erschienen"],
        "cancelled-by-client": ["abgesagt", "abgesagt-klient-in", "abgesagt-von-klient-in"],
        "cancelled-by-service": ["abgesagt-vom-dienst", "abgesagt-dienst"],
        // who cancels an appointment (`appointment cancel --by`)
        "client": ["klient-in", "klientin", "klient"],
        "service": ["dienst"],
        // mail outbox states
        "pending": ["wartend"],
        "sending": ["im-versand"],
        "sent": ["versendet"],
        "failed": ["gescheitert"],
        // step owners and roles (`--step`, `followup reassign`)
        "caseworker": ["integrationsmanager-in", "integrationsmanagerin", "integrationsmanager", "integrationsmanagement"],
        "specialist": ["fachkraft"],
        "coordinator": ["koordination"],
        "yes": ["ja"],
        "no": ["nein"],
        // CSV forms
        "spreadsheet": ["tabellenkalkulation"],
        "machine": ["maschinell"],
    ]

    /// The code among `codes` that the German `word` stands for, if any.
    static func code(for word: String, among codes: [String]) -> String? {
        let spelled = ValueKind.slug(word)
        return codes.first { words[$0]?.contains(spelled) == true }
    }

    /// The word German help shows for `code`: its first German word, else the code.
    static func shown(_ code: String) -> String {
        words[code]?.first ?? code
    }
}
