/// The German words people type for the fixed codes of the command line (`sprache` for the
/// help-plan domain `language`, `anmeldung` for the consent scope `referral`, `hoch` for
/// the urgency `high`), in the glossary's terms. A keyword option takes the code or one
/// of its German words, in any case and with umlauts or their spelling (`erhöht`,
/// `Erhoeht`); the code is what the daemon gets, so JSON and CSV keep the codes.
/// German help lists the first German word of each code.
public enum GermanKeywords {
    /// Code → the German words that stand for it, compared as `ValueKind.slug` spells
    /// them (so `Erhoeht` and `erhöht` alike); the first one shown in German help and in
    /// the list a refused word gets.
    static let words: [String: [String]] = [
        // consent scopes
        "referral": ["anmeldung"],
        "exchange-with-specialist": ["austausch-mit-fachkraft", "austausch", "austausch-mit-der-fachkraft"],
        // help-plan domains
        "language": ["sprache"],
        "work": ["arbeit"],
        "recognition-of-qualifications": ["anerkennung", "anerkennung-ausländischer-abschlüsse"],
        "housing": ["wohnen"],
        "school-and-education": ["schule-und-bildung", "schule", "bildung"],
        "health-and-psychosocial-support": ["gesundheit", "gesundheit-und-psychosoziale-unterstützung"],
        // referral kinds and urgencies
        "assessment": ["erstvorstellung"],
        "follow-up": ["wiedervorstellung"],
        "consultation": ["fallberatung"],
        "routine": ["regulär"],
        "elevated": ["erhöht"],
        "high": ["hoch"],
        // referral statuses (also as the lists show them: „wartet“, „nicht erschienen“)
        "waiting": ["wartend", "wartet"],
        "scheduled": ["terminiert", "gebucht"],
        "needs-retriage": ["neues-screening-nötig", "neues-screening"],
        "closed": ["abgeschlossen"],
        "withdrawn": ["zurückgezogen"],
        // goal and step statuses, attendance, answers
        "open": ["offen"],
        "in-progress": ["in-arbeit"],
        "reached": ["erreicht"],
        "dropped": ["entfallen", "verworfen"],
        "done": ["erledigt"],
        "attended": ["wahrgenommen", "erschienen"],
        "no-show": ["nicht-erschienen"],
        "cancelled-by-client": ["abgesagt", "abgesagt-klient-in", "abgesagt-von-klient-in", "abgesagt-klientin", "abgesagt-klient"],
        "cancelled-by-service": ["abgesagt-vom-dienst", "abgesagt-dienst"],
        "yes": ["ja"],
        "no": ["nein"],
        // who cancels an appointment
        "client": ["klient-in", "klientin", "klient"],
        "service": ["dienst"],
        // roles of a follow-up step's owner
        "caseworker": ["integrationsmanager-in", "integrationsmanagerin", "integrationsmanager", "integrationsmanagement"],
        "specialist": ["fachkraft"],
        "coordinator": ["koordination"],
        // mail states
        "pending": ["wartend", "wartet"],
        "sending": ["im-versand"],
        "sent": ["versendet", "gesendet"],
        "failed": ["gescheitert", "fehlgeschlagen"],
        "moot": ["entfällt", "entfaellt"],
        // languages of exports and mails
        // (the code first, so that German help keeps showing de|en)
        "de": ["de", "deutsch"],
        "en": ["en", "englisch"],
        // CSV forms
        "spreadsheet": ["tabellenkalkulation"],
        "machine": ["maschinell"],
    ]

    /// The code among `codes` that the German `word` stands for, if any.
    static func code(for word: String, among codes: [String]) -> String? {
        let spelled = ValueKind.slug(word)
        return codes.first { words[$0]?.contains { ValueKind.slug($0) == spelled } == true }
    }

    /// The word German help shows for `code`: its first German word, else the code.
    public static func shown(_ code: String) -> String {
        words[code]?.first ?? code
    }
}
