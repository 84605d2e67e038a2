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

    /// `3 Sprechstunden` / `1 session`.
    static func sessions(_ n: Int64, _ l: OutputLanguage) -> String {
        l.pick(de: count(n, one: "Sprechstunde", many: "Sprechstunden"), en: count(n, one: "session", many: "sessions"))
    }

    /// `2 Nachrichten` / `1 mail`.
    static func mails(_ n: Int64, _ l: OutputLanguage) -> String {
        l.pick(de: count(n, one: "Nachricht", many: "Nachrichten"), en: count(n, one: "mail", many: "mails"))
    }

    /// `1 Minute` / `5 minutes`.
    static func minutes(_ n: Int64, _ l: OutputLanguage) -> String {
        l.pick(de: count(n, one: "Minute", many: "Minuten"), en: count(n, one: "minute", many: "minutes"))
    }

    /// `978 Punkte` / `1 point`.
    static func points(_ n: Int64, _ l: OutputLanguage) -> String {
        l.pick(de: count(n, one: "Punkt", many: "Punkte"), en: count(n, one: "point", many: "points"))
    }

    /// `15 Termine` / `1 appointment`.
    static func appointments(_ n: Int64, _ l: OutputLanguage) -> String {
        l.pick(de: count(n, one: "Termin", many: "Termine"), en: count(n, one: "appointment", many: "appointments"))
    }

    /// `3 Anmeldungen` / `1 referral`.
    static func referrals(_ n: Int64, _ l: OutputLanguage) -> String {
        l.pick(de: count(n, one: "Anmeldung", many: "Anmeldungen"), en: count(n, one: "referral", many: "referrals"))
    }
}
