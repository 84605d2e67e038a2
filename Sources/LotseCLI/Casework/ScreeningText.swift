import LotseProtocol

/// How screenings read for people.
enum ScreeningText {
    /// A scored result, or an escalation, in one line. The band decides unless the item
    /// rule overruled it: then the true band stays visible and the rule is named
    /// ("11 Punkte, Band negative, aber positiv (Item-15-Regel)"), never the band alone.
    static func result(_ result: LotseWire.ScreeningResult?, _ l: OutputLanguage) -> String {
        guard let result else { return "—" }
        var text = l.pick(de: "\(CountText.points(result.score, l)), Band \(bandName(result.band, l)), ",
                          en: "score \(result.score), band \(result.band), ")
        if result.positiveByItemRule {
            text += l.pick(de: "aber positiv (\(rule(result, l)))", en: "but positive (\(rule(result, l)))")
        } else {
            text += result.positive ? l.pick(de: "positiv", en: "positive") : l.pick(de: "negativ", en: "negative")
        }
        text += l.pick(de: " → Dringlichkeit ", en: " → urgency ") + CaseworkLabels.urgency(result.urgency.rawValue, l)
        return text
    }

    /// A band's configured name as the reader reads it: the usual English names of the
    /// example configurations in German words ("mittel" for `medium`); any other name,
    /// which a district chose itself, as it is written.
    static func bandName(_ name: String, _ l: OutputLanguage) -> String {
        guard l == .german else { return name }
        let german = ["negative": "negativ", "positive": "positiv", "low": "niedrig", "medium": "mittel", "high": "hoch",
                      "elevated": "erhöht", "routine": "regulär", "mild": "leicht", "moderate": "mäßig", "severe": "schwer",
                      "minimal": "minimal", "none": "keine"]
        return german[name.lowercased()] ?? name
    }

    /// The item rule that made a result positive: "Item-15-Regel" / "item-15 rule", or
    /// "Zusatzregel" / "extra item rule" when the instrument no longer names it.
    static func rule(_ result: LotseWire.ScreeningResult, _ l: OutputLanguage) -> String {
        guard let item = result.ruleItem else { return l.pick(de: "Zusatzregel", en: "extra item rule") }
        return l.pick(de: "Item-\(item)-Regel", en: "item-\(item) rule")
    }

    /// A result in a table cell: "positiv (Band high, 8)", "positiv (Item-15-Regel; Band
    /// negative, 11)", "negativ (Band low, 2)".
    static func short(_ result: LotseWire.ScreeningResult?, _ l: OutputLanguage) -> String {
        guard let result else { return "—" }
        let verdict = result.positive ? l.pick(de: "positiv", en: "positive") : l.pick(de: "negativ", en: "negative")
        let band = l.pick(de: "Band", en: "band") + " \(bandName(result.band, l)), \(result.score)"
        if result.positiveByItemRule { return "\(verdict) (\(rule(result, l)); \(band))" }
        return "\(verdict) (\(band))"
    }

    /// An escalated screening: the acute-risk answer that escalated it and the route that
    /// followed — "akute Gefährdung (Suizidalität) — eskaliert (Weg: Notfallweg angezeigt,
    /// Koordination alarmiert)". It has no score, and must never read like a low one.
    static func escalation(_ acuteRisk: LotseWire.AcuteRisk, route code: String?, _ l: OutputLanguage) -> String {
        var what: [String] = []
        if acuteRisk.suicidality { what.append(l.pick(de: "Suizidalität", en: "suicidality")) }
        if acuteRisk.dangerToOthers { what.append(l.pick(de: "Fremdgefährdung", en: "danger to others")) }
        let kinds = what.isEmpty ? "" : " (\(what.joined(separator: ", ")))"
        return l.pick(de: "akute Gefährdung\(kinds) — eskaliert (Weg: \(route(code, l)))",
                      en: "acute risk\(kinds) — escalated (route: \(route(code, l)))")
    }

    /// The escalation route's code in words.
    static func route(_ code: String?, _ l: OutputLanguage) -> String {
        switch code {
        case "emergency-route-shown, coordinators-alerted", nil:
            l.pick(de: "Notfallweg angezeigt, Koordination alarmiert", en: "emergency route shown, coordinators alerted")
        case let other?: other
        }
    }

    /// A stored screening's outcome: the escalation or the scored result.
    static func outcome(_ screening: ScreeningProtocol.Screening, _ l: OutputLanguage) -> String {
        screening.escalated ? escalation(screening.acuteRisk, route: screening.escalationRoute, l) : result(screening.result, l)
    }

    /// The instrument a stored screening used; "—" for acute-risk questions alone.
    static func instrument(_ screening: ScreeningProtocol.Screening) -> String {
        let name = screening.instrument.isEmpty ? screening.result?.instrument ?? "" : screening.instrument
        return name.isEmpty || name == "acute-risk" ? "—" : name
    }

    static func recorded(_ screening: ScreeningProtocol.Screening, language l: OutputLanguage) -> String {
        l.pick(de: "Screening \(screening.id) für \(screening.client) (\(instrument(screening))): ",
               en: "Screening \(screening.id) of \(screening.client) (\(instrument(screening))): ")
            + outcome(screening, l) + "\n"
    }

    static func history(_ screenings: [ScreeningProtocol.Screening], language l: OutputLanguage) -> String {
        guard !screenings.isEmpty else { return l.pick(de: "Keine Screenings.\n", en: "No screenings.\n") }
        var table = TextTable(header: l == .german ? ["Nr.", "Datum", "Instrument", "Ergebnis", "Erfasst von"]
                                                   : ["No.", "Date", "Instrument", "Result", "Recorded by"])
        for screening in screenings {
            table.add([String(screening.id), DateText.show(screening.screenedOn),
                       instrument(screening), outcome(screening, l), screening.recordedBy])
        }
        return table.rendered
    }

    static func instruments(_ instruments: [ScreeningProtocol.Instrument], language l: OutputLanguage) -> String {
        guard !instruments.isEmpty else { return l.pick(de: "Keine Instrumente konfiguriert.\n", en: "No instruments configured.\n") }
        var text = ""
        for instrument in instruments {
            text += "\(instrument.name): \(l.pick(de: instrument.titleDe, en: instrument.title))\n"
            let count = instrument.items
            let scored = instrument.scoredItems.map { Int($0) }
            let items = l.pick(de: CountText.count(count, one: "Frage", many: "Fragen"), en: CountText.count(count, one: "item", many: "items"))
            let scoredText = scoring(instrument.scoring, scored: scored.count == Int(count) ? [] : scored, l)
            text += "  \(items), \(scoredText)\n"
            for band in instrument.bands {
                let shown = bandName(band.name, l)
                let named = shown == band.name ? "„\(shown)“" : "„\(shown)“ (band.\(band.name))"
                text += "  \(l.pick(de: "Band \(named)", en: "band \"\(band.name)\"")): \(band.low)–\(band.high) → \(CaseworkLabels.urgency(band.urgency.rawValue, l))"
                    + (band.positive ? l.pick(de: ", positiv", en: ", positive") : "") + "\n"
            }
            if let rule = instrument.positiveIf {
                text += l.pick(de: "  positiv auch bei \(itemRule(rule, l))\n", en: "  also positive if \(itemRule(rule, l))\n")
            }
        }
        return text
    }

    /// How an instrument scores: `Summe der Antworten auf Fragen 1–14` / `sum of the
    /// answers to items 1–14`; `scored` empty when every item counts.
    static func scoring(_ code: String?, scored: [Int], _ l: OutputLanguage) -> String {
        let items = ranges(scored)
        switch code {
        case "count-yes":
            return items.isEmpty ? l.pick(de: "gewertet als Zahl der Ja-Antworten", en: "scored as the number of yes answers")
                : l.pick(de: "gewertet als Zahl der Ja-Antworten auf Fragen \(items)", en: "scored as the number of yes answers to items \(items)")
        case "sum":
            return items.isEmpty ? l.pick(de: "gewertet als Summe der Antworten", en: "scored as the sum of the answers")
                : l.pick(de: "gewertet als Summe der Antworten auf Fragen \(items)", en: "scored as the sum of the answers to items \(items)")
        default:
            return l.pick(de: "Wertung „\(code ?? "?")“", en: "scoring \"\(code ?? "?")\"")
        }
    }

    /// `item 15 >= 5` (the configuration's form) as `Frage 15 ≥ 5` / `item 15 ≥ 5`.
    static func itemRule(_ rule: String, _ l: OutputLanguage) -> String {
        let parts = rule.split(separator: " ")
        guard parts.count == 4, parts[0] == "item", parts[2] == ">=" else { return rule }
        return l.pick(de: "Frage \(parts[1]) ≥ \(parts[3])", en: "item \(parts[1]) ≥ \(parts[3])")
    }

    /// `1, 3, 5–9` from sorted item numbers.
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        let sorted = numbers.sorted()
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            parts.append(end == index ? String(sorted[index]) : "\(sorted[index])–\(sorted[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }
}
