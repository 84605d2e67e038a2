import Foundation

/// Why a referral waits, in the reader's language. The planner and the roster service
/// store a reason code (`no-language-match`, `outranked`, …; these stay the same in JSON
/// and CSV) and an English sentence with the particulars; this words both for people: in
/// English the stored sentence, in German the same particulars in a German sentence, and
/// for a sentence it does not know (written by an older version) a German sentence for the
/// code alone — never the English one inside German text.
public enum WaitingReasonText {
    /// The words for `code` with its stored `detail`.
    public static func words(code: String, detail: String, language: MessageLanguage) -> String {
        // The code's own sentence (a reason narrowed for a reader without the planning
        // particulars) is said in the language asked, not matched as particulars.
        if detail == generic(code, .en) { return generic(code, language) }
        if language == .en {
            if detail.isEmpty { return generic(code, .en) }
            // A quota sentence of an older version names the municipality by its id.
            for pattern in staticQuota {
                if let v = pattern.match(detail) {
                    return "the quota of \(municipality(v["municipality"])) (\(v["count"] ?? "") slot\(v["count"] == "1" ? "" : "s") this month) is used up"
                }
            }
            return both(readableDates(detail))
        }
        for (pattern, german) in sentences {
            if let values = pattern.match(detail) { return german(values) }
        }
        return generic(code, .de)
    }

    /// A sentence for the code alone, when no particulars are known.
    public static func generic(_ code: String, _ language: MessageLanguage) -> String {
        let l = language
        switch code {
        case "no-language-match": return l.pick(de: "kein Platz in diesem Monat bietet die Sprache",
                                                en: "no slot this month offers the language")
        case "no-kind-match": return l.pick(de: "kein Platz in dieser Sprache ist in diesem Monat für diese Art offen",
                                            en: "no slot in this language takes this kind this month")
        case "unavailable": return l.pick(de: "die Klient:in ist an allen Tagen mit passendem Platz verhindert",
                                          en: "the client cannot come on any day with a fitting slot")
        case "excluded": return l.pick(de: "jeder passende Platz ist bei einer ausgeschlossenen Fachkraft",
                                       en: "every fitting slot is with an excluded specialist")
        case "client-busy": return l.pick(de: "die Klient:in hat in diesem Monat schon einen Termin",
                                          en: "the client already has an appointment this month")
        case "quota-exhausted": return l.pick(de: "das Kontingent der Gemeinde ist in diesem Monat ausgeschöpft",
                                              en: "the municipality's quota for this month is used up")
        case "caseworker-busy": return l.pick(de: "die Integrationsmanager:in begleitet zur Zeit jedes passenden Platzes schon eine andere Anmeldung",
                                              en: "the caseworker is already booked at the time of every fitting slot")
        case "outranked": return l.pick(de: "die passenden Plätze gingen an andere Anmeldungen; so ist der Plan insgesamt besser",
                                        en: "the fitting slots went to other referrals; the plan as a whole is better that way")
        case "dropped": return l.pick(de: "von der Koordination aus diesem Terminplan genommen", en: "removed from this roster by a coordinator")
        case "session-cancelled": return l.pick(de: "die Sprechstunde wurde abgesagt", en: "the session was cancelled")
        case "appointment-cancelled": return l.pick(de: "der Termin wurde abgesagt", en: "the appointment was cancelled")
        case "no-show": return l.pick(de: "die Klient:in ist zum Termin nicht erschienen", en: "the client did not come to the appointment")
        default: return l.pick(de: "wartet (Grund \(code))", en: "waiting (reason \(code))")
        }
    }

    // MARK: German sentences for the stored English ones

    /// `2026-11-06` → `06.11.2026`: the planner writes ISO dates, people read dates as
    /// every other line of Lotse shows them, in English too.
    static func readableDates(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let digit = rest.firstIndex(where: \.isASCIIDigit) {
            result += rest[rest.startIndex..<digit]
            rest = rest[digit...]
            let candidate = rest.prefix(10)
            let next = rest.dropFirst(10).first
            if candidate.count == 10, !(next?.isASCIIDigit ?? false), let date = CalendarDate(iso: String(candidate)) {
                result += date.displayText
                rest = rest.dropFirst(10)
            } else {
                let run = rest.prefix { !$0.isWhitespace }
                result += run
                rest = rest.dropFirst(run.count)
            }
        }
        return result + rest
    }

    /// The German name of a language the stored sentence names in English, also by the
    /// shorter name an older version wrote ("Persian" for "Persian (Farsi)", "Kurmanji" for
    /// "Northern Kurdish (Kurmanji)").
    private static func language(_ english: String?) -> String {
        guard let english else { return "" }
        let code = LanguageCode.names.first { $0.value.english == english }?.key
            ?? LanguageCode.names.first { $0.value.english.hasPrefix(english + " (") || $0.value.english.hasSuffix("(\(english))") }?.key
        return code.flatMap(LanguageCode.init).map { $0.name(in: .de) } ?? english
    }

    private static func kind(_ english: String?) -> String {
        switch english {
        case "an assessment", "assessment": "eine Erstvorstellung"
        case "a follow-up", "follow-up": "eine Wiedervorstellung"
        case "a consultation", "consultation": "eine Fallberatung"
        default: english ?? ""
        }
    }

    /// A municipality's name, also for an id stored by an older version (`kornwestheim`).
    private static func municipality(_ text: String?) -> String {
        MunicipalityID.name(of: text ?? "")
    }

    /// The planner's sentences for a static quota (`quota.ID = N`).
    private static let staticQuota = [SentencePattern("the quota of {municipality} ({count} slot this month) is used up"),
                                      SentencePattern("the quota of {municipality} ({count} slots this month) is used up")]

    private static func date(_ iso: String?) -> String {
        guard let iso else { return "" }
        return CalendarDate(iso: iso)?.displayText ?? iso
    }

    /// A slot as the reason names it: day, time and the specialist by name ("bei Dr.
    /// Haddad"); a sentence stored by an older version names the specialist by number.
    private static func slot(_ v: [String: String]) -> String {
        let specialist = v["specialist"] ?? ""
        let who = !specialist.isEmpty && specialist.allSatisfy(\.isASCIIDigit) ? "Fachkraft \(specialist)" : specialist
        return "\(date(v["date"])) um \(v["time"] ?? "") bei \(who)"
    }

    /// "all 2 slots" reads as a form letter: "both slots" (the stored sentence keeps the
    /// count, which programs read).
    static func both(_ english: String) -> String {
        english.replacingOccurrences(of: "all 2 ", with: "both ")
    }

    private static func slots(_ count: String?) -> String {
        count == "1" ? "1 Platz" : "\(count ?? "") Plätze"
    }

    /// "alle 3" — and for two "beide" ("alle 2 passenden Plätze" reads as a form letter).
    private static func all(_ count: String?, genitive: Bool = false) -> String {
        if count == "2" { return genitive ? "beider" : "beide" }
        return (genitive ? "aller " : "alle ") + (count ?? "")
    }

    private static func rule(_ english: String?) -> String {
        guard let english else { return "" }
        if let v = SentencePattern("{base} base + {part} by population").match(english) {
            return "\(v["base"] ?? "") Sockel + \(v["part"] ?? "") nach Einwohnerzahl"
        }
        if let v = SentencePattern("{base} base + {part} by caseload").match(english) {
            return "\(v["base"] ?? "") Sockel + \(v["part"] ?? "") nach Fallzahl"
        }
        if let v = SentencePattern("fixed ({key})").match(english) { return "fest (\(v["key"] ?? ""))" }
        return english
    }

    private static let urgentSuffix = "; the plan as a whole weighs more that way"
    private static let better = "; so ist der Plan insgesamt besser"

    /// The English sentences the planner, the roster service and the appointment
    /// cancellation write, each with its German wording; longer patterns first where one
    /// is the start of another.
    private static let sentences: [(SentencePattern, @Sendable ([String: String]) -> String)] = [
        (SentencePattern("no slot this month offers {language} (no specialist or interpreter)"),
         { "kein Platz in diesem Monat bietet \(language($0["language"])) (weder Fachkraft noch Dolmetschung)" }),
        (SentencePattern("no slot this month offers {language}"),
         { "kein Platz in diesem Monat bietet \(language($0["language"]))" }),
        (SentencePattern("no slot this month offering {language} takes {kind}"),
         { "kein Platz in diesem Monat mit \(language($0["language"])) ist für \(kind($0["kind"])) offen" }),
        (SentencePattern("no slot in {language} accepts {kind} referrals this month"),
         { "kein Platz in diesem Monat mit \(language($0["language"])) ist für \(kind($0["kind"])) offen" }),
        (SentencePattern("the one {language} slot for {kind} falls on dates the client is unavailable or before the referral on {date}"),
         { "der eine Platz mit \(language($0["language"])) für \(kind($0["kind"])) liegt an einem Tag, an dem die Klient:in verhindert ist, oder vor der Anmeldung am \(date($0["date"]))" }),
        (SentencePattern("all {count} {language} slots for {kind} fall on dates the client is unavailable or before the referral on {date}"),
         { "\(all($0["count"])) Plätze mit \(language($0["language"])) für \(kind($0["kind"])) liegen an Tagen, an denen die Klient:in verhindert ist, oder vor der Anmeldung am \(date($0["date"]))" }),
        (SentencePattern("the client cannot come on any day with a fitting slot this month"),
         { _ in "die Klient:in ist in diesem Monat an allen Tagen mit passendem Platz verhindert" }),
        (SentencePattern("every slot that fits is with an excluded specialist ({names})"),
         { "jeder passende Platz ist bei einer ausgeschlossenen Fachkraft (\($0["names"] ?? ""))" }),
        (SentencePattern("every fitting slot is with a specialist excluded for this referral"),
         { _ in "jeder passende Platz ist bei einer für diese Anmeldung ausgeschlossenen Fachkraft" }),
        (SentencePattern("client {client} already has a slot this month ({referral} on {date} at {time} with {specialist})"),
         { "Klient:in \($0["client"] ?? "") hat in diesem Monat schon einen Termin (Anmeldung \($0["referral"] ?? "") am \(slot($0)))" }),
        (SentencePattern("the quota of {municipality} ({count} slot this month) is used up"),
         { "das Kontingent der Gemeinde \(municipality($0["municipality"])) (1 Platz in diesem Monat) ist ausgeschöpft" }),
        (SentencePattern("the quota of {municipality} ({count} slots this month) is used up"),
         { "das Kontingent der Gemeinde \(municipality($0["municipality"])) (\(slots($0["count"])) in diesem Monat) ist ausgeschöpft" }),
        (SentencePattern("{name}'s share this month is {limit} of {total} slot: {rule}"),
         { "der Anteil der Gemeinde \($0["name"] ?? "") beträgt in diesem Monat \($0["limit"] ?? "") von 1 Termin: \(rule($0["rule"]))" }),
        (SentencePattern("{name}'s share this month is {limit} of {total} slots: {rule}"),
         { "der Anteil der Gemeinde \($0["name"] ?? "") beträgt in diesem Monat \($0["limit"] ?? "") von \($0["total"] ?? "") Terminen: \(rule($0["rule"]))" }),
        (SentencePattern("caseworker {caseworker} is already booked with another referral at the time of the one free slot that fits ({date} at {time} with {specialist})"),
         { "Integrationsmanager:in \($0["caseworker"] ?? "") begleitet zur Zeit des einzigen freien passenden Platzes (\(slot($0))) schon eine andere Anmeldung" }),
        (SentencePattern("caseworker {caseworker} is already booked with another referral at the time of all {count} free slots that fit"),
         { "Integrationsmanager:in \($0["caseworker"] ?? "") begleitet zur Zeit \(all($0["count"], genitive: true)) freien passenden Plätze schon eine andere Anmeldung" }),
        (SentencePattern("the caseworker {caseworker} already accompanies another client at that time"),
         { "Integrationsmanager:in \($0["caseworker"] ?? "") begleitet zu dieser Zeit schon eine andere Klient:in" }),
        (SentencePattern("the one slot that fits ({date} at {time} with {specialist}) went to an urgent referral" + urgentSuffix),
         { "der einzige passende Platz (\(slot($0))) ging an eine dringende Anmeldung" + better }),
        (SentencePattern("the one slot that fits ({date} at {time} with {specialist}) went to another referral" + urgentSuffix),
         { "der einzige passende Platz (\(slot($0))) ging an eine andere Anmeldung" + better }),
        (SentencePattern("all {count} slots that fit went to other referrals, all to urgent referrals" + urgentSuffix),
         { "\(all($0["count"])) passenden Plätze gingen an andere, dringende Anmeldungen" + better }),
        (SentencePattern("all {count} slots that fit went to other referrals, {urgent} of them to urgent referrals" + urgentSuffix),
         { "\(all($0["count"])) passenden Plätze gingen an andere Anmeldungen, \($0["urgent"] ?? "") davon an dringende" + better }),
        (SentencePattern("all {count} slots that fit went to other referrals" + urgentSuffix),
         { "\(all($0["count"])) passenden Plätze gingen an andere Anmeldungen" + better }),
        (SentencePattern("removed from this roster by a coordinator"),
         { _ in "von der Koordination aus diesem Terminplan genommen" }),
        (SentencePattern("the client did not come to the appointment on {day}"),
         { "die Klient:in ist zum Termin am \($0["day"] ?? "") nicht erschienen" }),
        (SentencePattern("the session of its appointment on {day} was cancelled"),
         { "die Sprechstunde ihres Termins am \($0["day"] ?? "") wurde abgesagt" }),
        (SentencePattern("the appointment on {day} was cancelled for the client"),
         { "der Termin am \($0["day"] ?? "") wurde für die Klient:in abgesagt" }),
        (SentencePattern("the appointment on {day} was cancelled by the service"),
         { "der Termin am \($0["day"] ?? "") wurde vom Dienst abgesagt" }),
        (SentencePattern("the session of slot {slot} was cancelled"),
         { "die Sprechstunde von Platz \($0["slot"] ?? "") wurde abgesagt" }),
        (SentencePattern("the appointment on {date} {time} was cancelled by the client; slot {slot} is free"),
         { "der Termin am \($0["date"] ?? "") \($0["time"] ?? "") wurde von der Klient:in abgesagt; Platz \($0["slot"] ?? "") ist frei" }),
        (SentencePattern("the appointment on {date} {time} was cancelled by the service; slot {slot} is free"),
         { "der Termin am \($0["date"] ?? "") \($0["time"] ?? "") wurde vom Dienst abgesagt; Platz \($0["slot"] ?? "") ist frei" }),
    ]
}
