/// The report's words in German and English: table titles, row and column names, the
/// cover and the small-number rule. The report's data keys are worded too, so no code
/// reaches a reader: recommendation codes by the configured catalogue's labels, language
/// codes by the language's name, municipality ids by their name, months as "Feb. 2027".
public struct ReportLabels: Sendable {
    /// The language.
    public let language: MessageLanguage
    /// The configured recommendations, for their labels.
    public let recommendations: RecommendationCatalogue

    /// Labels in a language, recommendations worded by `recommendations`.
    public init(_ language: MessageLanguage, recommendations: RecommendationCatalogue = .standard) {
        self.language = language
        self.recommendations = recommendations
    }

    /// A row's name in a table: data keys (municipality, language, recommendation,
    /// month) worded by what the table lists, fixed keys by `key(_:)`.
    public func row(_ key: String, in table: String) -> String {
        switch table {
        case "referrals-by-municipality":
            guard key != "total" else { return self.key(key) }
            return key.split(separator: "-", omittingEmptySubsequences: false)
                .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        case "referrals-by-language", "interpreter-by-language":
            return LanguageCode(key)?.name(in: language) ?? self.key(key)
        case "assessments-by-recommendation":
            guard let code = RecommendationCode(key), let entry = recommendations.entry(code) else { return self.key(key) }
            return entry.label(in: language).replacingOccurrences(of: " N ", with: " … ")
        case "monthly-trend":
            return month(key) ?? self.key(key)
        default:
            return self.key(key)
        }
    }

    /// `2027-02` as "Feb. 2027" (German) or "Feb 2027" (English); nil for other keys.
    public func month(_ key: String) -> String? {
        let parts = key.split(separator: "-")
        guard parts.count == 2, let number = Int(parts[1]), let name = CalendarWords.month(number, language, short: true) else { return nil }
        return "\(name) \(parts[0])"
    }

    var german: Bool { language == .de }

    /// The German or the English text.
    public func pick(_ de: String, _ en: String) -> String { german ? de : en }

    /// A table's title.
    public func title(_ id: String) -> String {
        switch id {
        case "referrals-by-kind": return pick("Anmeldungen nach Art", "Referrals by kind")
        case "referrals-by-municipality": return pick("Anmeldungen nach Gemeinde", "Referrals by municipality")
        case "referrals-by-language": return pick("Anmeldungen nach Sprache", "Referrals by language")
        case "referrals-by-urgency": return pick("Anmeldungen nach Dringlichkeit", "Referrals by urgency")
        case "waiting-time": return pick("Wartezeit von der Anmeldung bis zum Termin", "Waiting time from referral to appointment")
        case "waiting-time-distribution": return pick("Verteilung der Wartezeit", "Distribution of waiting time")
        case "slots": return pick("Termine: Angebot und Nutzung", "Slots: offered and used")
        case "interpreter-by-language": return pick("Dolmetschung nach Sprache", "Interpreter use by language")
        case "assessments-by-recommendation": return pick("Einschätzungen nach Empfehlung", "Assessments by recommendation")
        case "follow-up-steps": return pick("Folgeschritte (fällig im Zeitraum)", "Follow-up steps (due in the period)")
        case "outcomes": return pick("Integrationspläne und akute Gefährdung", "Help plans and acute risk")
        case "waiting-list-at-end": return pick("Warteliste am Ende des Zeitraums oder am Tag des Berichts (Dringlichkeit nach Wartedauer)",
                                                "Waiting list at the end of the period or on the day of the report (urgency by time waited)")
        case "monthly-trend": return pick("Verlauf nach Monaten", "Month by month")
        case "frozen-figures": return pick("Festgeschriebene Zahlen", "Frozen figures")
        default: return id
        }
    }

    /// A row or column name.
    public func key(_ key: String) -> String {
        switch key {
        case "frozen-on": return pick("festgeschrieben am", "frozen on")
        case "assessment": return pick("Erstvorstellung", "assessment")
        case "follow-up": return pick("Wiedervorstellung", "follow-up")
        case "consultation": return pick("Fallberatung für Integrationsmanager:innen", "caseworker's own consultation")
        case "routine": return pick("regulär", "routine")
        case "elevated": return pick("erhöht", "elevated")
        case "high": return pick("hoch", "high")
        case "total": return pick("gesamt", "total")
        case "count": return pick("Anzahl", "count")
        case "value": return pick("Wert", "value")
        case "seen": return pick("gesehen (wahrgenommene Termine)", "seen (attended appointments)")
        case "median-days": return pick("Median (Tage)", "median (days)")
        case "p90-days": return pick("90. Perzentil (Tage)", "90th percentile (days)")
        case "within-limit": return pick("innerhalb der Wartezeitgrenze", "within the waiting limit")
        case "beyond-limit": return pick("nach der Wartezeitgrenze", "beyond the waiting limit")
        case "within-share": return pick("Anteil innerhalb der Grenze (%)", "share within the limit (%)")
        case "offered": return pick("angeboten", "offered")
        case "booked": return pick("gebucht", "booked")
        case "held": return pick("wahrgenommen", "held")
        case "no-show": return pick("nicht erschienen", "no-show")
        case "cancelled-by-client": return pick("abgesagt von der Klient:in", "cancelled by the client")
        case "cancelled-by-service": return pick("abgesagt vom Dienst", "cancelled by the service")
        case "not-recorded": return pick("noch nicht erfasst", "not recorded yet")
        case "utilisation-percent": return pick("Auslastung (%)", "utilisation (%)")
        case "assessments": return pick("Einschätzungen insgesamt", "assessments in all")
        case "done": return pick("erledigt", "done")
        case "dropped": return pick("entfallen", "dropped")
        case "overdue": return pick("überfällig", "overdue")
        case "open": return pick("offen, noch nicht fällig", "open, not yet due")
        case "due": return pick("fällig gesamt", "due in all")
        case "help-plans-updated": return pick("Integrationspläne durch eine Einschätzung fortgeschrieben", "help plans updated by an assessment")
        case "acute-risk-escalations": return pick("Weiterleitungen wegen akuter Gefährdung", "acute-risk escalations")
        case "referrals": return pick("Anmeldungen", "referrals")
        case "appointments": return pick("wahrgenommene Termine", "appointments attended")
        case "median-wait-days": return pick("Median Wartezeit (Tage)", "median wait (days)")
        case "0-2w": return pick("unter 2 Wochen", "under 2 weeks")
        case "2-4w": return pick("2 bis unter 4 Wochen", "2 to under 4 weeks")
        case "0-4w": return pick("unter 4 Wochen", "under 4 weeks")
        case "4-8w": return pick("4 bis unter 8 Wochen", "4 to under 8 weeks")
        case "8-12w": return pick("8 bis unter 12 Wochen", "8 to under 12 weeks")
        case "12w+": return pick("12 Wochen und mehr", "12 weeks and more")
        default: return key
        }
    }

    /// A period as printed, in the day format of every date people read, in both
    /// languages (`01.01.2027–31.12.2027`).
    public func period(_ p: ReportPeriod) -> String {
        "\(p.from.displayText)–\(p.to.displayText)"
    }

    /// The report's heading.
    public var heading: String { pick("Traumasprechstunde: Bericht", "Trauma consultation: report") }

    /// The column heads for the period and the previous one.
    public var periodHeads: (String, String) { (pick("Zeitraum", "period"), pick("Vorzeitraum", "previous period")) }

    /// The small-number rule as stated in the report.
    public func rule(minCell: Int) -> String {
        pick("Kleine Zahlen: Jede Anzahl unter \(minCell) (auch 0) wird als „< \(minCell)“ gezeigt. Damit sich keine davon aus Summen, "
             + "Randsummen oder aus Zahlen, die in mehreren Tabellen stehen, zurückrechnen lässt, werden weitere Anzahlen ausgeblendet "
             + "(jeweils die kleinste sichtbare einer betroffenen Summe), bis jede ausgeblendete Zahl mehr als einen möglichen Wert hat. "
             + "Sie und Mediane, Perzentile und Anteile, die auf einer ausgeblendeten Anzahl beruhen, sind mit „\(ReportCell.withheldMark)“ "
             + "markiert: \(withheldLegend). Ein Median oder Perzentil der Wartezeit ist die Wartezeit einer Person; er wird nur gezeigt, "
             + "wenn mindestens \(minCell) Wartezeiten auf jeder Seite von ihm liegen und er über die gezeigten Klassen der "
             + "Wartezeiten (Wochen, innerhalb oder über der Frist) hinaus nichts verrät, mit dem sich eine ausgeblendete Klasse "
             + "eingrenzen ließe; sonst steht „\(ReportCell.withheldMark)“. Berichte umfassen ganze Quartale. Ein Bericht über mehrere Quartale zeigt eine Anzahl "
             + "nur, wenn jede Quartalszahl, die in ihr steckt, im Bericht dieses Quartals gezeigt wird; sonst steht „\(ReportCell.withheldMark)“, "
             + "auch bei einer Anzahl unter \(minCell). So lässt sich auch aus mehreren Berichten zusammen (etwa Jahr minus Quartale) "
             + "keine verborgene Zahl errechnen. Der Bericht enthält keine Pseudonyme.",
             "Small numbers: every count below \(minCell) (0 included) is shown as \"< \(minCell)\". So that none of them can be worked "
             + "out from totals, margins or figures that stand in several tables, further counts are hidden (each time the smallest "
             + "shown one of a sum concerned) until every hidden figure could have more than one value. They, and medians, "
             + "percentiles and shares resting on a hidden count, are marked \"\(ReportCell.withheldMark)\": \(withheldLegend). "
             + "A median or percentile of the waits is one person's wait; it is shown only when at least \(minCell) waits lie "
             + "on either side of it and it tells nothing beyond the classes of waits shown (weeks, within or beyond the limit) "
             + "that could narrow down a hidden class; otherwise it is marked \"\(ReportCell.withheldMark)\". Reports cover whole quarters. A report over several quarters shows a count only when every quarter's count within "
             + "it is shown in that quarter's own report; otherwise it is marked \"\(ReportCell.withheldMark)\", even when below \(minCell). "
             + "So no hidden count can be worked out from several reports together either (such as a year minus its quarters). "
             + "The report holds no pseudonyms.")
    }

    /// What "×" means, for the rule and the legend under a table.
    public var withheldLegend: String {
        pick("aus Datenschutzgründen ausgeblendet", "withheld to protect small counts")
    }

    /// A quarter as named in the report (`1. Quartal 2028`, `Q1 2028`).
    public func quarter(_ first: CalendarDate) -> String {
        let number = (first.month - 1) / 3 + 1
        return pick("\(number). Quartal \(first.year)", "Q\(number) \(first.year)")
    }

    /// The cover's statement of the quarters whose figures are frozen, and since when; nil
    /// when none is.
    public func frozen(_ notes: [FrozenNote]) -> String? {
        guard !notes.isEmpty else { return nil }
        let list = notes.map { pick("\(quarter($0.from)) seit \($0.since.displayText)", "\(quarter($0.from)) since \($0.since.displayText)") }
        return pick("Festgeschriebene Zahlen: \(list.joined(separator: "; ")). Die Zahlen eines abgeschlossenen Quartals werden "
                    + "festgeschrieben, wenn sie nach seinem Ende zum ersten Mal gebraucht werden; spätere Nachträge, Korrekturen "
                    + "und Löschungen nach Ablauf der Aufbewahrungsfrist ändern sie nicht, damit ein erneut gedruckter Bericht "
                    + "dieselben Zahlen zeigt.",
                    "Frozen figures: \(list.joined(separator: "; ")). An ended quarter's figures are frozen the first time they "
                    + "are needed after it ended; later entries, corrections and deletions after the retention period do not "
                    + "change them, so a report printed again shows the same figures.")
    }

    /// "Made on …, waiting limit … weeks".
    public func made(_ document: ReportDocument) -> String {
        pick("Erstellt am \(document.generatedOn.displayText) · Wartezeitgrenze \(document.waitingLimitWeeks) Wochen",
             "Made on \(document.generatedOn.displayText) · waiting limit \(document.waitingLimitWeeks) weeks")
    }
}
