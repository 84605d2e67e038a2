/// A number with its noun in the right form: "1 Termin", "2 Termine", "1 point".
/// German and English both have one singular form for exactly one; every count the CLI
/// prints goes through here so that "1 Punkte" cannot come back.
enum CountText {
    /// `count` with `one` or `many`.
    static func count(_ count: Int64, one: String, many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
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
