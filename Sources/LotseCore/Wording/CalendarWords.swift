/// The names of the months and weekdays, one row per month or day with its German and
/// English words, long and short: kept once so that mails, roster documents and the mail
/// `Date:` header (RFC 5322 wants the English abbreviations) cannot drift apart.
public enum CalendarWords {
    /// One month or weekday in both languages.
    struct Row {
        let de: String
        let deShort: String
        let en: String
        let enShort: String
    }

    /// January to December.
    static let months: [Row] = [
        Row(de: "Januar", deShort: "Jan.", en: "January", enShort: "Jan"),
        Row(de: "Februar", deShort: "Feb.", en: "February", enShort: "Feb"),
        Row(de: "März", deShort: "März", en: "March", enShort: "Mar"),
        Row(de: "April", deShort: "Apr.", en: "April", enShort: "Apr"),
        Row(de: "Mai", deShort: "Mai", en: "May", enShort: "May"),
        Row(de: "Juni", deShort: "Juni", en: "June", enShort: "Jun"),
        Row(de: "Juli", deShort: "Juli", en: "July", enShort: "Jul"),
        Row(de: "August", deShort: "Aug.", en: "August", enShort: "Aug"),
        Row(de: "September", deShort: "Sept.", en: "September", enShort: "Sep"),
        Row(de: "Oktober", deShort: "Okt.", en: "October", enShort: "Oct"),
        Row(de: "November", deShort: "Nov.", en: "November", enShort: "Nov"),
        Row(de: "Dezember", deShort: "Dez.", en: "December", enShort: "Dec"),
    ]

    /// Monday to Sunday (ISO 8601 order, as `Weekday`).
    static let weekdays: [Row] = [
        Row(de: "Montag", deShort: "Mo.", en: "Monday", enShort: "Mon"),
        Row(de: "Dienstag", deShort: "Di.", en: "Tuesday", enShort: "Tue"),
        Row(de: "Mittwoch", deShort: "Mi.", en: "Wednesday", enShort: "Wed"),
        Row(de: "Donnerstag", deShort: "Do.", en: "Thursday", enShort: "Thu"),
        Row(de: "Freitag", deShort: "Fr.", en: "Friday", enShort: "Fri"),
        Row(de: "Samstag", deShort: "Sa.", en: "Saturday", enShort: "Sat"),
        Row(de: "Sonntag", deShort: "So.", en: "Sunday", enShort: "Sun"),
    ]

    /// The word of `row` in `language`, long or short.
    static func word(_ row: Row, _ language: MessageLanguage, short: Bool) -> String {
        switch (language, short) {
        case (.de, false): row.de
        case (.de, true): row.deShort
        case (.en, false): row.en
        case (.en, true): row.enShort
        }
    }

    /// Month `number` (1–12) in `language` (`Dezember`, `Dec`); nil outside 1–12.
    public static func month(_ number: Int, _ language: MessageLanguage, short: Bool = false) -> String? {
        guard (1...12).contains(number) else { return nil }
        return word(months[number - 1], language, short: short)
    }

    /// ISO weekday `number` (1 = Monday … 7 = Sunday) in `language` (`Dienstag`, `Di.`,
    /// `Tue`); nil outside 1–7.
    public static func weekday(iso number: Int, _ language: MessageLanguage, short: Bool = false) -> String? {
        guard (1...7).contains(number) else { return nil }
        return word(weekdays[number - 1], language, short: short)
    }

    /// The weekday of Foundation's `Calendar` numbering (1 = Sunday … 7 = Saturday).
    public static func weekday(gregorian number: Int, _ language: MessageLanguage, short: Bool = false) -> String? {
        guard (1...7).contains(number) else { return nil }
        return weekday(iso: number == 1 ? 7 : number - 1, language, short: short)
    }
}
