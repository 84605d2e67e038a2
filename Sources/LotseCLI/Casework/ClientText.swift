import LotseVarlink

/// How clients read for people.
enum ClientText {
    static func consents(_ client: JSONValue, _ l: OutputLanguage) -> String {
        let consents = client["consents"]?.arrayValue ?? []
        guard !consents.isEmpty else { return l.pick(de: "keine", en: "none") }
        return consents.map { consent in
            var text = DateText.show(consent["givenOn"]?.stringValue)
            // A paper consent, or one entered later than given, shows when it was recorded.
            let recorded = consent["recordedOn"]?.stringValue
            if consent["onPaper"]?.boolValue == true {
                text += l.pick(de: " auf Papier", en: " on paper")
            }
            if let recorded, consent["onPaper"]?.boolValue == true || recorded != consent["givenOn"]?.stringValue {
                text += l.pick(de: ", erfasst am ", en: ", recorded on ") + DateText.show(recorded)
            }
            text += " (" + CaseworkLabels.scopes((consent["scope"]?.arrayValue ?? []).compactMap(\.stringValue), l) + ")"
            if let withdrawn = consent["withdrawnOn"]?.stringValue {
                text += l.pick(de: ", widerrufen am ", en: ", withdrawn on ") + DateText.show(withdrawn)
            }
            return text
        }.joined(separator: "; ")
    }

    static func list(_ clients: [JSONValue], language l: OutputLanguage) -> String {
        guard !clients.isEmpty else { return l.pick(de: "Keine Klient:innen.\n", en: "No clients.\n") }
        var table = TextTable(header: l == .german
            ? ["Pseudonym", "Gemeinde", "Integrationsmanager:in", "Seit", "Einwilligung", "Offene Anmeldung"]
            : ["Pseudonym", "Municipality", "Caseworker", "Since", "Consent", "Open referral"])
        for client in clients {
            table.add([
                client["pseudonym"]?.stringValue ?? "?",
                client["municipality"]?.stringValue ?? "",
                client["caseworker"]?.stringValue ?? "",
                DateText.show(client["openedOn"]?.stringValue),
                (client["consents"]?.arrayValue ?? []).isEmpty ? l.pick(de: "nein", en: "no") : l.pick(de: "ja", en: "yes"),
                client["openReferral"]?.integerValue.map(String.init) ?? "—",
            ])
        }
        return table.rendered
    }

    static func detail(_ client: JSONValue, language l: OutputLanguage) -> String {
        let lines: [(String, String)] = [
            (l.pick(de: "Pseudonym", en: "Pseudonym"), client["pseudonym"]?.stringValue ?? "?"),
            (l.pick(de: "Integrationsmanager:in", en: "Caseworker"), client["caseworker"]?.stringValue ?? ""),
            (l.pick(de: "Gemeinde", en: "Municipality"), client["municipality"]?.stringValue ?? ""),
            (l.pick(de: "Status", en: "Status"), client["status"]?.stringValue == "closed"
                ? l.pick(de: "abgeschlossen am ", en: "closed on ") + DateText.show(client["closedOn"]?.stringValue)
                : l.pick(de: "aktiv", en: "active")),
            (l.pick(de: "Eröffnet am", en: "Opened on"), DateText.show(client["openedOn"]?.stringValue)),
            (l.pick(de: "Einwilligungen", en: "Consents"), consents(client, l)),
            (l.pick(de: "Offene Anmeldung", en: "Open referral"), client["openReferral"]?.integerValue.map(String.init) ?? "—"),
        ]
        let width = lines.map(\.0.count).max() ?? 0
        return lines.map { $0.0 + ":" + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 + "\n" }.joined()
    }
}
