import LotseCore
import LotseProtocol

/// How referrals read for people: the list as a table (waiting time and slot or reason
/// for waiting on every line), one referral as labelled lines.
public enum ReferralText {
    /// The slot (`03.12.2026 14:30, Rathaus (Termin 4)`), the draft entry, the reason for
    /// waiting with its month and version, or `—`.
    static func placement(_ value: LotseWire.Placement?, _ l: OutputLanguage) -> String {
        StandingText.text(value, l)
    }

    static func waiting(_ referral: ReferralsProtocol.Referral, _ l: OutputLanguage) -> String {
        let status = referral.status
        guard status == "waiting" || status == "scheduled" || status == "needs-retriage" || status == "no-show" else { return "—" }
        let days = CaseworkLabels.days(referral.waitingDays, l)
        return referral.overWaitingLimit == true ? days + " !" : days
    }

    /// `lotse referral list`.
    public static func list(_ reply: ReferralsProtocol.ListReply, language l: OutputLanguage) -> String {
        let referrals = reply.referrals
        let today = DateText.show(reply.today)
        guard !referrals.isEmpty else {
            return l.pick(de: "Keine Anmeldungen (Stand \(today)).\n", en: "No referrals (as of \(today)).\n")
        }
        // A coordinator's list spans caseworkers: then each line says whose it is.
        let caseworkers = Set(referrals.map(\.caseworker))
        let showCaseworker = caseworkers.count > 1
        var header = l == .german
            ? ["Nr.", "Klient:in", "Art", "Dringlichkeit", "Sprache", "Status", "Angemeldet", "Wartezeit", "Termin / Grund"]
            : ["No.", "Client", "Kind", "Urgency", "Language", "Status", "Referred", "Waiting", "Slot / reason"]
        if showCaseworker { header.insert(l.pick(de: "Integrationsmanager:in", en: "Caseworker"), at: 2) }
        var table = TextTable(header: header)
        var flagged = false
        for referral in referrals {
            if referral.overWaitingLimit == true { flagged = true }
            let language = CaseworkLabels.language(referral.language, l)
                + (referral.interpreter == true ? l.pick(de: " + Dolmetschung", en: " + interpreter") : "")
            var row = [
                String(referral.id),
                CaseworkLabels.client(referral.client, l),
                CaseworkLabels.kind(referral.kind, l),
                CaseworkLabels.urgency(referral.urgency?.rawValue, l),
                language,
                CaseworkLabels.status(referral.status, l),
                DateText.show(referral.referredOn),
                waiting(referral, l),
                placement(referral.placement, l),
            ]
            if showCaseworker { row.insert(referral.caseworker, at: 2) }
            table.add(row)
        }
        var text = table.rendered
        let count = referrals.count
        text += l.pick(de: "\(count) \(count == 1 ? "Anmeldung" : "Anmeldungen"), Stand \(today).\n",
                       en: "\(count) \(count == 1 ? "referral" : "referrals"), as of \(today).\n")
        if flagged {
            let weeks = reply.waitingLimitWeeks
            text += l.pick(de: "! wartet länger als \(CountText.count(Int64(weeks), one: "Woche", many: "Wochen"))\n",
                           en: "! waiting longer than \(CountText.count(Int64(weeks), one: "week", many: "weeks"))\n")
        }
        return text
    }

    /// `lotse referral show`.
    public static func detail(_ referral: ReferralsProtocol.Referral, language l: OutputLanguage) -> String {
        var lines: [(String, String)] = []
        func add(_ de: String, _ en: String, _ value: String) { lines.append((l.pick(de: de, en: en), value)) }
        add("Anmeldung", "Referral", String(referral.id))
        add("Klient:in", "Client", referral.client ?? l.pick(de: "keine (Fallberatung ohne Klient:in)", en: "none (consultation without a client)"))
        add("Integrationsmanager:in", "Caseworker", referral.caseworker)
        add("Gemeinde", "Municipality", MunicipalityID.name(of: referral.municipality))
        add("Art", "Kind", CaseworkLabels.kind(referral.kind, l))
        var urgency = CaseworkLabels.urgency(referral.urgency?.rawValue, l)
        if let screening = referral.screening {
            // The item rule is named whenever it overruled the band.
            let rule = screening.positiveByItemRule
                ? l.pick(de: ", aber positiv (\(ScreeningText.rule(screening, l)))", en: ", but positive (\(ScreeningText.rule(screening, l)))") : ""
            urgency += l.pick(de: " (Screening \(screening.instrument): \(CountText.points(screening.score, l)), Band \(ScreeningText.bandName(screening.band, l))\(rule))",
                              en: " (screening \(screening.instrument): score \(screening.score), \(screening.band)\(rule))")
        }
        if let reason = referral.urgencyReason {
            urgency += l.pick(de: " – Begründung: ", en: " – reason: ") + UrgencyReasonText.words(reason, in: CaseworkLabels.message(l))
        }
        add("Dringlichkeit", "Urgency", urgency)
        add("Sprache", "Language", CaseworkLabels.language(referral.language, l)
            + (referral.interpreter == true ? l.pick(de: ", mit Dolmetschung", en: ", interpreter needed") : ""))
        add("Status", "Status", CaseworkLabels.status(referral.status, l))
        add("Angemeldet am", "Referred on", DateText.show(referral.referredOn))
        add("Wartezeit", "Waiting", waiting(referral, l))
        add("Termin / Grund", "Slot / reason", placement(referral.placement, l))
        // The basis the referral was made on: a later withdrawal shows as its own line.
        if let given = referral.consentGivenOn {
            add("Einwilligung", "Consent", l.pick(de: "bei der Anmeldung erteilt am ", en: "at referral, given on ") + DateText.show(given))
        } else if let reason = referral.consentOverrideReason {
            add("Einwilligung", "Consent", l.pick(de: "Ausnahme ohne Einwilligung: ", en: "override without consent: ") + reason)
        }
        let dates = referral.unavailableDates.map { DateText.show($0) }
        if !dates.isEmpty { add("Verhindert an", "Unavailable on", dates.joined(separator: ", ")) }
        if let preferred = referral.preferredSpecialist { add("Bevorzugte Fachkraft", "Preferred specialist", String(preferred)) }
        let excluded = referral.excludedSpecialists.map(String.init)
        if !excluded.isEmpty { add("Ausgeschlossen", "Excluded specialists", excluded.joined(separator: ", ")) }
        if let note = referral.note, !note.isEmpty { add("Notiz", "Note", note) }
        if let reason = referral.withdrawalReason {
            add("Zurückgezogen, weil", "Withdrawn because", SystemReason.shown(reason, in: l == .german ? .de : .en))
        }
        let width = lines.map(\.0.count).max() ?? 0
        // A note's further lines (notes may have several) stand under its first, so the
        // labels stay in their column; a tab shows as spaces.
        let indent = "\n" + String(repeating: " ", count: width + 3)
        return lines.map { label, value in
            let shown = value.replacingOccurrences(of: "\t", with: "    ").replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: indent)
            return label + ":" + String(repeating: " ", count: width - label.count + 2) + shown + "\n"
        }.joined()
    }
}
