import LotseVarlink

/// How screenings read for people.
enum ScreeningText {
    static func result(_ result: JSONValue?, _ l: OutputLanguage) -> String {
        guard let result else { return "—" }
        let positive = result["positive"]?.boolValue == true
        var text = l.pick(de: "\(result["score"]?.integerValue ?? 0) Punkte, Band \(result["band"]?.stringValue ?? "?"), ",
                          en: "score \(result["score"]?.integerValue ?? 0), band \(result["band"]?.stringValue ?? "?"), ")
        text += positive ? l.pick(de: "positiv", en: "positive") : l.pick(de: "negativ", en: "negative")
        if result["positiveByItemRule"]?.boolValue == true { text += l.pick(de: " (Zusatzregel)", en: " (extra item rule)") }
        text += l.pick(de: " → Dringlichkeit ", en: " → urgency ") + CaseworkLabels.urgency(result["urgency"]?.stringValue, l)
        return text
    }

    static func recorded(_ screening: JSONValue, language l: OutputLanguage) -> String {
        l.pick(de: "Screening \(screening["id"]?.integerValue ?? 0) für \(screening["client"]?.stringValue ?? "?") (\(screening["result"]?["instrument"]?.stringValue ?? "")): ",
               en: "Screening \(screening["id"]?.integerValue ?? 0) of \(screening["client"]?.stringValue ?? "?") (\(screening["result"]?["instrument"]?.stringValue ?? "")): ")
            + result(screening["result"], l) + "\n"
    }

    static func history(_ screenings: [JSONValue], language l: OutputLanguage) -> String {
        guard !screenings.isEmpty else { return l.pick(de: "Keine Screenings.\n", en: "No screenings.\n") }
        var table = TextTable(header: l == .german ? ["Nr.", "Datum", "Instrument", "Ergebnis", "Erfasst von"]
                                                   : ["ID", "Date", "Instrument", "Result", "Recorded by"])
        for screening in screenings {
            table.add([String(screening["id"]?.integerValue ?? 0), DateText.show(screening["screenedOn"]?.stringValue),
                       screening["result"]?["instrument"]?.stringValue ?? "", result(screening["result"], l),
                       screening["recordedBy"]?.stringValue ?? ""])
        }
        return table.rendered
    }

    static func instruments(_ instruments: [JSONValue], language l: OutputLanguage) -> String {
        guard !instruments.isEmpty else { return l.pick(de: "Keine Instrumente konfiguriert.\n", en: "No instruments configured.\n") }
        var text = ""
        for instrument in instruments {
            text += "\(instrument["name"]?.stringValue ?? "?"): \(instrument["title"]?.stringValue ?? "")\n"
            text += l.pick(de: "  \(instrument["items"]?.integerValue ?? 0) Fragen, Wertung \(instrument["scoring"]?.stringValue ?? "")\n",
                           en: "  \(instrument["items"]?.integerValue ?? 0) items, scoring \(instrument["scoring"]?.stringValue ?? "")\n")
            for band in instrument["bands"]?.arrayValue ?? [] {
                text += "  \(band["name"]?.stringValue ?? ""): \(band["low"]?.integerValue ?? 0)–\(band["high"]?.integerValue ?? 0) → \(CaseworkLabels.urgency(band["urgency"]?.stringValue, l))"
                    + (band["positive"]?.boolValue == true ? l.pick(de: ", positiv", en: ", positive") : "") + "\n"
            }
            if let rule = instrument["positiveIf"]?.stringValue { text += l.pick(de: "  positiv auch bei \(rule)\n", en: "  also positive if \(rule)\n") }
        }
        return text
    }
}
