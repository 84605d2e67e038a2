import LotseCore

/// Words for the values the caseworker commands show, in German and English. Unknown
/// values (from a newer daemon) are shown as they came.
public enum CaseworkLabels {
    static func message(_ language: OutputLanguage) -> MessageLanguage { language == .german ? .de : .en }

    /// The code `raw` of a worded type in the domain's words (one vocabulary with the
    /// daemon's sentences); a code the type lacks (a newer daemon) as it came, none as "—".
    public static func worded<Value: Worded>(_ raw: String?, as type: Value.Type, _ l: OutputLanguage) -> String {
        raw.flatMap(Value.init(rawValue:))?.name(in: message(l)) ?? raw ?? "—"
    }

    /// A referral kind.
    public static func kind(_ raw: String?, _ l: OutputLanguage) -> String { worded(raw, as: ReferralKind.self, l) }

    /// An urgency.
    public static func urgency(_ raw: String?, _ l: OutputLanguage) -> String { worded(raw, as: Urgency.self, l) }

    /// A referral status.
    public static func status(_ raw: String?, _ l: OutputLanguage) -> String { worded(raw, as: ReferralStatus.self, l) }

    /// What a referral is, as the end of a sentence whose subject is the referral: "die
    /// Anmeldung wartet", never "die Anmeldung ist wartet" (the status word alone reads as a
    /// table cell, not as a predicate). With `now`, the sentence says it is the new state
    /// ("wartet wieder auf einen Termin", "ist jetzt abgeschlossen").
    public static func statusNow(_ raw: String?, _ l: OutputLanguage, now: Bool = true) -> String {
        let jetzt = now ? "jetzt " : "", nowEn = now ? "now " : ""
        switch raw {
        case "waiting": return now ? l.pick(de: "wartet wieder auf einen Termin", en: "is waiting for an appointment again")
                                   : l.pick(de: "wartet auf einen Termin", en: "is waiting for an appointment")
        case "scheduled": return l.pick(de: "hat \(jetzt)einen Termin", en: "\(nowEn)has an appointment")
        case "attended": return l.pick(de: "ist \(jetzt)als wahrgenommen erfasst", en: "is \(nowEn)recorded as attended")
        case "no-show": return l.pick(de: "ist \(jetzt)als nicht erschienen erfasst", en: "is \(nowEn)recorded as a no-show")
        case "needs-retriage": return l.pick(de: "braucht \(jetzt)ein neues Screening", en: "\(nowEn)needs re-screening")
        case "closed": return l.pick(de: "ist \(jetzt)abgeschlossen", en: "is \(nowEn)closed")
        case "withdrawn": return l.pick(de: "ist \(jetzt)zurückgezogen", en: "is \(nowEn)withdrawn")
        default: return l.pick(de: "hat \(jetzt)den Status „\(raw ?? "—")“", en: "\(nowEn)has the status \"\(raw ?? "—")\"")
        }
    }

    /// A goal status.
    public static func goalStatus(_ raw: String?, _ l: OutputLanguage) -> String { worded(raw, as: GoalStatus.self, l) }

    /// The word for `raw` in a table of German and English words; a value the table does
    /// not know (from a newer daemon) as it came, none as "—".
    static func word(_ raw: String?, in table: [String: (de: String, en: String)], _ l: OutputLanguage) -> String {
        guard let raw else { return "—" }
        return table[raw].map { l.pick(de: $0.de, en: $0.en) } ?? raw
    }

    /// A consent scope.
    public static func scope(_ raw: String?, _ l: OutputLanguage) -> String {
        word(raw, in: ["screening": ("Screening", "screening"), "referral": ("Anmeldung", "referral"),
                       "exchange-with-specialist": ("Austausch mit der Fachkraft", "exchange with the specialist")], l)
    }

    /// Consent scopes, comma-separated.
    public static func scopes(_ raw: [String], _ l: OutputLanguage) -> String {
        raw.map { scope($0, l) }.joined(separator: ", ")
    }

    /// A help-plan domain.
    public static func domain(_ raw: String?, _ l: OutputLanguage) -> String {
        guard let raw, let domain = GoalDomain(rawValue: raw) else { return raw ?? "—" }
        return domain.name(in: message(l))
    }

    /// A client's language by code (`Arabic` / `Arabisch`).
    public static func language(_ code: String?, _ l: OutputLanguage) -> String {
        guard let code, let language = LanguageCode(code) else { return code ?? "—" }
        return language.name(in: message(l))
    }

    /// `19 days` / `19 Tage`.
    public static func days(_ count: Int64, _ l: OutputLanguage) -> String {
        count == 1 ? l.pick(de: "1 Tag", en: "1 day") : l.pick(de: "\(count) Tage", en: "\(count) days")
    }

    /// The client a referral or appointment is about: the pseudonym, or for a case
    /// consultation the caseworker holds without a client, saying so (a bare "—" would
    /// read like a lost record).
    public static func client(_ pseudonym: String?, _ l: OutputLanguage) -> String {
        pseudonym ?? l.pick(de: "(Fallberatung)", en: "(consultation)")
    }

    /// An outbox entry's kind (`appointment-reminder` → `Terminerinnerung`).
    public static func mailKind(_ raw: String?, _ l: OutputLanguage) -> String {
        let words: [String: (de: String, en: String)] = [
            "appointment-reminder": ("Terminerinnerung", "appointment reminder"),
            "session-list": ("Terminübersicht der Sprechstunde", "session list"),
            "followup-due": ("Folgeschritt fällig", "follow-up step due"),
            "helpplan-review-due": ("Überprüfung des Integrationsplans fällig", "help plan review due"),
            "roster-awaiting-approval": ("Terminplan wartet auf Freigabe", "roster awaiting approval"),
            "waiting-digest": ("Übersicht der lange Wartenden", "waiting digest"),
            "acute-risk-alert": ("Meldung akuter Gefahr", "acute-risk alert"),
            "delivery-failed": ("Zustellung gescheitert", "delivery failed"),
            "delivery-delayed": ("Zustellung verzögert", "delivery delayed"),
            "appointment-published": ("neuer Termin", "new appointment"),
            "session-cancelled": ("Sprechstunde abgesagt", "session cancelled"),
            "appointment-cancelled": ("Termin abgesagt", "appointment cancelled"),
            "session-cancelled-specialist": ("Sprechstunde abgesagt (Fachkraft)", "session cancelled (specialist)"),
            "consultation-reminder": ("Erinnerung an Fallberatung", "consultation reminder"),
            "consultation-published": ("neue Fallberatung", "new consultation"),
            "withheld": ("Art nicht sichtbar (Casework)", "kind withheld (casework)"),
        ]
        return word(raw, in: words, l)
    }

    /// A role.
    public static func role(_ raw: String?, _ l: OutputLanguage) -> String {
        word(raw, in: ["caseworker": ("Integrationsmanager:in", "caseworker"), "coordinator": ("Koordination", "coordinator"),
                       "specialist": ("Fachkraft", "specialist"), "admin": ("Administration", "admin")], l)
    }

    /// A help-plan version's change as the model words it (`goal 3 added`, `goal 1:
    /// status in-progress, notes`), in the output language.
    public static func change(_ raw: String?, _ l: OutputLanguage) -> String {
        guard let raw else { return "—" }
        let words = raw.split(separator: " ").map(String.init)
        if raw == "plan opened" { return l.pick(de: "Plan eröffnet", en: "plan opened") }
        if raw == "reviewed" { return l.pick(de: "überprüft", en: "reviewed") }
        if words.count == 3, words[0] == "goal", words[2] == "added" { return l.pick(de: "Ziel \(words[1]) angelegt", en: raw) }
        if words.count == 3, words[0] == "assessment", words[2] == "recorded" { return l.pick(de: "Einschätzung \(words[1]) erfasst", en: raw) }
        if words.count >= 2, words[0] == "goal", words[1].hasSuffix(":") {
            let number = String(words[1].dropLast())
            let parts = raw.drop(while: { $0 != ":" }).dropFirst().split(separator: ",").map { String($0).trimmingBlanksCLI() }
            let shown = parts.map { part -> String in
                if part.hasPrefix("status ") { return l.pick(de: "Status ", en: "status ") + goalStatus(String(part.dropFirst(7)), l) }
                if part == "target date" { return l.pick(de: "Zieldatum", en: "target date") }
                if part == "notes" { return l.pick(de: "Notizen", en: "notes") }
                return part
            }
            return l.pick(de: "Ziel ", en: "goal ") + number + ": " + shown.joined(separator: ", ")
        }
        return raw
    }

    /// A field name from the daemon's errors, in German.
    public static func field(_ name: String, _ l: OutputLanguage) -> String {
        guard l == .german else { return name }
        return germanFields[name] ?? name
    }

    /// The German words for the daemon's field names, as pairs rather than a dictionary
    /// literal: a name added twice by a later change would trap at run time in a literal;
    /// here the first entry wins and `CaseworkFormattingTests` proves every name is unique.
    public static let germanFieldPairs: [(field: String, german: String)] = [
        ("note", "Notiz"), ("language", "Sprache"), ("kind", "Art"), ("client", "Klient:in"), ("consent", "Einwilligung"),
        ("urgency", "Dringlichkeit"), ("urgency reason", "Begründung der Dringlichkeit"),
        ("unavailable dates", "Verhinderungstage"), ("target date", "Zieldatum"), ("date", "Datum"), ("scope", "Umfang"),
        ("municipality", "Gemeinde"), ("pseudonym", "Pseudonym"), ("answers", "Antworten"), ("instrument", "Instrument"),
        ("status", "Status"), ("month", "Monat"), ("goal", "Ziel"), ("domain", "Bereich"), ("title", "Titel"),
        ("notes", "Notizen"), ("reason", "Grund"), ("consent override reason", "Begründung der Ausnahme"),
        ("preferred specialist", "bevorzugte Fachkraft"), ("excluded specialists", "ausgeschlossene Fachkräfte"),
        ("screening", "Screening"), ("caseworker", "Integrationsmanager:in"), ("referral", "Anmeldung"),
        ("not before", "frühestens ab"), ("appointment", "Termin"), ("attendance", "Anwesenheit"),
        ("recommendation", "Empfehlung"), ("months", "Monate"), ("owner", "Zuständig"), ("due date", "Fälligkeit"),
        ("step", "Schritt"), ("description", "Beschreibung"), ("session", "Sprechstunde"), ("assessment", "Einschätzung"),
        ("slot minutes", "Minuten je Platz"), ("interpreterLanguages", "Dolmetschsprachen"), ("rrule", "Wiederholungsregel"),
        ("slots", "Plätze"), ("start", "Beginn"), ("place", "Ort"), ("kinds", "Arten"), ("series", "Serie"),
        ("languages", "Sprachen"), ("email", "E-Mail-Adresse"), ("user", "Konto"), ("name", "Name"),
        ("qualification", "Qualifikation"), ("year", "Jahr"), ("quarter", "Quartal"), ("from", "von"), ("to", "bis"),
        ("format", "Format"), ("csvForm", "CSV-Form"), ("slot", "Platz"), ("specialist", "Fachkraft"),
    ]

    /// `germanFieldPairs` for look-up.
    static let germanFields = Dictionary(germanFieldPairs, uniquingKeysWith: { first, _ in first })
}
