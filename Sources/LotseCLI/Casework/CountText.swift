/// A number with its noun in the right form: "1 Termin", "2 Termine", "1 point".
/// German and English both have one singular form for exactly one; every count the CLI
/// prints goes through here so that "1 Punkte" cannot come back.
enum CountText {
    /// `count` with `one` or `many`.
    static func count(_ count: Int64, one: String, many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    /// Numbered things with their noun in the right form: `Sprechstunde 22`,
    /// `Sprechstunden 22, 23` — never `Sprechstunde(n) 22`.
    static func numbered(_ numbers: [Int64], one: String, many: String) -> String {
        (numbers.count == 1 ? one : many) + " " + numbers.map(String.init).joined(separator: ", ")
    }

    /// A counted noun in both languages, singular and plural.
    struct Noun {
        let de: (one: String, many: String)
        let en: (one: String, many: String)
    }

    /// `n` with the noun in the reader's language and the right number.
    static func count(_ n: Int64, _ noun: Noun, _ l: OutputLanguage) -> String {
        l.pick(de: count(n, one: noun.de.one, many: noun.de.many), en: count(n, one: noun.en.one, many: noun.en.many))
    }

    static let session = Noun(de: ("Sprechstunde", "Sprechstunden"), en: ("session", "sessions"))
    static let mail = Noun(de: ("Nachricht", "Nachrichten"), en: ("mail", "mails"))
    static let minute = Noun(de: ("Minute", "Minuten"), en: ("minute", "minutes"))
    static let point = Noun(de: ("Punkt", "Punkte"), en: ("point", "points"))
    static let appointment = Noun(de: ("Termin", "Termine"), en: ("appointment", "appointments"))
    static let referral = Noun(de: ("Anmeldung", "Anmeldungen"), en: ("referral", "referrals"))

    /// `3 Sprechstunden` / `1 session`.
    static func sessions(_ n: Int64, _ l: OutputLanguage) -> String { count(n, session, l) }
    /// `2 Nachrichten` / `1 mail`.
    static func mails(_ n: Int64, _ l: OutputLanguage) -> String { count(n, mail, l) }
    /// `1 Minute` / `5 minutes`.
    static func minutes(_ n: Int64, _ l: OutputLanguage) -> String { count(n, minute, l) }
    /// `978 Punkte` / `1 point`.
    static func points(_ n: Int64, _ l: OutputLanguage) -> String { count(n, point, l) }
    /// `15 Termine` / `1 appointment`.
    static func appointments(_ n: Int64, _ l: OutputLanguage) -> String { count(n, appointment, l) }
    /// `3 Anmeldungen` / `1 referral`.
    static func referrals(_ n: Int64, _ l: OutputLanguage) -> String { count(n, referral, l) }
}
